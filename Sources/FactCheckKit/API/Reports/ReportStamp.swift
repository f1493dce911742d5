import Foundation

/// What the reports share: when they were made, and the sources with their hashes.
enum ReportStamp {
    /// `yyyy-MM-dd'T'HH:mm:ss'Z'` in UTC.
    static func date(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'"
        return f.string(from: date)
    }

    /// `"corpus": {"sources": [...]}`, one source a line, as every JSON report writes it.
    static func jsonCorpus(_ documents: [SourceDocument], names: SourceNames) -> String {
        let q = Escaping.json
        return "  \"corpus\": {\"sources\": [\n" + documents.map { s in
            "    {\"id\": \(q(s.id)), \"short_id\": \(q(names.short(s.id))), \"title\": \(q(s.title)), \"outlet\": \(s.outlet.map(q) ?? "null"), "
                + "\"published\": \(s.published.map { q($0.description) } ?? "null"), \"format\": \(q(s.format.rawValue)), \"sha256\": \(q(s.sha256))}"
        }.joined(separator: ",\n") + "\n  ]},\n"
    }

    /// Throws `Report.UnverifiedCitation` for the first citation not found verbatim at its place.
    static func verify(_ citations: [Citation], in corpus: Corpus) throws {
        let byID = Dictionary(corpus.documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for c in citations where byID[c.sourceID]?.contains(quote: c.sentence, line: c.line, column: c.column) != true {
            throw Report.UnverifiedCitation(citation: c)
        }
    }
}
