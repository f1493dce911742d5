/// The JSON report, written by hand so keys keep the documented order.
struct JSONReport {
    let report: Report

    func render() -> String {
        var o = "{\n"
        o += "  \"tool\": \"factcheck\",\n  \"version\": \(q(FactCheckVersion.current)),\n  \"date\": \(q(report.date)),\n"
        o += ReportStamp.jsonCorpus(report.sources, names: report.names)
        o += "  \"claims\": [\n"
        o += report.claims.map(claim).joined(separator: ",\n")
        let t = report.totals
        o += "\n  ],\n  \"summary\": {\"claims\": \(t.claims), \"supported\": \(t.supported), \"contradicted\": \(t.contradicted), "
        o += "\"disputed\": \(t.disputed), \"unverified\": \(t.unverified), \"expectations_failed\": \(t.expectationsFailed)}\n}\n"
        return o
    }

    private func claim(_ c: CheckedClaim) -> String {
        var o = "    {\"text\": \(q(c.entry.text)), \"file\": \(c.entry.file.isEmpty ? "null" : q(c.entry.file)), \"line\": \(c.entry.line),\n"
        o += "      \"verdict\": \(q(c.result.summary.rawValue)),\n      \"sources\": [\n"
        o += c.result.sources.map { sv in
            // `place` is where a reader finds it: the line, or a PDF's page and line on it (`p.2:14`).
            let cites = sv.citations.map { "{\"line\": \($0.line), \"column\": \($0.column), \"place\": \(q(report.names.locator($0))), \"sentence\": \(q($0.sentence))}" }.joined(separator: ", ")
            let model = sv.modelProbabilities.map { p in
                ", \"model\": {\"agreement\": \(score(Double(p[0]))), \"conflict\": \(score(Double(p[1]))), \"absence\": \(score(Double(p[2])))}"
            } ?? ""
            return "        {\"source\": \(q(sv.sourceID)), \"verdict\": \(q(sv.verdict.rawValue)), \"decided_by\": \(q(sv.decidedBy.rawValue)), \"score\": \(score(sv.score)), \"reason\": \(q(sv.reason)), \"citations\": [\(cites)]\(model)}"
        }.joined(separator: ",\n")
        o += "\n      ],\n      \"expectation\": "
        if let e = c.expectation {
            o += "{\"met\": \(e.met), \"expected\": \(q(e.expected))}"
        } else {
            o += "null"
        }
        return o + "}"
    }

    private func score(_ s: Double) -> String {
        let r = (s * 100).rounded() / 100
        return r == r.rounded() ? String(Int(r)) + ".0" : String(r)
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    func q(_ s: String) -> String { Escaping.json(s) }
}
