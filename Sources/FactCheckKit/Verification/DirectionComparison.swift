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

    /// Words before a figure that make it an increase ("an extra $22", "a further 25", "another 150").
    static let increaseBefore: [String] = ["extra", "additional", "further", "another"]

    /// After a period, "before" and "after" give its sign too: "two days before the deadline" against "two days after".
    static let relativeTime: [String: Direction] = ["before": .down, "after": .up]

    /// Share of the claim's other words the evidence must carry.
    static let coverage = 0.6

    func compare(_ input: ComparisonInput) -> Finding? {
        guard input.missing.isEmpty else { return nil }
        for cq in input.claim.quantities {
            guard let (want, wantWord) = Self.direction(of: cq, in: input.claim) else { continue }
            // The claim's other words (its comparative aside, which is what may differ) must mostly be there.
            let others = input.claim.concepts.subtracting([Thesaurus.concept(Stemmer.shared.stem(wantWord))])
            guard others.isEmpty || Double(others.intersection(input.evidenceConcepts).count) / Double(others.count) >= Self.coverage else { continue }
            for unit in input.evidence {
                for e in unit.quantities where cq.isComparable(with: e) && e.isWithin(cq) {
                    guard let (said, saidWord) = Self.direction(of: e, in: unit) else {
                        // The same figure as a level, not a difference: nothing said of "higher".
                        return .unstated(slot: .figure, claim: "\(cq.display) \(wantWord)", why: "the source gives \(e.display) as a level, not as a difference")
                    }
                    if said != want {
                        return .conflict(slot: .figure, claim: "\(cq.display) \(wantWord)", evidence: "\(e.display) \(saidWord)")
                    }
                }
            }
        }
        return nil
    }

    /// The comparative right after a figure ("degrees higher than"), with its word as written.
    static func direction(of q: Quantity, in a: TextAnalysis) -> (Direction, String)? {
        // "an extra $22", "an additional 150 jobs": an increase by the figure, as "$22 more" is.
        if q.tokenRange.lowerBound > 0, let word = Self.increaseBefore.first(where: { $0 == a.tokens[q.tokenRange.lowerBound - 1].lower }) {
            return (.up, word)
        }
        let next = q.tokenRange.upperBound
        guard next < a.tokens.count, let d = comparatives[a.tokens[next].lower] ?? (q.kind == .duration ? relativeTime[a.tokens[next].lower] : nil) else { return nil }
        // "5% more than" or "five degrees colder": a comparative; "two more points" would need a noun after it.
        let after = next + 1
        guard after >= a.tokens.count || a.tokens[after].lower == "than" || !a.tokens[after].isWord
                || Lexicon.stopwords.contains(a.tokens[after].lower) else { return nil }
        return (d, a.tokens[next].lower)
    }
}
