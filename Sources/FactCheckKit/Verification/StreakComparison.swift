/// A run told by its length: "for the eighth month in a row" against "for the tenth straight month", "a third
/// consecutive title" against "a fourth straight title". The same noun runs on both sides and the rest of the claim
/// is there: another length of the run conflicts. (The same length is left to the words: "straight" and "in a row"
/// are said either way.)
struct StreakComparison: SlotComparer {
    /// Words that make an ordinal count a run ("third straight win").
    static let runWords: Set<String> = ["straight", "consecutive", "successive", "running"]

    struct Streak {
        let length: Int
        /// The stem of what runs ("month").
        let noun: String
        let text: String
        let range: Range<Int>
    }

    func compare(_ input: ComparisonInput) -> Finding? {
        let mine = Self.streaks(in: input.claim)
        guard mine.count == 1, let run = mine.first, input.missing.isEmpty else { return nil }
        // The rest of the claim is there: most of its other words.
        let others = input.claim.contentIndices.filter { !run.range.contains($0) }.map { Thesaurus.concept(input.claim.stems[$0]) }
        guard !others.isEmpty, Double(others.filter(input.evidenceConcepts.contains).count) >= 0.75 * Double(others.count) else { return nil }
        let theirs = input.evidence.flatMap { Self.streaks(in: $0) }.filter { $0.noun == run.noun }
        guard let other = theirs.first, theirs.allSatisfy({ $0.length == other.length }), other.length != run.length else { return nil }
        return .conflict(slot: .ordinal, claim: run.text, evidence: other.text)
    }

    /// Runs in a text: an ordinal before a run word and its noun ("tenth straight month"), or before a noun and "in a
    /// row" ("eighth month in a row").
    static func streaks(in a: TextAnalysis) -> [Streak] {
        let t = a.tokens
        var out: [Streak] = []
        for i in t.indices {
            guard let length = ordinal(t[i].lower), i + 2 < t.count else { continue }
            if runWords.contains(t[i + 1].lower), t[i + 2].isWord, !a.stems[i + 2].isEmpty {
                out.append(Streak(length: length, noun: a.stems[i + 2], text: a.fragment(i...(i + 2)), range: i..<(i + 3)))
            } else if i + 4 < t.count, t[i + 1].isWord, !a.stems[i + 1].isEmpty,
                      t[i + 2].lower == "in", t[i + 3].lower == "a", t[i + 4].lower == "row" {
                out.append(Streak(length: length, noun: a.stems[i + 1], text: a.fragment(i...(i + 4)), range: i..<(i + 5)))
            }
        }
        return out
    }

    /// "third" or "3rd".
    static func ordinal(_ w: String) -> Int? {
        if let n = OrdinalComparison.ordinals[w] { return n }
        guard w.count > 2, ["st", "nd", "rd", "th"].contains(String(w.suffix(2))) else { return nil }
        return Int(w.dropLast(2))
    }
}
