/// Two plain ends the other way round: "began to collapse from front to back" against "from back to front", "from
/// east to west" against "from west to east". Places and people have `RouteComparison`; here both ends are ordinary
/// words, the same two in claim and evidence, so nothing is missing and every word may be shared — only the order
/// says the sentence tells of the opposite way.
struct EndsOrderComparison: SlotComparer {
    /// Share of the claim's other words the evidence must carry: the same act, not another with the same two ends.
    static let coverage = 0.7

    /// Verbs of a line, a span or a service, which has no direction: "runs", "stretches", "connects", "sails" (the
    /// words of moving are `RouteComparison.movingWords`).
    static let extentWords: Set<String> = ["run", "runs", "ran", "running", "stretch", "stretches", "stretched", "extend", "extends", "extended",
                                            "span", "spans", "spanned", "connect", "connects", "connected", "link", "links", "linked", "reach",
                                            "reaches", "reached", "range", "ranges", "ranged", "sails", "operate", "operates", "service", "services"]

    struct Ends: Equatable {
        let from: String
        let to: String
        let text: String
        /// Told of a change or a motion of the thing itself; not of a way travelled or a line drawn, which runs both ways.
        let directed: Bool
    }

    /// Every "from X to Y" of one plain word each ("from the back to the front" too).
    static func ends(in unit: TextAnalysis) -> [Ends] {
        let t = unit.tokens
        let end = { (i: Int) -> Int? in
            var k = i
            if k < t.count, Lexicon.articles.contains(t[k].lower) { k += 1 }
            guard k < t.count, t[k].isWord, t[k].text.first?.isLowercase == true, !Lexicon.stopwords.contains(t[k].lower), !unit.stems[k].isEmpty else { return nil }
            return k
        }
        return t.indices.compactMap { i in
            guard t[i].lower == "from", let a = end(i + 1), a + 1 < t.count, t[a + 1].lower == "to", let b = end(a + 2) else { return nil }
            // A way travelled or a line drawn runs both ways ("the ferry sails from the island to the mainland", "the road runs
            // from the village to the quarry"): only a change or a motion of the thing itself has a direction.
            let way = t[max(0, i - 4)..<i].contains(where: { RouteComparison.movingWords.contains($0.lower) || Self.extentWords.contains($0.lower) })
            let (x, y) = (Thesaurus.concept(unit.stems[a]), Thesaurus.concept(unit.stems[b]))
            guard x != y else { return nil }
            return Ends(from: x, to: y, text: unit.fragment(i...b), directed: !way)
        }
    }

    func compare(_ input: ComparisonInput) -> Finding? {
        guard input.missing.isEmpty, input.coverage >= Self.coverage else { return nil }
        let claimed = Self.ends(in: input.claim)
        guard !claimed.isEmpty else { return nil }
        let stated = input.evidence.flatMap(Self.ends(in:))
        for c in claimed where !stated.contains(where: { $0.from == c.from && $0.to == c.to }) {
            if let other = stated.first(where: { $0.from == c.to && $0.to == c.from }) {
                // A way told the other way round is not the claim's way, though the way back may exist too.
                guard c.directed && other.directed else { return .unstated(slot: .order, claim: c.text, why: "the other way round here: \(other.text)") }
                return .conflict(slot: .order, claim: c.text, evidence: other.text)
            }
        }
        return nil
    }
}
