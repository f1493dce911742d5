/// The draft as JSON: each sentence with its offsets in the draft (code points), role, verdict and parts.
struct DraftJSONReport {
    let report: DraftReport

    func render() -> String {
        let r = report.result, q = Escaping.json
        var o = "{\n  \"tool\": \"factcheck\",\n  \"version\": \(q(FactCheckVersion.current)),\n  \"date\": \(q(report.date)),\n"
        o += "  \"draft\": {\"path\": \(q(r.draft.path)), \"sha256\": \(q(r.draft.sha256)), \"offsets\": \"code points in the text with lines joined by \\\\n\"},\n"
        o += ReportStamp.jsonCorpus(r.corpus.documents, names: SourceNames(r.corpus))
        o += "  \"sentences\": [\n"
        o += r.sentences.map(sentence).joined(separator: ",\n")
        let t = r.totals
        o += "\n  ],\n  \"summary\": {\"sentences\": \(t.sentences), \"claims\": \(t.claims), \"supported\": \(t.supported), \"contradicted\": \(t.contradicted), "
        o += "\"disputed\": \(t.disputed), \"unverified\": \(t.unverified), \"not_claims\": \(t.notClaims)}\n}\n"
        return o
    }

    private func sentence(_ s: CheckedDraftSentence) -> String {
        let q = Escaping.json, t = s.sentence
        let role: String, reason: String
        switch s.role {
        case .statement: (role, reason) = ("statement", "null")
        case .quote: (role, reason) = ("quote", "null")
        case .notAClaim(let why): (role, reason) = ("not-a-claim", q(why.rawValue))
        }
        var o = "    {\"index\": \(t.index), \"line\": \(t.line), \"column\": \(t.column), \"start\": \(t.start), \"end\": \(t.end), \"text\": \(q(t.text)),\n"
        o += "      \"role\": \(q(role)), \"not_a_claim\": \(reason), \"verdict\": \(s.verdict.map { q($0.rawValue) } ?? "null"),\n      \"parts\": ["
        o += s.parts.map { p in
            var x = "\n        {\"text\": \(q(p.text)), \"kind\": \(q(p.isQuote ? "quote" : "statement")), \"verdict\": \(q(p.result.summary.rawValue)), \"sources\": [\n"
            x += p.result.sources.map { sv in
                let cites = sv.citations.map { "{\"line\": \($0.line), \"column\": \($0.column), \"sentence\": \(q($0.sentence))}" }.joined(separator: ", ")
                return "          {\"source\": \(q(sv.sourceID)), \"verdict\": \(q(sv.verdict.rawValue)), \"decided_by\": \(q(sv.decidedBy.rawValue)), \"reason\": \(q(sv.reason)), \"citations\": [\(cites)]}"
            }.joined(separator: ",\n")
            return x + "\n        ]}"
        }.joined(separator: ",")
        return o + (s.parts.isEmpty ? "]}" : "\n      ]}")
    }
}
