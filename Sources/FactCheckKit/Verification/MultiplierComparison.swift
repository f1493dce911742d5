/// A multiple read against the evidence's: "Finland's entry halves the alliance's border with Russia" against "more
/// than doubles the alliance's border with Russia", "have doubled since the war began" against "have increased
/// threefold since the start of the war". The claim's multiples all given is a figure stated; another multiple is a
/// conflict only where the evidence gives one, and the claim's names and most of its words are there.
struct MultiplierComparison: SlotComparer {
    /// Share of the claim's other words the evidence must carry for a conflict.
    static let coverage = 0.7

    func compare(_ input: ComparisonInput) -> Finding? {
        let claimed = Multiplier.all(in: input.claim)
        guard !claimed.isEmpty, input.missing.isEmpty, !input.claim.saysNot else { return nil }
        let given = input.evidence.flatMap { Multiplier.all(in: $0) }
        guard !given.isEmpty else { return nil }
        // The rest of the claim, its multiples aside ("doubled" is the value compared, no word to find).
        let multipleWords = Set(claimed.flatMap { Array($0.tokenRange) }.map { Thesaurus.concept(input.claim.stems[$0]) })
        let rest = input.claim.concepts.subtracting(multipleWords)
        let found = rest.filter(input.covers)
        let coverage = max(input.coverageWithTitle, rest.isEmpty ? 1 : Double(found.count) / Double(rest.count))
        if let want = claimed.first(where: { c in !given.contains { $0.states(c) } }) {
            // One multiple in the evidence, ruling the claim's out.
            guard Set(given.map(\.factor)).count == 1, let got = given.first, got.contradicts(want),
                  coverage >= Self.coverage else {
                return .unread(slot: .figure, claim: want.text, why: "the sentence gives another multiple, not read as this one's")
            }
            return .conflict(slot: .figure, claim: want.text, evidence: got.text)
        }
        guard coverage >= FigureComparison.agreementCoverage, input.claim.quantities.isEmpty, input.claim.dates.isEmpty,
              let first = claimed.first, let match = given.first(where: { $0.states(first) }) else { return nil }
        return .agreement(slot: .figure, claim: first.text, evidence: match.text)
    }
}
