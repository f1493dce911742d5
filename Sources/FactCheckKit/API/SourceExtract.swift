/// What FactCheck reads from one source file, for `factcheck extract` and the extraction benchmark.
public enum SourceExtract {
    /// Loads one file as the corpus would (any format), or says in one line why it cannot.
    public static func load(path: String) -> Result<(document: SourceDocument, warnings: [LoadIssue]), LoadIssue> {
        DocumentLoader.load(path: path).map { ($0.document, $0.warnings) }
    }

    /// The text citations point into: front matter (title, published, author, outlet, url) and then the
    /// article, one paragraph per line, so `sed -n 14p` shows line 14. A PDF's pages are marked
    /// `--- p.2 ---`, since its citations name page and line. With `verbose`, what was set aside follows.
    public static func render(_ doc: SourceDocument, verbose: Bool) -> String {
        var out: [String] = []
        for (i, line) in doc.lines.enumerated() {
            if let page = doc.pageStarts.firstIndex(of: i + 1) { out.append("--- p.\(page + 1) ---") }
            out.append(TextSafety.visible(line))
        }
        if verbose {
            out.append("")
            out.append("set aside (\(doc.setAside.count) blocks):")
            for block in doc.setAside {
                let page = block.page.map { "p.\($0) " } ?? ""
                out.append("  \(page)[\(block.reason.name)] \(block.reason.explanation): \(TextSafety.visible(TextSafety.clip(block.text, 70)))")
            }
        }
        return out.joined(separator: "\n")
    }
}
