/// Checks a quotation verbatim against every quote in each source: the same words (an omission only where the
/// writer marked one) agree; mostly the same words with some changed is a misquote, a conflict showing the differing words.
struct QuoteChecker: Sendable {
    /// A quotation in a source, where it stands.
    private struct SourceQuote: Sendable {
        let sentence: Int
        let quotation: Quotation
    }

    private let corpus: Corpus
    /// Per document, in corpus order.
    private let quotes: [[SourceQuote]]

    /// Share of the draft quote's words a source quote must have, in order, to be the same quote.
    static let sameQuoteShare = 0.6

    init(corpus: Corpus) {
        self.corpus = corpus
        quotes = corpus.documents.map { doc in
            doc.sentences.filter { $0.isCitable && ($0.text.contains("“") || $0.text.contains("\"")) }.flatMap { s in
                Quotation.find(in: s.text).map { SourceQuote(sentence: s.index, quotation: $0) }
            }
        }
    }

    /// One verdict per source, in corpus order.
    func check(_ quote: Quotation) -> [SourceVerdict] {
        corpus.documents.indices.map { verdict(quote, document: $0) }
    }

    private func verdict(_ quote: Quotation, document d: Int) -> SourceVerdict {
        let doc = corpus.documents[d]
        let reading = Explanation(claimReading: ["quote: “\(quote.text)”, checked word for word"], candidates: [])
        func answer(_ v: Verdict, _ s: SourceQuote?, _ reason: String, score: Double) -> SourceVerdict {
            let cites = s.map { q in [doc.sentences[q.sentence]].map { Citation(sourceID: doc.id, line: $0.line, column: $0.column, sentence: $0.text) } } ?? []
            var sv = SourceVerdict(sourceID: doc.id, verdict: v, citations: cites, reason: reason, score: score, explanation: reading)
            sv.rulesDecisive = true
            return sv
        }
        if let exact = quotes[d].first(where: { Self.contains($0.quotation.words, quote.pieces) }) {
            return answer(.agreement, exact, "agreement: quoted word for word", score: 1)
        }
        let aligned = quotes[d].map { ($0, WordAlignment(draft: quote.words, source: $0.quotation.words)) }
        guard let (best, alignment) = aligned.max(by: { $0.1.matched < $1.1.matched }),
              Double(alignment.matched) >= Self.sameQuoteShare * Double(quote.words.count), alignment.matched >= Quotation.minimumWords else {
            return answer(.absence, nil, "absence: no quote like this in this source", score: 0)
        }
        let score = Double(alignment.matched) / Double(quote.words.count)
        if alignment.differences.isEmpty {
            return answer(.absence, best, "absence: the source quotes only part of it; not in it: “\(alignment.beyondSource.joined(separator: " "))”", score: score)
        }
        return answer(.conflict, best, "conflict: misquote — " + alignment.differences.map(Self.describe).joined(separator: "; "), score: score)
    }

    /// Each piece appears as a contiguous run of `words`, in order.
    static func contains(_ words: [Quotation.Word], _ pieces: [[Quotation.Word]]) -> Bool {
        var from = 0
        for piece in pieces {
            guard let at = (from..<max(from, words.count - piece.count + 1)).first(where: { start in
                piece.indices.allSatisfy { words[start + $0].key == piece[$0].key }
            }) else { return false }
            from = at + piece.count
        }
        return true
    }

    /// `draft “rich” ≠ source “paid”`, `draft adds “really”`, `draft leaves out “for it”`.
    static func describe(_ d: WordAlignment.Difference) -> String {
        let draft = d.draft.joined(separator: " "), source = d.source.joined(separator: " ")
        if source.isEmpty { return "draft adds “\(draft)”" }
        if draft.isEmpty { return "draft leaves out “\(source)”" }
        return "draft “\(draft)” ≠ source “\(source)”"
    }
}
