import Foundation

/// The draft in Markdown: the summary, then every sentence in order with its verdict and each part's citations.
struct DraftMarkdownReport {
    let report: DraftReport

    func render() -> String {
        let r = report.result, m = Escaping.markdown
        var o = ["# Draft check: \(m((r.draft.path as NSString).lastPathComponent))", ""]
        o.append("**\(r.totals.line)**" + (r.totals.notClaims > 0 ? " · \(r.totals.notClaims) not factual claims" : ""))
        o += ["", "factcheck \(FactCheckVersion.current) · \(report.date) · draft SHA-256 `\(r.draft.sha256)` · sources: "
              + r.corpus.documents.map { "\(m($0.id)) (`\($0.sha256.prefix(12))…`)" }.joined(separator: ", "), ""]
        let paths = Dictionary(r.corpus.documents.map { ($0.id, $0.path) }, uniquingKeysWith: { a, _ in a })
        for s in r.sentences {
            let place = "\(s.sentence.line):\(s.sentence.column)"
            guard s.role.isClaim else {
                o.append("- `\(place)` *\(s.label)* — \(m(s.sentence.plain))")
                continue
            }
            o.append("- `\(place)` **\(s.label)** — \(m(s.sentence.plain))")
            for p in s.parts {
                if s.parts.count > 1 || p.isQuote { o.append("  - \(p.isQuote ? "quote" : "part") “\(m(p.text))” ⇒ **\(p.result.summary.rawValue)**") }
                let indent = s.parts.count > 1 || p.isQuote ? "    " : "  "
                for sv in p.result.sources {
                    o.append("\(indent)- \(m(report.short(sv.sourceID))) \(sv.verdict.rawValue) — \(m(sv.reason))")
                    for c in sv.citations {
                        let path = (paths[c.sourceID] ?? c.sourceID).replacingOccurrences(of: " ", with: "%20").replacingOccurrences(of: "(", with: "%28").replacingOccurrences(of: ")", with: "%29")
                        o.append("\(indent)  > \(m(c.sentence)) ([\(m(report.short.place(c)))](\(path)#L\(c.line)))")
                    }
                }
            }
        }
        return o.joined(separator: "\n") + "\n"
    }

}
