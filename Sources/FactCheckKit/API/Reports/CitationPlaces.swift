/// Places as the draft and conflicts reports print them, by the corpus's short ids: `000:9`, or a PDF's page
/// and line (`003:p.2:14`), as the claim reports print them (`SourceNames.place`).
struct CitationPlaces: Sendable {
    let names: SourceNames

    init(corpus: Corpus) {
        names = SourceNames(corpus)
    }

    /// The short id: `000`.
    func callAsFunction(_ id: String) -> String { names.short(id) }

    /// `000:9`, `003:p.2:14`.
    func place(_ c: Citation) -> String { names.place(c) }

    /// `001:5, 001:16`, each place once, in order.
    func places(_ cites: [Citation]) -> String {
        var seen: Set<String> = []
        return cites.map(place).filter { seen.insert($0).inserted }.joined(separator: ", ")
    }
}
