/// Optional `---` front matter at the top of an article: `title:`, `outlet:`, `published:`, `url:`.
struct FrontMatter {
    var fields: [String: String] = [:]
    /// Number of lines the block occupies (0 when absent); the article body starts after them.
    var lineCount = 0

    init(lines: [String]) {
        guard let first = lines.first, first.trimmingWhitespace() == "---" else { return }
        for (i, line) in lines.enumerated().dropFirst() {
            let trimmed = line.trimmingWhitespace()
            if trimmed == "---" {
                lineCount = i + 1
                return
            }
            guard let colon = trimmed.firstIndex(of: ":") else { continue }
            let key = trimmed[..<colon].lowercased().trimmingWhitespace()
            var value = trimmed[trimmed.index(after: colon)...].trimmingWhitespace()
            if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
                value = String(value.dropFirst().dropLast())
            }
            fields[key] = value
        }
        // No closing fence: it was not front matter after all.
        fields = [:]
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s = s.dropFirst() }
        while let c = s.last, c.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
