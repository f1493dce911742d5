/// A change or a comparison written as a multiple: "doubled", "more than doubles", "halved", "tripling", "a tenfold
/// rise", "increased threefold", "three times more likely", "twice as many". Not a count of occasions ("went three
/// times"), nor "double" as an adjective ("a double murder").
struct Multiplier: Sendable, Hashable {
    enum Bound: Sendable, Hashable { case atLeast, atMost }

    /// 2 for "doubled", 0.5 for "halved".
    let factor: Double
    /// "more than doubled" is at least twice; "almost halved" at most half as far (nearly there); nil: the multiple itself.
    let bound: Bound?
    /// "roughly doubled": near the multiple.
    let approximate: Bool
    let text: String
    let tokenRange: Range<Int>

    /// Verbs of a multiple, by the form of the verb: any past or "-ing" form reads; a bare or "-s" form only as a verb
    /// (after "to" or an auxiliary, or before its object).
    static let verbFactors: [String: Double] = ["double": 2, "triple": 3, "quadruple": 4, "halve": 0.5]
    /// Every form of those verbs, with its factor and whether it is a bare or "-s" form.
    private static let verbForms: [String: (factor: Double, bare: Bool)] = verbFactors.reduce(into: [:]) { forms, entry in
        let stem = String(entry.key.dropLast())  // each base ends in "e": "doubl" + "ed", "halv" + "ing"
        forms[stem + "ed"] = (entry.value, false)
        forms[stem + "ing"] = (entry.value, false)
        forms[entry.key] = (entry.value, true)
        forms[entry.key + "s"] = (entry.value, true)
    }
    static let foldWords: [String: Double] = ["twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6, "sevenfold": 7,
                                              "eightfold": 8, "ninefold": 9, "tenfold": 10, "hundredfold": 100]
    /// Comparatives after "N times" that make it a multiple ("three times more likely", "two times higher").
    static let comparatives: Set<String> = ["more", "higher", "larger", "bigger", "greater", "faster", "lower", "smaller", "as", "the"]
    static let atLeast: Set<String> = ["over", "more than", "at least", "upwards of"]
    static let atMost: Set<String> = ["almost", "nearly", "close to", "just under", "less than"]
    static let approximators: Set<String> = ["roughly", "about", "around", "approximately", "some"]
    private static let auxiliaries: Set<String> = ["to", "will", "would", "could", "can", "may", "might", "should", "must", "did", "does", "do"]
    private static let objectOpeners: Set<String> = ["the", "its", "their", "his", "her", "our", "a", "an", "this", "that"]

    /// Every multiple in a sentence, in order.
    static func all(in a: TextAnalysis) -> [Multiplier] {
        let t = a.tokens
        var found: [Multiplier] = []
        var i = 0
        while i < t.count {
            if let (factor, end) = multiple(t, at: i) {
                let (bound, approximate, start) = qualifier(t, before: i)
                found.append(Multiplier(factor: factor, bound: bound, approximate: approximate, text: a.fragment(start...(end - 1)), tokenRange: start..<end))
                i = end
            } else {
                i += 1
            }
        }
        return found
    }

    /// The factor a multiple written from `i` names, and where it ends.
    private static func multiple(_ t: [Token], at i: Int) -> (Double, Int)? {
        let w = t[i].lower
        // doubled, doubling, halved; "double" / "doubles" only as a verb.
        if let (factor, bare) = verbForms[w] {
            guard bare else { return (factor, i + 1) }
            let before = i > 0 ? t[i - 1].lower : ""
            let after = i + 1 < t.count ? t[i + 1].lower : ""
            if auxiliaries.contains(before) || objectOpeners.contains(after) && !(i > 0 && objectOpeners.contains(before)) { return (factor, i + 1) }
        }
        if let f = foldWords[w] { return (f, i + 1) }
        // "10-fold", "three-fold"
        if i + 2 < t.count, t[i + 1].text == "-", t[i + 2].lower == "fold", let n = t[i].number ?? QuantityParser.numberWords[w], n >= 2 {
            return (n, i + 3)
        }
        // "twice as many", "three times more likely", "half as much"
        if (w == "twice" || w == "half"), i + 1 < t.count, t[i + 1].lower == "as" { return (w == "twice" ? 2 : 0.5, i + 1) }
        if i + 2 < t.count, t[i + 1].lower == "times", comparatives.contains(t[i + 2].lower), let n = t[i].number ?? QuantityParser.numberWords[w], n >= 2 {
            return (n, i + 2)
        }
        return nil
    }

    /// "more than", "almost", "roughly" before a multiple: its bound, whether it is approximate, and where it starts.
    private static func qualifier(_ t: [Token], before i: Int) -> (Bound?, Bool, Int) {
        for width in [2, 1] where i - width >= 0 {
            let words = t[(i - width)..<i].map(\.lower).joined(separator: " ")
            if atLeast.contains(words) { return (.atLeast, false, i - width) }
            if atMost.contains(words) { return (.atMost, false, i - width) }
            if approximators.contains(words) { return (nil, true, i - width) }
        }
        return (nil, false, i)
    }

    /// Whether this evidence multiple states the claim's: the same factor (near it for "roughly"), or one beyond the
    /// claim's "more than" / short of its "almost".
    func states(_ claim: Multiplier) -> Bool {
        let same = abs(factor - claim.factor) < 1e-9
        switch (claim.bound, bound) {
        case (nil, nil): return same
        case (.atLeast?, nil): return factor > claim.factor
        case (.atMost?, nil): return claim.factor > 1 ? factor < claim.factor && factor > 1 : factor > claim.factor && factor < 1
        case let (c?, e?): return c == e && same
        default: return false
        }
    }

    /// Whether this evidence multiple rules the claim's out: the other way (a fall against a rise), or another factor
    /// where neither is bounded, or an exact factor the claim's bound excludes.
    func contradicts(_ claim: Multiplier) -> Bool {
        if (factor > 1) != (claim.factor > 1) { return true }
        // "roughly doubled" allows a little either way, not "tripled".
        if approximate || claim.approximate { return claim.bound == nil && bound == nil && max(factor, claim.factor) / min(factor, claim.factor) > 1.3 }
        switch (claim.bound, bound) {
        case (nil, nil): return abs(factor - claim.factor) >= 1e-9
        case (.atLeast?, nil): return claim.factor > 1 ? factor < claim.factor : factor > claim.factor
        case (nil, .atLeast?): return claim.factor > 1 ? claim.factor < factor : claim.factor > factor
        default: return false
        }
    }
}
