/// Whose plan, hope or belief it is: "Alaska plans to start flying to Bangalore" is not stated by "American plans
/// to begin new service between Alaska's Seattle home and … Bangalore", however many names they share. The
/// holder is the name right before the verb; another name there holds the evidence's.
struct HolderComparison: SlotComparer {
    /// Verbs whose subject holds what follows (a plan, an aim, a hope, a belief).
    static let verbs: Set<String> = [
        "plans", "planned", "plan", "intends", "intended", "aims", "aimed", "hopes", "hoped", "wants", "wanted", "expects",
        "expected", "believes", "believed", "promised", "promises", "vowed", "vows", "pledged", "pledges", "seeks", "sought",
    ]

    func compare(_ input: ComparisonInput) -> Finding? {
        for (i, token) in input.claim.tokens.enumerated() where Self.verbs.contains(token.lower) {
            guard let holder = input.claim.entities.first(where: { $0.tokenRange.upperBound == i && $0.resolvedFrom == nil }) else { continue }
            let stem = Stemmer.shared.stem(token.lower)
            var others: [String] = [], same = false
            for unit in input.evidence {
                for j in unit.tokens.indices where j > 0 && Self.verbs.contains(unit.tokens[j].lower) && Stemmer.shared.stem(unit.tokens[j].lower) == stem {
                    if let theirs = unit.entities.first(where: { $0.tokenRange.upperBound == j }) {
                        if holder.corefers(with: theirs) { same = true; continue }
                        others.append(theirs.text)
                    } else if Self.isCapitalisedWord(unit, j - 1) {
                        // A name the recogniser did not list ("At the same time, American plans …").
                        others.append(unit.tokens[j - 1].text)
                    }
                }
            }
            // Two sentences weighed together must not lend one holder's plan to the other's words.
            if let other = others.first, !same || input.evidence.count > 1 {
                return .unstated(slot: .role, claim: "\(holder.text) \(token.text)", why: "the source says \(other) \(token.text)")
            }
        }
        return nil
    }

    /// A capitalised word inside the sentence, not at its start and not after a colon or quote that opens one.
    private static func isCapitalisedWord(_ a: TextAnalysis, _ k: Int) -> Bool {
        guard k > 0, a.tokens[k].isWord, a.tokens[k].isCapitalized, !Lexicon.pronouns.contains(a.tokens[k].lower) else { return false }
        return ![":", "“", "\"", "—"].contains(a.tokens[k - 1].text)
    }
}
