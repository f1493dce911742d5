/// Checks a draft against the corpus, sentence by sentence, with the same engine as typed claims.
public struct DraftChecker: Sendable {
    /// The engine.
    public let matcher: ClaimMatcher
    private let quotes: QuoteChecker

    /// Creates a checker over `matcher`'s corpus.
    public init(matcher: ClaimMatcher) {
        self.matcher = matcher
        quotes = QuoteChecker(corpus: matcher.corpus)
    }

    /// Checks every sentence in order. `progress(done, total)` is called after each sentence;
    /// `shouldStop` is polled between sentences and returns what was checked so far.
    public func check(_ draft: Draft, progress: (Int, Int) -> Void = { _, _ in }, shouldStop: () -> Bool = { false }) -> DraftResult {
        var out: [CheckedDraftSentence] = []
        var lastPerson: String? = nil
        for s in draft.sentences {
            if shouldStop() { break }
            let analysis = TextAnalyzer.analyseClaim(s.plain, context: matcher.context)
            let found = Quotation.find(in: s.plain)
            let role = s.plain.count > ClaimText.maximumLength ? .notAClaim(.noFact)
                : SentenceClassifier.classify(s, analysis: analysis, quotes: found)
            var parts: [DraftPart] = []
            switch role {
            case .quote:
                parts = found.map { q in DraftPart(text: q.text, isQuote: true, result: ClaimResult(claim: q.text, sources: quotes.check(q))) }
            case .statement:
                let text = Self.resolvingLeadingPronoun(s.plain, analysis: analysis, lastPerson: lastPerson)
                parts = matcher.checkParts(text).map { DraftPart(text: $0.part, isQuote: false, result: $0.result) }
            case .notAClaim:
                break
            }
            if let person = analysis.entities.last(where: { $0.kind == .person && $0.resolvedFrom == nil }) { lastPerson = person.text }
            out.append(CheckedDraftSentence(sentence: s, role: role, parts: parts))
            progress(out.count, draft.sentences.count)
        }
        return DraftResult(draft: draft, sentences: out, corpus: matcher.corpus)
    }

    /// "He was paid $25,000" after a sentence about Mallory is checked as "Mallory was paid $25,000":
    /// the sources name him, and a pronoun alone names no one.
    static func resolvingLeadingPronoun(_ text: String, analysis: TextAnalysis, lastPerson: String?) -> String {
        guard let lastPerson, let first = analysis.tokens.first, first.isWord,
              ["he", "she"].contains(first.lower) else { return text }
        return lastPerson + String(text.dropFirst(first.text.count))
    }
}
