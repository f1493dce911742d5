/// The short name each source goes by in citations, reasons and report tables: `000` for
/// `000_030b1a8708c7af75`, `wire` for `wire_ap_2017`.
///
/// One name per source, used everywhere, and unique within the corpus: a short id is the id itself or a
/// prefix that no other id starts with, so it also works wherever a unique prefix of an id is accepted
/// (`:show`, expectations in claim files).
public struct ShortSourceIDs: Sendable, Hashable {
    private let short: [String: String]

    /// Short ids for these (distinct) source ids.
    public init<S: Sequence>(ids: S) where S.Element == String {
        // Ids that share a prefix sit next to each other once sorted, so only neighbours can clash.
        let sorted = Array(Set(ids)).sorted()
        var short: [String: String] = [:]
        for (i, id) in sorted.enumerated() {
            let neighbours = [i > 0 ? sorted[i - 1] : nil, i + 1 < sorted.count ? sorted[i + 1] : nil].compactMap { $0 }
            short[id] = Self.candidates(id).first { c in c == id || !neighbours.contains { $0.hasPrefix(c) } } ?? id
        }
        self.short = short
    }

    /// The short id of `id`; an id this corpus does not know is its own short id.
    public subscript(id: String) -> String { short[id] ?? id }

    /// Prefixes that end where a word of the id ends (before `_`, `-`, `.` or a space), shortest first, then the id.
    static func candidates(_ id: String) -> [String] {
        var out: [String] = []
        for i in id.indices where i > id.startIndex && "_-. ".contains(id[i]) {
            out.append(String(id[..<i]))
        }
        return out + [id]
    }
}
