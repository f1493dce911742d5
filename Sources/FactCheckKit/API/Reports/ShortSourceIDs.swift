/// Source ids as the draft and conflicts reports print them: the part before the first `_` (`000`) when no other
/// source shares it, else the whole id (`gen_00012`), so a place like `000:9` names one sentence.
struct ShortSourceIDs: Sendable {
    private let names: [String: String]

    init(_ ids: [String]) {
        let prefix = { (id: String) in id.split(separator: "_").first.map(String.init) ?? id }
        let counts = Dictionary(ids.map { (prefix($0), 1) }, uniquingKeysWith: +)
        names = Dictionary(ids.map { ($0, counts[prefix($0)] == 1 ? prefix($0) : $0) }, uniquingKeysWith: { a, _ in a })
    }

    func callAsFunction(_ id: String) -> String { names[id] ?? id }

    /// `000:9`.
    func place(_ c: Citation) -> String { "\(self(c.sourceID)):\(c.line)" }

    /// `001:5, 001:16`, each place once, in order.
    func places(_ cites: [Citation]) -> String {
        var seen: Set<String> = []
        return cites.map(place).filter { seen.insert($0).inserted }.joined(separator: ", ")
    }
}
