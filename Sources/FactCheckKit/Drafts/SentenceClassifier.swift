/// Decides which draft sentences state checkable facts. Checking an opinion would only ever say "unverified",
/// and hiding it would hide that it was skipped: it is listed with the reason instead.
enum SentenceClassifier {
    /// Words that mark a judgement rather than a fact.
    static let opinionCues: Set<String> = [
        "should", "shouldn't", "must", "ought", "deserve", "deserves", "deserved", "arguably", "clearly", "obviously", "surely",
        "perhaps", "shameful", "outrageous", "disgraceful", "remarkable", "troubling", "alarming", "worrying", "chilling", "sad",
        "tragic", "astonishing", "shocking", "unforgivable", "hopefully", "unfortunately", "fortunately",
        "seems", "seem", "opinion", "wonder", "best", "worst",
    ]
    /// First person outside quotes: the writer speaking.
    static let firstPerson: Set<String> = ["i", "we", "our", "us", "my", "me", "ours", "i'm", "we're", "let's"]
    /// Openers that carry the reader from one point to the next.
    static let transitions: Set<String> = ["meanwhile", "still", "however", "yet", "so", "then", "but", "now", "first", "finally", "next", "consider", "more", "here"]
    /// Verbs that attribute a quotation.
    static let speechVerbs: Set<String> = ["said", "says", "told", "tells", "wrote", "writes", "texted", "added", "adds", "stated", "states",
                                           "according", "messaged", "declared", "argued", "testified", "replied", "insisted", "recalled"]

    static func classify(_ s: DraftSentenceText, analysis a: TextAnalysis, quotes: [Quotation]) -> SentenceRole {
        if s.isHeading { return .notAClaim(.heading) }
        let outside = Tokenizer.tokenize(Quotation.outside(s.plain)).filter(\.isWord).map(\.lower)
        if s.plain.trimmingWhitespace().hasSuffix("?") { return .notAClaim(.question) }
        if !quotes.isEmpty, outside.contains(where: speechVerbs.contains) { return .quote }
        if outside.contains(where: { firstPerson.contains($0) || opinionCues.contains($0) }) { return .notAClaim(.opinion) }
        if !a.quantities.isEmpty || !a.dates.isEmpty { return .statement }
        // A capitalised opener ("Meanwhile, …") is read as a name; it names no one.
        let named = a.entities.contains { $0.resolvedFrom == nil && ($0.tokenRange.lowerBound > 0 || !transitions.contains(a.tokens[$0.tokenRange.lowerBound].lower)) }
        if named, !a.events.isEmpty || !a.contentIndices.isEmpty { return .statement }
        if outside.count <= 8 || outside.first.map(transitions.contains) == true { return .notAClaim(.transition) }
        return .notAClaim(.noFact)
    }
}
