/// Conflicts by topic and each source's corroboration, in Markdown.
struct ConflictsMarkdownReport {
    let report: ConflictsReport

    func render() -> String {
        let r = report.result, m = Escaping.markdown
        var o = ["# Where the sources disagree", "", m(report.summaryLine), "", "factcheck \(FactCheckVersion.current) · \(report.date) · "
                 + r.corpus.documents.map { "\(m($0.id)) (`\($0.sha256.prefix(12))…`)" }.joined(separator: ", "), "", "## What the sources say, by topic"]
        for t in r.topics {
            o += ["", "### \(m(t.topic))", ""]
            for e in t.entries {
                var line = "- **\(m(report.short.place(e.statement)))** \(e.isProspect ? "hedged" : "states") “\(m(e.fact))”"
                if !e.confirmedBy.isEmpty { line += " — ✓ confirmed by \(m(report.short.places(e.confirmedBy)))" }
                if !e.contradictedBy.isEmpty { line += " — ✗ contradicted by \(m(report.short.places(e.contradictedBy)))" }
                o.append(line)
            }
        }
        o += ["", "## Conflicts"]
        if r.groups.isEmpty { o += ["", "None found."] }
        for g in r.groups {
            o += ["", "### \(m(g.topic))", ""]
            for c in g.statements { o.append("- **\(m(report.short.place(c)))** \(m(c.sentence))") }
            o.append("")
            for d in g.disagreements { o.append("- ✗ \(m(report.short.place(d.statement))) vs \(m(d.evidence.map(report.short.place).joined(separator: "+"))): \(m(d.reason))") }
        }
        o += ["", "## Corroboration"]
        for s in r.corroboration {
            o += ["", "### \(m(s.sourceID)): \(s.confirmed.count) confirmed, \(s.alone.count) stand alone", ""]
            for c in s.confirmed { o.append("- ✓ \(m(report.short.place(c.statement))) \(m(c.statement.sentence)) — also \(m(c.by.map(report.short.place).joined(separator: ", ")))") }
            for c in s.alone { o.append("- · \(m(report.short.place(c))) \(m(c.sentence)) — only here") }
        }
        return o.joined(separator: "\n") + "\n"
    }
}
