/// Another place in order for what the subject is: "Supreme Clientele is the second album by Ghostface Killah" against
/// "… is the third album by …", "is the third installment" against "is the fourth and final installment".
/// Only an ordinal in the predicate, after "is", "was" or "became", of the claim's subject on both sides: "the first
/// season holds 91%" speaks of another season, and "Liz Truss, who was the third woman …" of another person. Conflict
/// only, when the rest of the claim is there and the evidence gives that noun one place, not the claim's, in no other
/// scope ("the third highest grossing film of 2019" says nothing of all time).
struct OrdinalComparison: SlotComparer {
    static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
        "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
        "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    ]
    /// Words that may stand between the copula and the ordinal ("is the", "was his").
    static let determiners: Set<String> = ["the", "his", "her", "its", "their", "our", "my", "your"]
    struct Position: Equatable {
        let rank: Int
        /// The stems of the words the ordinal places ("studio album").
        let noun: [String]
        let text: String
        /// The copula or linking verb before it, and the token after its noun.
        let copula: Int
        let end: Int
    }

    func compare(_ input: ComparisonInput) -> Finding? {
        let claim = input.claim
        guard input.missing.allSatisfy({ Topic.names($0, title: input.topic) }), !claim.saysNot else { return nil }
        let claimed = Self.positions(in: claim)
        guard claimed.count == 1, let place = claimed.first, let subject = CopulaSubject.name(before: place.copula, in: claim) else { return nil }
        // The rest of the claim must be there: every word other than the ordinal, in the evidence or the title.
        let titleConcepts = Topic.concepts(input.topic)
        let others = claim.contentIndices.filter { Self.ordinals[claim.tokens[$0].lower] == nil }.map { Thesaurus.concept(claim.stems[$0]) }
        guard !others.isEmpty, others.allSatisfy({ input.evidenceConcepts.contains($0) || titleConcepts.contains($0) }) else { return nil }
        let stated = input.evidence.flatMap { unit in
            Self.positions(in: unit).filter { $0.noun == place.noun && CopulaSubject.speaksOf(subject, copula: $0.copula, in: unit, title: input.topic) }
                .map { (position: $0, unit: unit) }
        }
        guard let other = stated.first?.position, stated.allSatisfy({ $0.position.rank == other.rank }), other.rank != place.rank else { return nil }
        // What follows the evidence's place may narrow it: a date ("of 2019", unless the claim gives it too), a clause
        // ("the second album by Michael Jackson to top the Billboard 200", "the first woman who …").
        for s in stated {
            let t = s.unit.tokens
            let after = s.position.end..<s.unit.clauseEnd(from: s.position.end)
            let scopingDates = s.unit.dates.filter { after.contains($0.tokenRange.lowerBound) && $0.tokenRange.lowerBound <= s.position.end + 3 }
            if scopingDates.contains(where: { d in !claim.dates.contains { $0.isWithin(d) || d.isWithin($0) } }) { return nil }
            if after.contains(where: { k in EvidenceComparer.relativePronouns.contains(t[k].lower) || t[k].lower == "to" && k + 1 < t.count && t[k + 1].isWord
                                       && WordNet.shared.isA(t[k + 1].lower, .verb) }) { return nil }
        }
        return .conflict(slot: .ordinal, claim: place.text, evidence: other.text)
    }

    /// Ordinals in the predicate and the words they place: "is the second album", "was the fourth and final installment".
    /// Not a count's bound ("the first two qualifiers").
    static func positions(in a: TextAnalysis) -> [Position] {
        let t = a.tokens
        var out: [Position] = []
        for i in t.indices {
            // "is Newcastle's sixth signing": an owner's name stands where a determiner would.
            let owner = i > 0 && t[i - 1].isPossessive && t[i - 1].isCapitalized ? i - 1 : i
            guard let rank = ordinals[t[i].lower], let copula = CopulaSubject.verb(before: owner, in: t, skipping: determiners, limit: 1) else { continue }
            var k = i + 1
            // "the fourth and final installment": the last place is the same one.
            if k + 1 < t.count, ["and", "or"].contains(t[k].lower), ["final", "last"].contains(t[k + 1].lower) { k += 2 }
            var noun: [String] = []
            while k < t.count, noun.count < 3, t[k].isWord, !t[k].isCapitalized, !Lexicon.stopwords.contains(t[k].lower),
                  QuantityParser.numberWords[t[k].lower] == nil {
                noun.append(a.stems[k])
                k += 1
            }
            guard !noun.isEmpty, !(i + 1 < t.count && (t[i + 1].number != nil || QuantityParser.numberWords[t[i + 1].lower] != nil)) else { continue }
            out.append(Position(rank: rank, noun: noun, text: a.fragment(i...(k - 1)), copula: copula, end: k))
        }
        return out
    }
}
