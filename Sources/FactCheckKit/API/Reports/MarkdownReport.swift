/// The Markdown report: a summary table, then each claim with per-source verdicts and linked quotes.
struct MarkdownReport {
    let report: Report

    func render() -> String {
        var o: [String] = ["# FactCheck report", ""]
        let t = report.totals
        o.append("factcheck \(FactCheckVersion.current) · \(report.date) · \(t.claims) claims over \(report.sources.count) sources: "
                 + "\(t.supported) supported, \(t.contradicted) contradicted, \(t.disputed) disputed, \(t.unverified) unverified"
                 + (t.expectationsMet + t.expectationsFailed > 0 ? " · expectations \(t.expectationsMet) met, \(t.expectationsFailed) failed" : ""))
        o += ["", "## Sources", "", "| Short id | Title | Outlet | Published | File id | SHA-256 |", "|---|---|---|---|---|---|"]
        for s in report.sources {
            o.append("| \(short(s.id)) | \(cell(s.title)) | \(cell(s.outlet ?? "—")) | \(s.published?.description ?? "—") | \(cell(s.id)) | `\(s.sha256)` |")
        }
        o += ["", inline(report.locatorLegend(withColumn: false))]
        o += ["", "## Summary", "", "| # | Claim | Verdict | Agreeing | Conflicting |", "|---|---|---|---|---|"]
        for (i, c) in report.claims.enumerated() {
            let agree = c.result.sources.filter { $0.verdict == .agreement }.map { short($0.sourceID) }.joined(separator: ", ")
            let conflict = c.result.sources.filter { $0.verdict == .conflict }.map { short($0.sourceID) }.joined(separator: ", ")
            o.append("| \(i + 1) | \(cell(c.entry.text)) | **\(c.result.summary.rawValue)** | \(agree) | \(conflict) |")
        }
        o += ["", "## Claims"]
        let docs = Dictionary(report.sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for (i, c) in report.claims.enumerated() {
            o += ["", "### \(i + 1). \(inline(c.entry.text))", ""]
            var meta = "**\(c.result.summary.rawValue)**"
            if !c.entry.file.isEmpty { meta += " · `\(c.entry.file):\(c.entry.line)`" }
            if let e = c.expectation { meta += e.met ? " · expectation met" : " · **expectation failed**: " + e.failures.map(inline).joined(separator: "; ") }
            o += [meta, ""]
            for sv in c.result.sources {
                o.append("- **\(short(sv.sourceID))**, \(inline(report.names.title(sv.sourceID))): \(sv.verdict.rawValue) — \(inline(sv.reasonDetail))")
                for cite in sv.citations {
                    o.append("  > \(inline(cite.sentence)) ([\(inline(report.names.place(cite)))](\(link(cite, docs[cite.sourceID]))))")
                }
            }
        }
        if !report.errors.isEmpty {
            o += ["", "## Errors", ""] + report.errors.map { "- " + inline($0.description) }
        }
        return o.joined(separator: "\n") + "\n"
    }

    private func short(_ id: String) -> String { inline(report.names.short(id)) }

    private func cell(_ s: String) -> String { inline(s) }

    /// Escapes Markdown syntax (tables, links, emphasis, HTML) so article text stays text.
    func inline(_ s: String) -> String { Escaping.markdown(s) }

    /// The source file at the citation: its line (`#L13`, as code hosts and editors read it), a PDF's page
    /// (`#page=2`, as PDF viewers read it) or a web page's sentence (a text fragment, as browsers read it).
    private func link(_ c: Citation, _ doc: SourceDocument?) -> String {
        guard let doc else { return linkTarget(c.sourceID) + "#L\(c.line)" }
        switch doc.format {
        case .html: return linkTarget(doc.path) + (doc.textFragment(for: c.sentence) ?? "")
        case .pdf: return linkTarget(doc.path) + "#page=\(doc.page(ofLine: c.line) ?? 1)"
        case .text, .markdown: return linkTarget(doc.path) + "#L\(c.line)"
        }
    }

    private func linkTarget(_ path: String) -> String {
        path.replacingOccurrences(of: " ", with: "%20").replacingOccurrences(of: "(", with: "%28").replacingOccurrences(of: ")", with: "%29")
    }
}
