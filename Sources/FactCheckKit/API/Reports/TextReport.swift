/// The text report: each claim in the shell's layout, then the totals and every unmet expectation.
struct TextReport {
    let report: Report
    let renderer: TextRenderer
    let explain: Bool

    func render() -> String {
        var out: [String] = []
        for c in report.claims {
            out.append("── \(TextSafety.visible(c.entry.text))" + (c.entry.file.isEmpty ? "" : "  (\(c.entry.file):\(c.entry.line))"))
            out.append(renderer.render(c.result, explain: explain))
            if let e = c.expectation, !e.met {
                out += e.failures.map { "✗ \(c.entry.file):\(c.entry.line): \(TextSafety.visible($0))" }
            }
            out.append("")
        }
        let t = report.totals
        out.append("\(t.claims) claims: \(t.supported) supported, \(t.contradicted) contradicted, \(t.disputed) disputed, \(t.unverified) unverified")
        if t.expectationsMet + t.expectationsFailed > 0 {
            out.append("expectations: \(t.expectationsMet) met, \(t.expectationsFailed) failed")
            for c in report.claims where c.expectation?.met == false {
                out.append("  failed: \(c.entry.file):\(c.entry.line)  \(TextSafety.visible(c.entry.text))")
            }
        }
        for e in report.errors { out.append("error: \(TextSafety.visible(e.description))") }
        return out.joined(separator: "\n")
    }
}
