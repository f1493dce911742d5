/// What kind of thing the subject is, against another kind no thing is at once: "Little Dorrit is a novel by Charles
/// Dickens" against "Little Dorrit is a song by Charles Dickens". Only for the claim's subject, the name right before its
/// copula, and the evidence's copula of that same subject; the kinds are the packs' `exclusiveKinds`, so "a memoir" is
/// no rival to "a book", nor "a documentary" to "a film". Conflict only: a kind the evidence shares is for the other
/// comparisons to weigh.
struct KindComparison: SlotComparer {
    func compare(_ input: ComparisonInput) -> Finding? {
        let claim = input.claim
        guard !claim.saysNot, claim.events.isEmpty,
              let j = claim.tokens.indices.first(where: { Lexicon.copulas.contains(claim.tokens[$0].lower) }),
              let subject = CopulaSubject.name(before: j, in: claim) else { return nil }
        let claimed = Self.kinds(in: PredicateNounComparison.phrase(after: j, in: claim), of: claim)
        guard claimed.count == 1, let (kind, group) = claimed.first else { return nil }
        for unit in input.evidence {
            for k in unit.tokens.indices where Lexicon.copulas.contains(unit.tokens[k].lower)
                && CopulaSubject.speaksOf(subject, copula: k, in: unit, title: input.topic) {
                let theirs = Self.kinds(in: PredicateNounComparison.phrase(after: k, in: unit), of: unit)
                // "a novel and a film": a thing said to be two kinds is not compared.
                guard let other = theirs.first, theirs.allSatisfy({ $0.group == other.group }) else { continue }
                if other.group != group { return .conflict(slot: .predicate, claim: kind, evidence: other.kind) }
            }
        }
        return nil
    }

    /// The kinds the noun phrase names, by their last word or last two ("television series").
    static func kinds(in phrase: Range<Int>, of a: TextAnalysis) -> [(kind: String, group: Int)] {
        var out: [(kind: String, group: Int)] = []
        for i in phrase where a.tokens[i].isWord {
            let one = a.tokens[i].lower
            let two = i > phrase.lowerBound ? a.tokens[i - 1].lower + " " + one : ""
            if let g = Lexicon.kindGroups[two] { out.append((two, g)) } else if let g = Lexicon.kindGroups[one] { out.append((one, g)) }
        }
        return out
    }
}
