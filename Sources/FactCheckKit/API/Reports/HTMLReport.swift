import Foundation

/// One self-contained HTML page: inline CSS, one inline script for "expand all", no network; every text escaped.
/// The first claim is open; the button shows only where scripts run; each claim opens on a click either way.
struct HTMLReport {
    let report: Report

    func render() -> String {
        let t = report.totals
        var o = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>FactCheck report</title>
        <style>
        body{font:15px/1.5 system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
        table{border-collapse:collapse;width:100%;margin:1em 0}th,td{border-bottom:1px solid #ddd;padding:.35em .5em;text-align:left;vertical-align:top}
        th{background:#f4f4f4}.v{font-weight:600;border-radius:4px;padding:.05em .45em;white-space:nowrap}
        .agreement,.supported{background:#dff3e1;color:#165c22}.conflict,.contradicted{background:#fadede;color:#8a1616}
        .disputed{background:#fff0c9;color:#7a5600}.absence,.unverified{background:#eee;color:#555}
        details{border:1px solid #ddd;border-radius:6px;margin:.6em 0;padding:.4em .8em}summary{cursor:pointer}
        blockquote{margin:.3em 0 .3em 1em;padding:.2em .8em;border-left:3px solid #bbb;background:#fafafa}
        .ctx{color:#888}.src{color:#666;font-size:.9em}button{font:inherit;margin:.2em 0}.reason{color:#444}.meta{color:#666;font-size:.9em}code{font-size:.85em}.fail{color:#8a1616;font-weight:600}
        </style></head><body>
        <h1>FactCheck report</h1>
        <p class="meta">factcheck \(e(FactCheckVersion.current)) · \(e(report.date)) · \(t.claims) claims over \(report.sources.count) sources:
        \(t.supported) supported, \(t.contradicted) contradicted, \(t.disputed) disputed, \(t.unverified) unverified\(t.expectationsMet + t.expectationsFailed > 0 ? " · expectations \(t.expectationsMet) met, \(t.expectationsFailed) failed" : "")</p>
        <h2>Sources</h2><table><tr><th>Short id</th><th>Title</th><th>Outlet</th><th>Published</th><th>File id</th><th>SHA-256</th></tr>

        """
        for s in report.sources {
            o += "<tr><td>\(e(short(s.id)))</td><td>\(e(s.title))</td><td>\(e(s.outlet ?? "—"))</td><td>\(e(s.published?.description ?? "—"))</td>"
            o += "<td>\(e(s.id))</td><td><code>\(e(s.sha256))</code></td></tr>\n"
        }
        o += "</table>\n<h2>Summary</h2><table><tr><th>#</th><th>Claim</th><th>Verdict</th>"
        o += report.sources.map { "<th>\(e(short($0.id)))</th>" }.joined() + "</tr>\n"
        for (i, c) in report.claims.enumerated() {
            o += "<tr><td><a href=\"#c\(i + 1)\">\(i + 1)</a></td><td>\(e(c.entry.text))</td><td><span class=\"v \(c.result.summary.rawValue)\">\(c.result.summary.rawValue)</span></td>"
            o += c.result.sources.map { "<td><span class=\"v \($0.verdict.rawValue)\">\($0.verdict.rawValue)</span></td>" }.joined() + "</tr>\n"
        }
        o += "</table>\n<h2>Claims</h2>\n<p class=\"meta\">\(e(report.locatorLegend(withColumn: true)))</p>\n"
        o += "<p><button type=\"button\" id=\"expand-all\" hidden>Expand all</button></p>\n"
        o += "<script>var b=document.getElementById('expand-all');b.hidden=false;b.onclick=function(){var d=document.querySelectorAll('details'),"
            + "o=![].every.call(d,function(x){return x.open});d.forEach(function(x){x.open=o});this.textContent=o?'Collapse all':'Expand all'}</script>\n"
        let docs = Dictionary(report.sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for (i, c) in report.claims.enumerated() {
            o += "<details id=\"c\(i + 1)\"\(i == 0 ? " open" : "")><summary><span class=\"v \(c.result.summary.rawValue)\">\(c.result.summary.rawValue)</span> \(i + 1). \(e(c.entry.text))</summary>\n"
            if !c.entry.file.isEmpty { o += "<p class=\"meta\">\(e(c.entry.file)):\(c.entry.line)</p>\n" }
            if let x = c.expectation {
                o += x.met ? "<p class=\"meta\">expectation met: \(e(x.expected))</p>\n" : "<p class=\"fail\">expectation failed: \(e(x.failures.joined(separator: "; ")))</p>\n"
            }
            for sv in c.result.sources {
                o += "<p><span class=\"v \(sv.verdict.rawValue)\">\(sv.verdict.rawValue)</span> <b>\(e(short(sv.sourceID)))</b> <span class=\"src\">\(e(report.names.title(sv.sourceID)))</span> <span class=\"reason\">\(e(sv.reasonDetail))</span></p>\n"
                for cite in sv.citations {
                    o += "<blockquote>\(context(cite, docs[cite.sourceID]))<div class=\"meta\">\(place(cite, docs[cite.sourceID]))</div></blockquote>\n"
                }
            }
            o += "</details>\n"
        }
        if !report.errors.isEmpty {
            o += "<h2>Errors</h2><ul>" + report.errors.map { "<li>\(e($0.description))</li>" }.joined() + "</ul>\n"
        }
        return o + "</body></html>\n"
    }

    /// `000:13:153`; for a saved web page, a link that opens the page in a browser at the quoted sentence.
    private func place(_ c: Citation, _ doc: SourceDocument?) -> String {
        let text = e(report.names.place(c, column: true))
        guard let doc, let fragment = doc.textFragment(for: c.sentence) else { return text }
        let href = URL(fileURLWithPath: doc.path).absoluteString + fragment
        return "<a href=\"\(e(href))\" title=\"open the saved page at this sentence\">\(text)</a>"
    }

    /// The cited sentence in bold between its neighbours, dimmed.
    private func context(_ c: Citation, _ doc: SourceDocument?) -> String {
        guard let doc, let i = doc.sentences.firstIndex(where: { $0.line == c.line && $0.column == c.column }) else { return "<b>\(e(c.sentence))</b>" }
        let before = i > 0 && doc.sentences[i - 1].isCitable ? "<span class=\"ctx\">\(e(doc.sentences[i - 1].text))</span> " : ""
        let after = i + 1 < doc.sentences.count && doc.sentences[i + 1].isCitable ? " <span class=\"ctx\">\(e(doc.sentences[i + 1].text))</span>" : ""
        return before + "<b>\(e(c.sentence))</b>" + after
    }

    private func short(_ id: String) -> String { report.names.short(id) }

    /// Escapes text for HTML element content and attribute values.
    func e(_ s: String) -> String { Escaping.html(s) }
}
