/// What FactCheck reads from one source file, for `factcheck extract` and the extraction benchmark.
public enum SourceExtract {
    /// Reads one file as the corpus would (any format), up to its text; or says in one line why it cannot.
    public static func read(path: String) -> Result<SourceText, LoadIssue> {
        DocumentLoader.read(path: path)
    }

    /// The text citations point into: front matter (title, published, author, outlet, url) and then the
    /// article, one paragraph per line, so `sed -n 14p` shows line 14. A PDF's pages are marked
    /// `--- p.2 ---`, since its citations name page and line. With `verbose`, what was set aside follows.
    public static func render(_ source: SourceText, verbose: Bool) -> String {
        var out: [String] = []
        var lines = source.text.fileLines
        if lines.last == "" { lines.removeLast() }   // the final newline ends the last line; it is not a line
        for (i, line) in lines.enumerated() {
            if let page = source.pageStarts.firstIndex(of: i + 1) { out.append("--- p.\(page + 1) ---") }
            out.append(TextSafety.visible(line))
        }
        if verbose {
            out.append("")
            out.append("set aside (\(source.setAside.count) blocks):")
            for block in source.setAside {
                let page = block.page.map { "p.\($0) " } ?? ""
                out.append("  \(page)\(block.summary)")
            }
        }
        return out.joined(separator: "\n")
    }
}
