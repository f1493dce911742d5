/// Places as the draft and conflicts reports print them, by the corpus's short ids: `000:9`.
struct CitationPlaces: Sendable {
    let ids: ShortSourceIDs

    /// The short id: `000`.
    func callAsFunction(_ id: String) -> String { ids[id] }

    /// `000:9`.
    func place(_ c: Citation) -> String { "\(ids[c.sourceID]):\(c.line)" }

    /// `001:5, 001:16`, each place once, in order.
    func places(_ cites: [Citation]) -> String {
        var seen: Set<String> = []
        return cites.map(place).filter { seen.insert($0).inserted }.joined(separator: ", ")
    }
}
