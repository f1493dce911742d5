/// Another place in order for what the subject is: "Supreme Clientele is the second album by Ghostface Killah" against
/// "… is the third album by …", "is the third installment" against "is the fourth and final installment".
/// Only an ordinal in the predicate, after "is", "was" or "became": "the first season holds 91%" against "the second
/// season holds 91%" speaks of another season, not of another place for the same one. Conflict only, and only when the
/// evidence gives that noun one place and not the claim's.
struct OrdinalComparison: SlotComparer {
    static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
        "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
        "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    ]
    /// Words that may stand between the copula and the ordinal ("is the", "was his").
    static let determiners: Set<String> = ["the", "his", "her", "its", "their", "our", "my", "your"]
    /// Verbs that link a subject to what it is, beside the copulas.
    static let linkingVerbs: Set<String> = ["became", "becomes", "become", "remains", "remained"]
    /// Share of the claim's other words (its ordinal left out) the evidence or the title must carry.
    static let coverage = 0.75

    struct Position: Equatable {
        let rank: Int
        /// The stems of the words the ordinal places ("studio album").
        let noun: [String]
        let text: String
    }

    func compare(_ input: ComparisonInput) -> Finding? {
        let claim = input.claim
        guard input.missing.allSatisfy({ Topic.names($0, title: input.topic) }), !claim.saysNot else { return nil }
        let claimed = Self.positions(in: claim)
        guard claimed.count == 1, let place = claimed.first else { return nil }
        // The rest of the claim must be there: its words other than the ordinal, in the evidence or the title.
        let titleConcepts = Topic.concepts(input.topic)
        let others = claim.contentIndices.filter { Self.ordinals[claim.tokens[$0].lower] == nil }.map { Thesaurus.concept(claim.stems[$0]) }
        guard !others.isEmpty else { return nil }
        let found = others.filter { input.evidenceConcepts.contains($0) || titleConcepts.contains($0) }
        guard Double(found.count) / Double(others.count) >= Self.coverage else { return nil }
        let stated = input.evidence.flatMap { Self.positions(in: $0) }.filter { $0.noun == place.noun }
        guard let other = stated.first, stated.allSatisfy({ $0.rank == other.rank }), other.rank != place.rank else { return nil }
        return .conflict(slot: .ordinal, claim: place.text, evidence: other.text)
    }

    /// Ordinals in the predicate and the words they place: "is the second album", "was the fourth and final installment".
    /// Not a count's bound ("the first two qualifiers").
    static func positions(in a: TextAnalysis) -> [Position] {
        let t = a.tokens
        var out: [Position] = []
        for i in t.indices {
            guard let rank = ordinals[t[i].lower], isPredicate(t, i) else { continue }
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
            out.append(Position(rank: rank, noun: noun, text: a.fragment(i...(k - 1))))
        }
        return out
    }

    /// Whether the ordinal at `i` follows a copula or a linking verb, with at most a determiner between.
    private static func isPredicate(_ t: [Token], _ i: Int) -> Bool {
        var j = i - 1
        if j >= 0, determiners.contains(t[j].lower) { j -= 1 }
        return j >= 0 && j < i && (Lexicon.isCopula(t[j]) && !t[j].isPossessive || linkingVerbs.contains(t[j].lower))
    }
}
