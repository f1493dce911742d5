/// Recognises page furniture by its shape, place and vocabulary, line by line.
///
/// Rules are general rather than a list of strings seen in one site: short lines about
/// advertising, lines of bare digits, captions ending in a bracketed credit, prompts to
/// follow or subscribe, and everything after such a prompt near the end of the page.
enum NoiseClassifier {
    /// Classifies each line (1-based line → kind); lines not in the result are article text.
    static func classify(lines: [String], datelines: Set<Int>, bodyStart: Int) -> [Int: NoiseKind] {
        var kinds: [Int: NoiseKind] = [:]
        let nonBlank = lines.indices.filter { $0 + 1 >= bodyStart && !lines[$0].trimmingWhitespace().isEmpty }
        guard !nonBlank.isEmpty else { return kinds }
        let tailStart = nonBlank[nonBlank.count * 3 / 5]
        var trailerFrom: Int?
        for (rank, i) in nonBlank.enumerated() {
            let lineNo = i + 1
            if datelines.contains(lineNo) {
                kinds[lineNo] = .dateline
                continue
            }
            if let kind = lineKind(lines[i].trimmingWhitespace(), rank: rank) {
                kinds[lineNo] = kind
                let endsArticle: Set<NoiseKind> = [.socialPrompt, .relatedLinks, .sourceAttribution]
                if trailerFrom == nil, i >= tailStart, endsArticle.contains(kind) { trailerFrom = lineNo }
            } else if let from = trailerFrom, lineNo > from {
                kinds[lineNo] = .trailer
            }
        }
        return kinds
    }

    static func lineKind(_ line: String, rank: Int) -> NoiseKind? {
        let lower = line.lowercased()
        let words = wordCount(lower)
        if !line.isEmpty, line.allSatisfy({ $0.isNumber || $0 == "-" || $0 == " " }), line.filter(\.isNumber).count >= 5 {
            return .numericIdentifier
        }
        if words <= 5, has(lower, "advertis") || ["sponsored", "sponsored content", "ad", "promoted"].contains(lower) {
            return .advertisement
        }
        if hasTrailingCredit(line) { return .photoCaption }
        if words <= 8, lower.hasPrefix("source:") || lower.hasPrefix("sources:") { return .sourceAttribution }
        if rank < 8, words <= 7, lower.hasPrefix("by "), line.dropFirst(3).first?.isUppercase == true { return .byline }
        if words <= 20, socialCues.contains(where: { has(lower, $0) }) { return .socialPrompt }
        if words <= 8, relatedCues.contains(where: { has(lower, $0) }) { return .relatedLinks }
        return nil
    }

    /// Whitespace-separated words; on ASCII counted over bytes, since every line of every article comes here.
    static func wordCount(_ text: String) -> Int {
        guard TextUnits.isPlainASCII(text) else { return text.split(whereSeparator: { $0.isWhitespace }).count }
        var count = 0, inWord = false
        for byte in text.utf8 {
            let space = ASCIIUnit(byte: byte).isWhitespace
            if !space && !inWord { count += 1 }
            inWord = !space
        }
        return count
    }

    /// Substring test on UTF-8 bytes: every line of every article passes through here, and
    /// Foundation's `contains` (NSString underneath) was a sixth of the load time.
    static func has(_ text: String, _ needle: String) -> Bool {
        let h = Array(text.utf8), n = Array(needle.utf8)
        guard n.count <= h.count, let first = n.first else { return n.isEmpty }
        var i = 0
        while i <= h.count - n.count {
            if h[i] == first {
                var j = 1
                while j < n.count && h[i + j] == n[j] { j += 1 }
                if j == n.count { return true }
            }
            i += 1
        }
        return false
    }

    static let socialCues = ["follow us", "subscribe", "sign up for", "newsletter", "share this", "like us on", "join us on", "download our app"]
    static let relatedCues = ["more articles", "related articles", "related stories", "recommended for you", "read more", "you may also like", "more stories", "also read"]
    static let creditWords = ["image", "photo", "photograph", "picture", "credit", "video", "illustration", "file photo", "getty", "reuters", "afp", "associated press", "shutterstock"]

    /// A line that ends in `(Image: …)` or `[Name/Agency]` is a caption or a bare credit.
    static func hasTrailingCredit(_ line: String) -> Bool {
        guard let last = line.last, last == ")" || last == "]" else { return false }
        let open: Character = last == ")" ? "(" : "["
        guard let o = line.lastIndex(of: open) else { return false }
        let inner = line[line.index(after: o)..<line.index(before: line.endIndex)].lowercased()
        guard inner.count <= 80, !inner.isEmpty else { return false }
        if inner.contains("/") { return true }
        return creditWords.contains { inner.hasPrefix($0) || inner.contains($0 + ":") }
    }
}
