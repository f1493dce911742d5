/// Conflicts by topic, each sentence quoted with its place and each pair's reason; then each source's corroboration.
struct ConflictsTextReport {
    let report: ConflictsReport
    let renderer: TextRenderer

    func render() -> String {
        let r = report.result, v = TextSafety.visible
        var out = [report.summaryLine, "", "What the sources say, by topic (✓ confirmed by, ✗ contradicted by)"]
        for t in r.topics {
            out += ["", "● \(v(t.topic))"]
            for e in t.entries {
                var line = "\(report.short.place(e.statement)) \(e.isProspect ? "hedged" : "states") “\(v(e.fact))”"
                if !e.confirmedBy.isEmpty { line += " ✓ \(report.short.places(e.confirmedBy))" }
                if !e.contradictedBy.isEmpty { line += " ✗ \(report.short.places(e.contradictedBy))" }
                out += renderer.wrap(line, indent: 4)
            }
        }
        out += ["", "Conflicts"]
        if r.groups.isEmpty { out.append("  none found") }
        for g in r.groups {
            out.append("")
            out.append("● \(v(g.topic))")
            for c in g.statements { out += renderer.wrap("\(report.short.place(c)) “\(v(c.sentence.replacingOccurrences(of: "\n", with: " ")))”", indent: 4) }
            for d in g.disagreements {
                out += renderer.wrap("✗ \(report.short.place(d.statement)) vs \(d.evidence.map(report.short.place).joined(separator: "+")): \(v(d.reason))", indent: 4)
            }
        }
        out += ["", "Corroboration"]
        for s in r.corroboration {
            out.append("")
            out.append("\(s.sourceID): \(s.confirmed.count) confirmed by another source, \(s.alone.count) stand alone")
            for c in s.confirmed {
                out += renderer.wrap("✓ \(report.short.place(c.statement)) “\(v(clip(c.statement.sentence)))” — also \(c.by.map(report.short.place).joined(separator: ", "))", indent: 4)
            }
            for c in s.alone { out += renderer.wrap("· \(report.short.place(c)) “\(v(clip(c.sentence)))” — only here", indent: 4) }
        }
        return out.joined(separator: "\n")
    }


    private func clip(_ s: String) -> String {
        let flat = s.replacingOccurrences(of: "\n", with: " ")
        return flat.count <= 140 ? flat : String(flat.prefix(139)) + "…"
    }
}
