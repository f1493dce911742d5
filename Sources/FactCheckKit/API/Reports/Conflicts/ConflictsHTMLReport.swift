/// Conflicts and corroboration on one self-contained page (inline CSS, no scripts, every text escaped).
struct ConflictsHTMLReport {
    let report: ConflictsReport

    func render() -> String {
        let r = report.result, e = Escaping.html
        var o = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Where the sources disagree</title>
        <style>
        body{font:15px/1.5 system-ui,sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;color:#222}
        section{border:1px solid #ddd;border-radius:6px;margin:.8em 0;padding:.3em 1em}.place{font-weight:600;color:#555;margin-right:.4em}
        .why{color:#8a1616}.ok{color:#165c22}.dim{color:#888}li{margin:.2em 0}
        </style></head><body><h1>Where the sources disagree</h1><p>\(e(report.summaryLine))</p><h2>What the sources say, by topic</h2>

        """
        for t in r.topics {
            o += "<section><h3>\(e(t.topic))</h3><ul>" + t.entries.map { x in
                "<li><span class=\"place\">\(e(report.short.place(x.statement)))</span>\(x.isProspect ? "<span class=\"dim\">hedged</span> " : "")“\(e(x.fact))”"
                    + (x.confirmedBy.isEmpty ? "" : " <span class=\"ok\">✓ \(e(report.short.places(x.confirmedBy)))</span>")
                    + (x.contradictedBy.isEmpty ? "" : " <span class=\"why\">✗ \(e(report.short.places(x.contradictedBy)))</span>") + "</li>"
            }.joined() + "</ul></section>\n"
        }
        o += "<h2>Conflicts</h2>\n"
        for g in r.groups {
            o += "<section><h3>\(e(g.topic))</h3><ul>" + g.statements.map { "<li><span class=\"place\">\(e(report.short.place($0)))</span>\(e($0.sentence))</li>" }.joined() + "</ul><ul>"
            o += g.disagreements.map { "<li class=\"why\">✗ \(e(report.short.place($0.statement))) vs \(e($0.evidence.map(report.short.place).joined(separator: "+"))): \(e($0.reason))</li>" }.joined()
            o += "</ul></section>\n"
        }
        o += "<h2>Corroboration</h2>\n"
        for s in r.corroboration {
            o += "<section><h3>\(e(s.sourceID)): \(s.confirmed.count) confirmed, \(s.alone.count) stand alone</h3><ul>"
            o += s.confirmed.map { "<li class=\"ok\">✓ <span class=\"place\">\(e(report.short.place($0.statement)))</span>\(e($0.statement.sentence)) <span class=\"dim\">also \(e($0.by.map(report.short.place).joined(separator: ", ")))</span></li>" }.joined()
            o += s.alone.map { "<li>· <span class=\"place\">\(e(report.short.place($0)))</span>\(e($0.sentence)) <span class=\"dim\">only here</span></li>" }.joined()
            o += "</ul></section>\n"
        }
        return o + "</body></html>\n"
    }
}
