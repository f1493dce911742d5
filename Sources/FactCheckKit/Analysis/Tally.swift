/// Two numbers set against each other: a score (`106-103`), a shooting line (`2-for-10`), a vote (`52 to 48`, `voted
/// three to one`) or a split of one whole (`60 percent to 40 percent`). Read here so that the numbers of a spelled-out
/// vote are no words of the claim's; compared by `TallyComparison`.
struct Tally: Equatable {
    let first: Double
    let second: Double
    let tokenRange: Range<Int>
    let text: String

    /// The same two numbers: a game's score may be written from either side.
    func sameNumbers(_ other: Tally) -> Bool {
        (first == other.first && second == other.second) || (first == other.second && second == other.first)
    }

    /// `106-103`, `0-for-9`: two numbers joined by a hyphen (or `-for-`) with no spaces; `60 votes to 36`; and a
    /// vote's `52 to 48`.
    static func all(in a: TextAnalysis) -> [Tally] {
        let t = a.tokens
        var found: [Tally] = []
        var i = 0
        while i + 2 < t.count {
            defer { i += 1 }
            if i + 3 < t.count, t[i + 2].lower == "to", QuantityParser.isPluralNoun(t[i + 1], evenly: true),
               let x = QuantityParser.scoreNumber(t, i), let y = QuantityParser.scoreNumber(t, i + 3), QuantityParser.leadsScore(number: i, end: i + 2, t) {
                found.append(Tally(first: x, second: y, tokenRange: i..<(i + 4), text: a.fragment(i...(i + 3))))
                i += 3
                continue
            }
            // "by a vote of 52 to 48", "voted 7 to 2", "voted three to one": a vote's numbers written with "to".
            if t[i + 1].lower == "to", Self.votes(before: i, t) || i + 3 < t.count && Self.voteNouns.contains(t[i + 3].lower),
               let x = Self.voteNumber(t, i), let y = Self.voteNumber(t, i + 2) {
                found.append(Tally(first: x, second: y, tokenRange: i..<(i + 3), text: a.fragment(i...(i + 2))))
                i += 2
                continue
            }
            // "60 percent to 40 percent", "52% to 48%": shares of one whole, the larger first (a range runs upward; a
            // change runs "from" one "to" the other, and "fell by 10% to 5%" is a change and a level).
            if let x = QuantityParser.scoreNumber(t, i), let e = Self.percentEnd(t, i + 1), e < t.count, t[e].lower == "to",
               !(i >= 1 && t[i - 1].lower == "by"), !t[max(0, i - 4)..<i].contains(where: { ["from", "between"].contains($0.lower) }), let y = QuantityParser.scoreNumber(t, e + 1),
               let end = Self.percentEnd(t, e + 2), y < x, x + y <= 100 {
                found.append(Tally(first: x, second: y, tokenRange: i..<end, text: a.fragment(i...(end - 1))))
                i = end - 1
                continue
            }
            guard let x = QuantityParser.scoreNumber(t, i), t[i + 1].text == "-", !t[i + 1].spaceBefore else { continue }
            var j = i + 2
            if t[j].lower == "for", j + 2 < t.count, t[j + 1].text == "-", !t[j].spaceBefore { j += 2 }
            guard j < t.count, !t[j].spaceBefore, let y = QuantityParser.scoreNumber(t, j) else { continue }
            // "2019-10" and page ranges are not tallies; neither is a number running on ("1-2-3").
            if x >= 1000 || y >= 1000 { continue }
            if j + 1 < t.count, t[j + 1].text == "-", !t[j + 1].spaceBefore { continue }
            // "30-50 km" is a range of one unit (a quantity), not a score.
            if a.quantities.contains(where: { $0.tokenRange.contains(i) && $0.tokenRange.contains(j) && $0.low < $0.high }) { continue }
            found.append(Tally(first: x, second: y, tokenRange: i..<(j + 1), text: a.fragment(i...j)))
            i = j
        }
        return found
    }

    /// A vote's count in figures or words ("7", "three"), since a vote is as often spelled out.
    private static func voteNumber(_ t: [Token], _ k: Int) -> Double? {
        QuantityParser.scoreNumber(t, k) ?? (["a", "an"].contains(t[k].lower) ? nil : QuantityParser.numberWords[t[k].lower])
    }

    /// The index after a percent sign or word at `k` ("%", "percent", "per cent"), if there is one.
    private static func percentEnd(_ t: [Token], _ k: Int) -> Int? {
        guard k < t.count else { return nil }
        if t[k].text == "%" || t[k].lower == "percent" { return k + 1 }
        return k + 1 < t.count && t[k].lower == "per" && t[k + 1].lower == "cent" ? k + 2 : nil
    }

    /// Whether the words before `i` make what follows a vote's count: "a vote of", "a margin of", "voted", "ruled".
    private static func votes(before i: Int, _ t: [Token]) -> Bool {
        if i >= 2, t[i - 1].lower == "of", ["vote", "votes", "margin", "tally"].contains(t[i - 2].lower) { return true }
        return i >= 1 && ["voted", "vote", "ruled", "ruling"].contains(t[i - 1].lower)
    }

    /// Nouns a vote's count stands before: "a 52 to 48 majority", "a six to three ruling".
    static let voteNouns: Set<String> = ["vote", "votes", "majority", "margin", "decision", "ruling", "verdict", "split"]
}
