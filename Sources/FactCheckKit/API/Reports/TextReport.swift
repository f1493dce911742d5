/// The text report: where it came from (tool, date, each source with its SHA-256), each claim in the shell's
/// layout, then the totals and every unmet expectation.
struct TextReport {
    let report: Report
    let renderer: TextRenderer
    let explain: Bool

    func render() -> String {
        var out = ["FactCheck report · factcheck \(FactCheckVersion.current) · \(report.date)", "", "Sources:"]
        let width = report.sources.map { report.names.short($0.id).count }.max() ?? 0
        for s in report.sources {
            let short = report.names.short(s.id)
            out.append("  " + short.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + TextSafety.visible(report.names.title(s.id)))
            out.append("  " + String(repeating: " ", count: width) + "  " + TextSafety.visible(s.id) + "  sha256 " + s.sha256)
        }
        out += [report.locatorLegend(withColumn: false), ""]
        for c in report.claims {
            out.append("── \(TextSafety.visible(c.entry.text))" + (c.entry.file.isEmpty ? "" : "  (\(c.entry.file):\(c.entry.line))"))
            out.append(renderer.render(c.result, explain: explain))
            if let e = c.expectation, !e.met {
                out += e.failures.map { "✗ \(c.entry.file):\(c.entry.line): \(TextSafety.visible($0))" }
            }
            out.append("")
        }
        let t = report.totals
        out.append(t.verdictLine)
        if let line = t.expectationLine {
            out.append(line)
            for c in report.claims where c.expectation?.met == false {
                out.append("  failed: \(c.entry.file):\(c.entry.line)  \(TextSafety.visible(c.entry.text))")
            }
        }
        for e in report.errors { out.append("error: \(TextSafety.visible(e.description))") }
        return out.joined(separator: "\n")
    }
}
