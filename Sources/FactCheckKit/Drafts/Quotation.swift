/// Words inside quotation marks, as a reader would quote them.
struct Quotation: Sendable, Hashable {
    /// One word: compared lower-case without punctuation, shown as written.
    struct Word: Sendable, Hashable {
        let key: String
        let shown: String
    }

    /// The quoted text as written.
    let text: String
    /// Its words, in order.
    let words: [Word]
    /// The quoted words split where the writer marked an omission (`…`, `...`): each piece must appear whole.
    let pieces: [[Word]]

    /// Fewer words than this inside quotation marks is a phrase ("defense information"), not a quote.
    static let minimumWords = 3

    /// The quotations in `text`: “curly” or "straight" pairs, and a quote left open at the end of the sentence.
    static func find(in text: String) -> [Quotation] {
        var found: [Quotation] = []
        var open: String.Index? = nil
        var straightOpen = false
        for i in text.indices {
            let c = text[i]
            if open == nil, c == "“" || c == "\"" {
                open = text.index(after: i)
                straightOpen = c == "\""
            } else if let o = open, (c == "”" && !straightOpen) || (c == "\"" && straightOpen) {
                if let q = Quotation(String(text[o..<i])) { found.append(q) }
                open = nil
            }
        }
        if let o = open, let q = Quotation(String(text[o...])) { found.append(q) }
        return found
    }

    init?(_ text: String) {
        self.text = text
        var pieces: [[Word]] = [[]]
        for raw in text.split(whereSeparator: { $0.isWhitespace }) {
            let elided = raw.contains("…") || raw.contains("...")
            let key = String(raw.lowercased().filter { $0.isLetter || $0.isNumber })
            if !key.isEmpty { pieces[pieces.count - 1].append(Word(key: key, shown: String(raw.trimmingCharacters(in: .punctuationCharacters)))) }
            if elided { pieces.append([]) }
        }
        self.pieces = pieces.filter { !$0.isEmpty }
        words = self.pieces.flatMap { $0 }
        guard words.count >= Self.minimumWords else { return nil }
    }

    /// The sentence with its quotations taken out, for reading who is quoted.
    static func outside(_ text: String) -> String {
        var out = ""
        var inside = false, straight = false
        for c in text {
            if !inside, c == "“" || c == "\"" { inside = true; straight = c == "\""; out += " "; continue }
            if inside, (c == "”" && !straight) || (c == "\"" && straight) { inside = false; out += " "; continue }
            if !inside { out.append(c) }
        }
        return out
    }
}
