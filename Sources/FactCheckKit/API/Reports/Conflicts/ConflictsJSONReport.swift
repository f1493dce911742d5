/// Conflicts and corroboration as JSON; every sentence with its source, line and column.
struct ConflictsJSONReport {
    let report: ConflictsReport

    func render() -> String {
        let r = report.result, q = Escaping.json
        func cite(_ c: Citation) -> String { "{\"source\": \(q(c.sourceID)), \"line\": \(c.line), \"column\": \(c.column), \"sentence\": \(q(c.sentence))}" }
        var o = "{\n  \"tool\": \"factcheck\",\n  \"version\": \(q(FactCheckVersion.current)),\n  \"date\": \(q(report.date)),\n"
        o += ReportStamp.jsonCorpus(r.corpus.documents, names: SourceNames(r.corpus))
        o += "  \"source\": \(r.scope.map(q) ?? "null"),\n  \"complete\": \(r.complete),\n  \"topics\": [\n"
        o += r.topics.map { t in
            "    {\"topic\": \(q(t.topic)), \"statements\": [" + t.entries.map { e in
                "{\"statement\": \(cite(e.statement)), \"fact\": \(q(e.fact)), \"prospect\": \(e.isProspect), \"confirmed_by\": [\(e.confirmedBy.map(cite).joined(separator: ", "))], \"contradicted_by\": [\(e.contradictedBy.map(cite).joined(separator: ", "))]}"
            }.joined(separator: ", ") + "]}"
        }.joined(separator: ",\n")
        o += "\n  ],\n  \"conflicts\": [\n"
        o += r.groups.map { g in
            "    {\"topic\": \(q(g.topic)),\n      \"statements\": [" + g.statements.map(cite).joined(separator: ", ") + "],\n      \"disagreements\": ["
                + g.disagreements.map { "{\"statement\": \(cite($0.statement)), \"evidence\": [\($0.evidence.map(cite).joined(separator: ", "))], \"reason\": \(q($0.reason))}" }.joined(separator: ", ")
                + "]}"
        }.joined(separator: ",\n")
        o += "\n  ],\n  \"corroboration\": [\n"
        o += r.corroboration.map { s in
            "    {\"source\": \(q(s.sourceID)),\n      \"confirmed\": [" + s.confirmed.map { "{\"statement\": \(cite($0.statement)), \"by\": [\($0.by.map(cite).joined(separator: ", "))]}" }.joined(separator: ", ")
                + "],\n      \"alone\": [" + s.alone.map(cite).joined(separator: ", ") + "]}"
        }.joined(separator: ",\n")
        let confirmed = r.corroboration.reduce(0) { $0 + $1.confirmed.count }, alone = r.corroboration.reduce(0) { $0 + $1.alone.count }
        o += "\n  ],\n  \"summary\": {\"statements\": \(r.statements), \"conflicts\": \(r.conflictCount), \"groups\": \(r.groups.count), \"confirmed\": \(confirmed), \"alone\": \(alone)"
        o += report.seconds.map { String(format: ", \"seconds\": %.3f", $0) } ?? ""
        return o + "}\n}\n"
    }
}
