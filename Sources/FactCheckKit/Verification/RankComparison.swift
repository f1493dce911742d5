/// A person's rank within one office: "Phivolcs Deputy Director Teresito Bacolcol" against "Phivolcs Director
/// Teresito Bacolcol". The same person holds an office of the same name in both sentences, and one side puts a
/// second-rank word before it that the other does not (or another one): the deputy is someone else.
struct RankComparison: SlotComparer {
    /// Words that make an office the second of its name. (Not "acting" or "interim": see `temporary`.)
    static let ranks: Set<String> = ["deputy", "vice", "assistant", "associate"]

    /// Words that make an office held for a time: an acting director is often the deputy ("Acting Director Ann Lee …
    /// is normally the agency's deputy director").
    static let temporary: Set<String> = ["acting", "interim", "caretaker"]

    func compare(_ input: ComparisonInput) -> Finding? {
        guard input.coverage >= 0.6 else { return nil }
        for person in input.claimEntities where person.kind == .person && !input.missing.contains(person) {
            guard let mine = OfficeComparison.office(of: person, in: input.claim), !mine.datedOrListed,
                  let myRank = Self.rank(mine, in: input.claim) else { continue }
            for unit in input.evidence {
                // Two offices of one name in the sentence ("deputy director of the arts council and director of the
                // museum"): which is whose is not read here.
                guard unit.tokens.filter({ $0.lower == mine.noun }).count == 1 else { continue }
                for e in unit.entities where e.kind == .person && person.refers(to: e) {
                    guard let theirs = OfficeComparison.office(of: e, in: unit), theirs.noun == mine.noun, !theirs.datedOrListed,
                          let theirRank = Self.rank(theirs, in: unit), theirRank != myRank,
                          // "Vice Media President" against "Vice President": the rank word is in the other's name.
                          !theirs.range.contains(where: { unit.tokens[$0].lower == myRank }) else { continue }
                    return .conflict(slot: .role, claim: mine.text, evidence: theirs.text)
                }
            }
        }
        return nil
    }

    /// The office's rank: the rank word right before its noun ("deputy"), "" for the office itself; nil where the office
    /// is held for a time, which may be a deputy's.
    static func rank(_ office: OfficeComparison.Office, in a: TextAnalysis) -> String? {
        guard let noun = office.range.last(where: { a.tokens[$0].lower == office.noun }) else { return nil }
        let before = max(0, office.range.lowerBound - 1)..<noun
        if before.contains(where: { temporary.contains(a.tokens[$0].lower) }) { return nil }
        guard noun > 0, ranks.contains(a.tokens[noun - 1].lower) else { return "" }
        return a.tokens[noun - 1].lower
    }
}
