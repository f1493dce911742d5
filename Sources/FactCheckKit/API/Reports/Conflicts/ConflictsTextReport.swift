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
                var line = "\(shortPlace(e.statement)) \(e.isProspect ? "hedged" : "states") “\(v(e.fact))”"
                if !e.confirmedBy.isEmpty { line += " ✓ \(Self.places(e.confirmedBy))" }
                if !e.contradictedBy.isEmpty { line += " ✗ \(Self.places(e.contradictedBy))" }
                out += renderer.wrap(line, indent: 4)
            }
        }
        out += ["", "Conflicts"]
        if r.groups.isEmpty { out.append("  none found") }
        for g in r.groups {
            out.append("")
            out.append("● \(v(g.topic))")
            for c in g.statements { out += renderer.wrap("\(shortPlace(c)) “\(v(c.sentence.replacingOccurrences(of: "\n", with: " ")))”", indent: 4) }
            for d in g.disagreements {
                out += renderer.wrap("✗ \(shortPlace(d.statement)) vs \(d.evidence.map(shortPlace).joined(separator: "+")): \(v(d.reason))", indent: 4)
            }
        }
        out += ["", "Corroboration"]
        for s in r.corroboration {
            out.append("")
            out.append("\(s.sourceID): \(s.confirmed.count) confirmed by another source, \(s.alone.count) stand alone")
            for c in s.confirmed {
                out += renderer.wrap("✓ \(shortPlace(c.statement)) “\(v(clip(c.statement.sentence)))” — also \(c.by.map(shortPlace).joined(separator: ", "))", indent: 4)
            }
            for c in s.alone { out += renderer.wrap("· \(shortPlace(c)) “\(v(clip(c.sentence)))” — only here", indent: 4) }
        }
        return out.joined(separator: "\n")
    }

    /// `001:5, 001:16` each once, in order.
    static func places(_ cites: [Citation]) -> String {
        var seen: Set<String> = []
        return cites.map(shortPlace).filter { seen.insert($0).inserted }.joined(separator: ", ")
    }

    private func clip(_ s: String) -> String {
        let flat = s.replacingOccurrences(of: "\n", with: " ")
        return flat.count <= 140 ? flat : String(flat.prefix(139)) + "…"
    }
}
