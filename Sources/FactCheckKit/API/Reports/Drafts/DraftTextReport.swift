/// The draft in the shell's layout: each sentence with its verdict, each part's per-source verdicts, then the totals.
struct DraftTextReport {
    let report: DraftReport
    let renderer: TextRenderer

    func render() -> String {
        let r = report.result
        var out = ["draft \(TextSafety.visible(r.draft.path)): \(r.totals.line)", ""]
        for s in r.sentences {
            let place = "\(s.sentence.line):\(s.sentence.column)"
            out += renderer.wrap("── \(place) \(s.label.uppercased()) — \(TextSafety.visible(s.sentence.plain))", indent: 0)
            let numbered = s.parts.count > 1 || s.parts.contains(where: \.isQuote)
            for (n, p) in s.parts.enumerated() {
                if numbered { out.append("   \(p.isQuote ? "quote" : "part \(n + 1)"): “\(TextSafety.visible(p.text))”") }
                out.append(renderer.render(p.result))
            }
            out.append("")
        }
        out.append(r.totals.line + (r.totals.notClaims > 0 ? "; \(r.totals.notClaims) not factual claims" : ""))
        return out.joined(separator: "\n")
    }
}
