/// A spot given by its distance and bearing from a named place: "about 100 miles northeast of Kansas City" against
/// "100 miles southwest of Kansas City". The same distance from the same place ties the two sentences to one spot; a
/// bearing a quarter-turn or more away puts it somewhere else. ("North" against "northeast" may be one rough bearing.)
struct BearingComparison: SlotComparer {
    /// Compass bearings in degrees.
    static let bearings: [String: Double] = [
        "north": 0, "northeast": 45, "east": 90, "southeast": 135, "south": 180, "southwest": 225, "west": 270, "northwest": 315,
    ]

    /// How far the first name after "of" may stand ("northwest of the pricey real estate of Santa Barbara").
    static let placeReach = 8

    struct Bearing {
        let distance: Quantity
        let degrees: Double
        let word: String
        let place: EntityMention
    }

    func compare(_ input: ComparisonInput) -> Finding? {
        guard input.missing.isEmpty else { return nil }
        let given = input.evidence.flatMap(Self.bearings(in:))
        for want in Self.bearings(in: input.claim) {
            let alike = given.filter { $0.distance.isComparable(with: want.distance) && $0.distance.isWithin(want.distance) && $0.place.refers(to: want.place) }
            // A sentence may place two spots the same distance from one place ("Lowell, 30 miles north of Boston, and
            // Plymouth, 30 miles south"): only when none lies the claim's way does it put the claim's elsewhere.
            guard !alike.contains(where: { Self.turn($0.degrees, want.degrees) < 90 }), let have = alike.first else { continue }
            return .conflict(slot: .place, claim: "\(want.word) of \(want.place.text)", evidence: "\(have.word) of \(have.place.text)")
        }
        return nil
    }

    /// The smaller angle between two bearings.
    static func turn(_ a: Double, _ b: Double) -> Double {
        let t = abs(a - b).truncatingRemainder(dividingBy: 360)
        return min(t, 360 - t)
    }

    /// Every "<distance> <bearing> of <place>" of a sentence.
    static func bearings(in a: TextAnalysis) -> [Bearing] {
        a.quantities.compactMap { q in
            guard q.kind == .measure else { return nil }
            var i = q.tokenRange.upperBound
            guard i < a.tokens.count else { return nil }
            var word = a.tokens[i].lower
            // "north-east", "north east".
            if ["north", "south"].contains(word), i + 2 < a.tokens.count, a.tokens[i + 1].text == "-", ["east", "west"].contains(a.tokens[i + 2].lower) {
                word += a.tokens[i + 2].lower
                i += 2
            } else if ["north", "south"].contains(word), i + 1 < a.tokens.count, ["east", "west"].contains(a.tokens[i + 1].lower) {
                word += a.tokens[i + 1].lower
                i += 1
            }
            guard let degrees = bearings[word], i + 1 < a.tokens.count, a.tokens[i + 1].lower == "of" else { return nil }
            let from = i + 2
            let end = min(a.clauseEnd(from: from), from + placeReach)
            guard let place = a.entities.filter({ $0.tokenRange.lowerBound >= from && $0.tokenRange.lowerBound < end })
                .min(by: { $0.tokenRange.lowerBound < $1.tokenRange.lowerBound }) else { return nil }
            return Bearing(distance: q, degrees: degrees, word: a.fragment(q.tokenRange.upperBound...i), place: place)
        }
    }
}
