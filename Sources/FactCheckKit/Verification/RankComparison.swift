/// A person's rank within one office: "Phivolcs Deputy Director Teresito Bacolcol" against "Phivolcs Director
/// Teresito Bacolcol". The same person holds an office of the same name in both sentences, and one side puts a
/// second-rank word before it that the other does not (or another one): the deputy is someone else.
struct RankComparison: SlotComparer {
    /// Words that make an office the second of its name. ("Acting" and "interim" are left out: an acting director
    /// is called the director.)
    static let ranks: Set<String> = ["deputy", "vice", "assistant", "associate"]

    func compare(_ input: ComparisonInput) -> Finding? {
        guard input.coverage >= 0.6 else { return nil }
        for person in input.claimEntities where person.kind == .person && !input.missing.contains(person) {
            guard let mine = OfficeComparison.office(of: person, in: input.claim), !mine.datedOrListed else { continue }
            let myRank = Self.rank(mine, in: input.claim)
            for unit in input.evidence {
                for e in unit.entities where e.kind == .person && person.refers(to: e) {
                    guard let theirs = OfficeComparison.office(of: e, in: unit), theirs.noun == mine.noun, !theirs.datedOrListed else { continue }
                    let theirRank = Self.rank(theirs, in: unit)
                    guard theirRank != myRank else { continue }
                    return .conflict(slot: .role, claim: mine.text, evidence: theirs.text)
                }
            }
        }
        return nil
    }

    /// The rank word inside the office's own words, lower-cased; nil for the office itself.
    static func rank(_ office: OfficeComparison.Office, in a: TextAnalysis) -> String? {
        office.range.lazy.map { a.tokens[$0].lower }.first(where: ranks.contains)
    }
}
