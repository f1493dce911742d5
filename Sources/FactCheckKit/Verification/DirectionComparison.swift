/// A difference read with its direction: "two to five degrees higher than Tuesday's" against "two to five
/// degrees lower than Tuesday's". The figures are the same; the comparative after them says which way, and a
/// figure without one ("reached five degrees") states no difference at all.
struct DirectionComparison: SlotComparer {
    enum Direction { case up, down }

    /// Comparatives that give a figure its sign when they follow it ("5% more", "ten degrees colder"). Not "up",
    /// "down", "above" or "below": after a figure they mostly mark a level ("20.4, up from 18.4", "six below zero").
    static let comparatives: [String: Direction] = [
        "higher": .up, "more": .up, "greater": .up, "larger": .up, "bigger": .up,
        "warmer": .up, "hotter": .up, "longer": .up, "older": .up, "taller": .up, "heavier": .up, "faster": .up,
        "later": .up, "richer": .up, "costlier": .up, "wider": .up, "deeper": .up, "louder": .up,
        "lower": .down, "less": .down, "fewer": .down, "smaller": .down,
        "colder": .down, "cooler": .down, "shorter": .down, "younger": .down, "lighter": .down, "slower": .down,
        "earlier": .down, "cheaper": .down, "poorer": .down, "narrower": .down, "shallower": .down, "quieter": .down,
    ]

    /// The scale a comparative grades, for those that name one: "25% faster" and "25% cheaper" are on different
    /// scales, so neither says the other's sign. ("Higher", "more", "larger" … grade whatever the sentence is about.)
    static let scales: [String: String] = [
        "warmer": "heat", "hotter": "heat", "colder": "heat", "cooler": "heat", "older": "age", "younger": "age",
        "taller": "height", "heavier": "weight", "lighter": "weight", "faster": "speed", "slower": "speed",
        "later": "time", "earlier": "time", "richer": "wealth", "poorer": "wealth", "costlier": "price", "cheaper": "price",
        "wider": "width", "narrower": "width", "deeper": "depth", "shallower": "depth", "louder": "sound", "quieter": "sound",
    ]

    /// Words before a figure that make it an increase ("an extra $22", "a further 25", "another 150").
    static let increaseBefore: [String] = ["extra", "additional", "further", "another"]

    /// After a period, "before" and "after" give its sign too: "two days before the deadline" against "two days after".
    static let relativeTime: [String: Direction] = ["before": .down, "after": .up]

    /// Which side of another a figure puts its subject, whatever follows: "a full day behind neighboring Australia",
    /// "three points ahead of Boston".
    static let positions: [String: Direction] = ["ahead": .up, "behind": .down]

    /// Share of the claim's other words the evidence must carry.
    static let coverage = 0.6

    func compare(_ input: ComparisonInput) -> Finding? {
        guard input.missing.isEmpty else { return nil }
        for cq in input.claim.quantities {
            guard let want = Self.direction(of: cq, in: input.claim) else { continue }
            let wantWord = want.words
            // The claim's other words (its comparative aside, which is what may differ) must mostly be there.
            let others = input.claim.concepts.subtracting([Thesaurus.concept(Stemmer.shared.stem(wantWord.split(separator: " ").first.map(String.init) ?? wantWord))])
            guard others.isEmpty || Double(others.intersection(input.evidenceConcepts).count) / Double(others.count) >= Self.coverage else { continue }
            for unit in input.evidence {
                for e in unit.quantities where cq.isComparable(with: e) && e.isWithin(cq) {
                    guard let said = Self.direction(of: e, in: unit) else {
                        // The same figure as a level, not a difference: nothing said of "higher".
                        return .unstated(slot: .figure, claim: "\(cq.display) \(wantWord)", why: "the source gives \(e.display) as a level, not as a difference")
                    }
                    // A quality graded on one side only, or another quality ("20% more fuel" against "20% less
                    // fuel-efficient"), is no sign to compare.
                    guard said.quality == want.quality else { continue }
                    if let theirs = Self.scales[said.words], let ours = Self.scales[want.words], theirs != ours { continue }
                    // Ahead of another rival is no side of this one ("Pogacar finished 40 seconds behind Vingegaard" against
                    // "Vingegaard finished 40 seconds ahead of Pogacar" is one fact told from each side).
                    if let theirs = said.rival, let ours = want.rival, !ours.corefers(with: theirs) { continue }
                    if said.direction != want.direction {
                        return .conflict(slot: .figure, claim: "\(cq.display) \(wantWord)", evidence: "\(e.display) \(said.words)")
                    }
                }
            }
        }
        return nil
    }

    /// A figure's comparative as written ("higher", "less fuel-efficient") with its sign, and the quality it grades when
    /// it names one before "than" (the concept of "efficient" in "20 percent less fuel-efficient than").
    struct Comparative {
        let direction: Direction
        let words: String
        let quality: String?
        /// Whom a position is taken against: "Pogacar" in "40 seconds ahead of Pogacar".
        var rival: EntityMention? = nil
    }

    /// Comparatives that grade only the quality named after them: "20 percent better fuel efficiency than".
    static let qualityComparatives: [String: Direction] = ["better": .up, "worse": .down]

    /// The comparative right after a figure ("degrees higher than", "percent less fuel-efficient than").
    static func direction(of q: Quantity, in a: TextAnalysis) -> Comparative? {
        // "an extra $22", "an additional 150 jobs": an increase by the figure, as "$22 more" is.
        if q.tokenRange.lowerBound > 0, let word = Self.increaseBefore.first(where: { $0 == a.tokens[q.tokenRange.lowerBound - 1].lower }) {
            return Comparative(direction: .up, words: word, quality: nil)
        }
        let next = q.tokenRange.upperBound
        guard next < a.tokens.count else { return nil }
        let word = a.tokens[next].lower
        // "5% more than" or "five degrees colder": a comparative; "two more points" would need a noun after it.
        let after = next + 1
        if let d = comparatives[word] ?? (q.kind == .duration ? relativeTime[word] : nil),
           after >= a.tokens.count || a.tokens[after].lower == "than" || !a.tokens[after].isWord || Lexicon.stopwords.contains(a.tokens[after].lower) {
            return Comparative(direction: d, words: word, quality: nil)
        }
        // ("20 years behind bars" is a term in prison.)
        if let d = positions[word], !(after < a.tokens.count && a.tokens[after].lower == "bars") {
            let rival = a.entities.first { $0.tokenRange.lowerBound > next && $0.tokenRange.lowerBound <= next + 3 }
            return Comparative(direction: d, words: word, quality: nil, rival: rival)
        }
        // "20 percent less fuel-efficient than", "20 percent better fuel efficiency than": the sign of the quality named
        // before "than" (a few words, none of them a stop word).
        guard let d = comparatives[word] ?? qualityComparatives[word] else { return nil }
        var k = after
        while k < a.tokens.count, k - after < 4, a.tokens[k].lower != "than",
              a.tokens[k].text == "-" || (a.tokens[k].isWord && !Lexicon.stopwords.contains(a.tokens[k].lower)) { k += 1 }
        guard k < a.tokens.count, a.tokens[k].lower == "than", k - 1 > next, a.tokens[k - 1].isWord else { return nil }
        return Comparative(direction: d, words: a.fragment(next...(k - 1)), quality: Thesaurus.concept(a.stems[k - 1]))
    }
}
