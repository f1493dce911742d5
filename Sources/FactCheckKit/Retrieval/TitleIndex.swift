/// Sources whose title is a short name ("Birmingham", "Emilia Clarke", "The Last Song (film)"), keyed by that
/// name. Such a source is about the thing it names, so a claim naming it concerns the source even when no
/// sentence repeats a word of the claim ("Birmingham is a village" against a page on Birmingham's rebuilding):
/// its opening sentences are then the candidates, which the rules and the model weigh like any other.
struct TitleIndex: Sendable {
    /// A name of more words than this is a headline, which says something rather than naming something.
    static let longestName = 6
    private var documents: [String: [Int]] = [:]

    init(titles: [String]) {
        for (d, title) in titles.enumerated() {
            if let key = Self.key(title) { documents[key, default: []].append(d) }
        }
    }

    /// The title's name: words lower-cased, a parenthesised qualifier ("(film)") and a leading "the" dropped.
    static func key(_ title: String) -> String? {
        let words = Topic.nameWords(title)
        guard !words.isEmpty, words.count <= longestName else { return nil }
        return words.joined(separator: " ")
    }

    /// Documents whose title's name occurs in `words` (the claim's lower-cased words), at most `limit`.
    func documents(namedIn words: [String], limit: Int) -> [Int] {
        guard !documents.isEmpty else { return [] }
        var found: Set<Int> = []
        for start in words.indices {
            var phrase = ""
            for end in start..<min(words.count, start + Self.longestName) {
                phrase += (end == start ? "" : " ") + words[end]
                if let ds = documents[phrase] { found.formUnion(ds) }
            }
        }
        return Array(found.sorted().prefix(limit))
    }
}
