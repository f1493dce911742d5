import Foundation

/// The draft as its reader will see it, each checked sentence marked by verdict and numbered, with its
/// citations beside its paragraph; a citation links to the source sentence, shown in context at the end.
/// One self-contained page: inline CSS, no scripts, every text escaped.
struct DraftHTMLReport {
    let report: DraftReport

    /// Longest quote shown in the margin; the full sentence is in the sources section.
    static let marginQuote = 90

    func render() -> String {
        let r = report.result, e = Escaping.html, t = r.totals
        var o = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Draft check: \(e((r.draft.path as NSString).lastPathComponent))</title>
        <style>
        body{font:16px/1.6 Georgia,'Times New Roman',serif;color:#222;margin:0;background:#fbfaf7}
        main{max-width:1180px;margin:0 auto;padding:1.5em 2em 4em}
        header{font-family:system-ui,sans-serif;border-bottom:1px solid #ddd;padding-bottom:1em;margin-bottom:1.5em}
        header h1{font-size:1.15em;margin:0 0 .3em;font-weight:600}.meta{color:#777;font-size:.8em}
        .counts{font-size:1.05em;margin:.4em 0}.counts b{padding:.05em .45em;border-radius:4px;margin-right:.2em}
        .attn{font-family:system-ui,sans-serif;font-size:.85em;margin:.6em 0 0;padding:0;list-style:none}.attn li{margin:.15em 0}
        .row{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:2.2em;margin:0 0 1.1em}
        .row p{margin:0}.row h2{margin:.4em 0 0;font-size:1.6em;line-height:1.25}
        .margin{font:13px/1.45 system-ui,sans-serif;color:#444}
        .s{border-radius:3px;padding:.05em 0}.s sup{font:600 10px system-ui,sans-serif;margin-left:.15em;color:#555}
        .s.supported{background:#e3f4e5;box-shadow:inset 0 -2px #5aa865}.s.contradicted{background:#fbe1e1;box-shadow:inset 0 -2px #c23b3b}
        .s.disputed{background:#fff1cc;box-shadow:inset 0 -2px #d19a00}.s.unverified{box-shadow:inset 0 -2px #aaa;background:#f1f1f1}
        .s.not-a-claim{color:#555}
        .note{border-left:3px solid #ccc;padding:.15em 0 .15em .7em;margin:0 0 .7em}.note.supported{border-color:#5aa865}
        .note.contradicted{border-color:#c23b3b}.note.disputed{border-color:#d19a00}.note.not-a-claim{border-color:#e2e2e2;color:#999}
        .v{font-weight:600;border-radius:3px;padding:0 .35em;white-space:nowrap}
        .supported .v,.v.supported,b.supported{background:#dff3e1;color:#165c22}.contradicted .v,.v.contradicted,b.contradicted{background:#fadede;color:#8a1616}
        .disputed .v,.v.disputed,b.disputed{background:#fff0c9;color:#7a5600}.unverified .v,.v.unverified,b.unverified{background:#eee;color:#555}
        .note ul{margin:.2em 0 0;padding:0;list-style:none}.note li{margin:.15em 0}
        .src{font-weight:600;color:#333}.agreement .src{color:#165c22}.conflict .src{color:#8a1616}.absence .src{color:#888}
        .why{color:#8a1616}.dim{color:#888}.part{color:#555;font-style:italic}
        a{color:inherit}.margin a{text-decoration:none;border-bottom:1px dotted #999}
        #sources{font-family:system-ui,sans-serif;font-size:.85em;border-top:1px solid #ddd;margin-top:2.5em}
        #sources blockquote{margin:.5em 0;padding:.4em .8em;border-left:3px solid #bbb;background:#fff}
        #sources blockquote:target{border-color:#3a6ea5;background:#eef4fb}.ctx{color:#999}
        </style></head><body><main>
        <header><h1>Draft check · \(e(r.draft.path))</h1>
        <div class="counts">\(t.sentences) sentences, \(t.claims) claims:
        <b class="supported">\(t.supported) supported</b> <b class="contradicted">\(t.contradicted) contradicted</b>
        <b class="disputed">\(t.disputed) disputed</b> <b class="unverified">\(t.unverified) unverified</b>
        <span class="dim">· \(t.notClaims) not factual claims</span></div>

        """
        let attention = r.sentences.filter { $0.verdict == .contradicted || $0.verdict == .disputed }
        if !attention.isEmpty {
            o += "<ul class=\"attn\">" + attention.map { s in
                "<li><span class=\"v \(s.verdictKey)\">\(s.label)</span> <a href=\"#s\(s.sentence.index + 1)\">\(s.sentence.index + 1). \(e(clip(s.sentence.plain, 120)))</a></li>"
            }.joined() + "</ul>\n"
        }
        o += "<p class=\"meta\">factcheck \(e(FactCheckVersion.current)) · \(e(report.date)) · draft SHA-256 \(e(String(r.draft.sha256.prefix(16))))… · "
        o += "checked against " + r.corpus.documents.map { "\(e(report.short($0.id))) “\(e($0.title))”" }.joined(separator: ", ") + "</p></header>\n"

        for block in blocks(r) {
            let text = block.map(sentenceHTML).joined(separator: " ")
            let isHeading = block.first?.sentence.isHeading == true
            o += "<div class=\"row\">" + (isHeading ? "<h2>\(text)</h2>" : "<p>\(text)</p>")
            o += "<div class=\"margin\">" + block.filter { $0.role.isClaim || !$0.sentence.isHeading }.map(note).joined() + "</div></div>\n"
        }
        o += sourcesSection(r)
        return o + "</main></body></html>\n"
    }

    /// Paragraphs as written: sentences split by blank lines, a heading on its own.
    private func blocks(_ r: DraftResult) -> [[CheckedDraftSentence]] {
        var blocks: [[CheckedDraftSentence]] = []
        var lastLine = -1
        for s in r.sentences {
            let gap = lastLine >= 0 && lastLine + 1 < s.sentence.line
                && ((lastLine + 1)..<s.sentence.line).contains { r.draft.lines[$0 - 1].trimmingWhitespace().isEmpty }
            if blocks.isEmpty || gap || s.sentence.isHeading || blocks.last?.last?.sentence.isHeading == true { blocks.append([s]) } else { blocks[blocks.count - 1].append(s) }
            lastLine = s.sentence.line + s.sentence.text.filter { $0 == "\n" }.count
        }
        return blocks
    }

    private func sentenceHTML(_ s: CheckedDraftSentence) -> String {
        let n = s.sentence.index + 1
        let sup = s.role.isClaim ? "<sup>\(n)</sup>" : ""
        return "<span class=\"s \(s.verdictKey)\" id=\"s\(n)\" title=\"\(Escaping.html(s.label))\">\(Escaping.html(s.sentence.plain))\(sup)</span>"
    }

    /// The margin note: number, verdict, then per part each source that says something, with a link to the sentence.
    private func note(_ s: CheckedDraftSentence) -> String {
        let e = Escaping.html
        guard s.role.isClaim else { return "<div class=\"note not-a-claim\">\(e(s.label))</div>" }
        var o = "<div class=\"note \(s.verdictKey)\"><b>\(s.sentence.index + 1)</b> <span class=\"v\">\(s.label)</span><ul>"
        for p in s.parts {
            if s.parts.count > 1 || p.isQuote {
                o += "<li class=\"part\">\(p.isQuote ? "quote" : "part") “\(e(clip(p.text, 80)))” <span class=\"v \(p.result.summary.rawValue)\">\(p.result.summary.rawValue)</span></li>"
            }
            // Per source one quoted sentence (the rest as line links); sources that say nothing on one line.
            for sv in p.result.sources where !sv.citations.isEmpty {
                let first = sv.citations[0]
                o += "<li class=\"\(sv.verdict.rawValue)\"><span class=\"src\">\(e(report.short(sv.sourceID)))</span> "
                o += "<a href=\"#\(anchor(first))\">:\(e(report.short.names.locator(first))) “\(e(clip(first.sentence, Self.marginQuote)))”</a>"
                o += sv.citations.dropFirst().map { " <a href=\"#\(anchor($0))\">:\(e(report.short.names.locator($0)))</a>" }.joined()
                switch sv.verdict {
                case .conflict: o += " <span class=\"why\">\(e(sv.reason))</span>"
                case .absence: o += " <span class=\"dim\">\(e(sv.reason))</span>"
                case .agreement: break
                }
                o += "</li>"
            }
            let silent = p.result.sources.filter(\.citations.isEmpty).map { report.short($0.sourceID) }
            if !silent.isEmpty { o += "<li class=\"absence dim\">nothing on this in \(e(silent.joined(separator: ", ")))</li>" }
        }
        return o + "</ul></div>"
    }

    /// Every cited sentence once, between its neighbours, as the target of the margin's links.
    private func sourcesSection(_ r: DraftResult) -> String {
        let e = Escaping.html
        var seen: Set<String> = []
        var cited: [Citation] = []
        for s in r.sentences { for p in s.parts { for sv in p.result.sources { for c in sv.citations where seen.insert(anchor(c)).inserted { cited.append(c) } } } }
        let order = Dictionary(r.corpus.documents.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        cited.sort { (order[$0.sourceID] ?? 0, $0.line, $0.column) < (order[$1.sourceID] ?? 0, $1.line, $1.column) }
        var o = "<section id=\"sources\"><h2>Cited source sentences</h2>\n"
        for c in cited {
            let doc = r.corpus.documents.first { $0.id == c.sourceID }
            o += "<blockquote id=\"\(anchor(c))\">\(context(c, doc))<div class=\"meta\">\(e(report.short.names.place(c, column: true))) · \(e(doc?.title ?? ""))</div></blockquote>\n"
        }
        return o + "</section>\n"
    }

    private func context(_ c: Citation, _ doc: SourceDocument?) -> String {
        let e = Escaping.html
        guard let doc, let i = doc.sentences.firstIndex(where: { $0.line == c.line && $0.column == c.column }) else { return "<b>\(e(c.sentence))</b>" }
        let before = i > 0 && doc.sentences[i - 1].isCitable ? "<span class=\"ctx\">\(e(doc.sentences[i - 1].text))</span> " : ""
        let after = i + 1 < doc.sentences.count && doc.sentences[i + 1].isCitable ? " <span class=\"ctx\">\(e(doc.sentences[i + 1].text))</span>" : ""
        return before + "<b>\(e(c.sentence))</b>" + after
    }

    private func anchor(_ c: Citation) -> String {
        "src-" + String(c.sourceID.map { $0.isLetter || $0.isNumber ? $0 : "-" }) + "-\(c.line)-\(c.column)"
    }


    private func clip(_ s: String, _ n: Int) -> String {
        let flat = s.replacingOccurrences(of: "\n", with: " ")
        return flat.count <= n ? flat : String(flat.prefix(n - 1)) + "…"
    }
}
