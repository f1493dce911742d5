import ArticleExtraction

/// A web page or PDF turned into the text FactCheck cites: front matter (title, date, author,
/// address) and then the article, one paragraph (HTML) or one page line (PDF) per line.
/// `factcheck extract` prints exactly this text, so a cited line number can be looked up in it.
struct ArticleText {
    var text: String
    /// First line (1-based) of each PDF page's text; empty for web pages.
    var pageStarts: [Int]
    var setAside: [SetAsideBlock]
    var warnings: [String]
    /// Whether any article text was found below the front matter.
    var hasBody = false

    init(_ article: ExtractedArticle, format: SourceFormat) {
        var lines = ["---"]
        let m = article.metadata
        for (key, value) in [("title", m.title), ("published", m.published.map(Self.isoDay)), ("author", m.author),
                             ("outlet", m.site), ("url", m.url)] {
            if let value, !value.isEmpty { lines.append("\(key): \(value)") }
        }
        lines.append("---")
        setAside = article.dropped.map { SetAsideBlock(text: $0.text, reason: .structure($0.reason), page: $0.page) }
        pageStarts = []
        for (p, page) in article.pages.enumerated() {
            // Furniture found by its words, as in pasted text; PDF pages are hard-wrapped lines, not paragraphs.
            let noise = format == .html ? NoiseClassifier.classify(lines: page, datelines: [], bodyStart: 1) : [:]
            if format == .pdf { pageStarts.append(lines.count + 1) }
            for (i, paragraph) in page.enumerated() {
                if let kind = noise[i + 1] {
                    setAside.append(SetAsideBlock(text: paragraph, reason: .text(kind), page: format == .pdf ? p + 1 : nil))
                } else {
                    lines.append(paragraph)
                    hasBody = true
                }
            }
        }
        text = lines.joined(separator: "\n") + "\n"
        warnings = article.warnings
    }

    /// `2019-10-02T14:05:00+01:00` → `2019-10-02`: front matter reads dates, not instants.
    static func isoDay(_ s: String) -> String {
        let head = s.prefix(10)
        let isISO = head.count == 10 && head.enumerated().allSatisfy { i, c in (i == 4 || i == 7) ? c == "-" : c.isNumber }
        return isISO ? String(head) : s
    }
}
