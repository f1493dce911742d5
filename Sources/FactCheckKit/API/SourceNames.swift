/// How reports and the shell name a source: its short id, and its title with the outlet and date when known.
public struct SourceNames: Sendable, Hashable {
    /// The short id of every source, unique within the corpus.
    public let shortIDs: ShortSourceIDs
    private let labels: [String: String]
    /// First line of each page, for sources that are PDFs.
    private let pageStarts: [String: [Int]]

    /// Names for the documents of a corpus.
    public init(_ corpus: Corpus) {
        self.init(documents: corpus.documents, shortIDs: corpus.shortIDs)
    }

    /// Names for these documents.
    public init(documents: [SourceDocument], shortIDs: ShortSourceIDs? = nil) {
        self.shortIDs = shortIDs ?? ShortSourceIDs(ids: documents.map(\.id))
        labels = Dictionary(documents.map { ($0.id, Self.label($0)) }, uniquingKeysWith: { a, _ in a })
        pageStarts = Dictionary(documents.filter { $0.format == .pdf }.map { ($0.id, $0.pageStarts) }, uniquingKeysWith: { a, _ in a })
    }

    /// No sources known: every id is its own short id and has no title.
    public init() {
        self.init(documents: [])
    }

    /// `000` for `000_030b1a8708c7af75`.
    public func short(_ id: String) -> String { shortIDs[id] }

    /// Where a citation is, as a reader finds it: `000:13`, or `003:p.2:14` in a PDF (page 2, line 14 of its text);
    /// with `column`, the column follows (`000:13:153`).
    public func place(_ c: Citation, column: Bool = false) -> String {
        short(c.sourceID) + ":" + locator(c) + (column ? ":\(c.column)" : "")
    }

    /// The line, or a PDF's page and line on it: `13`, `p.2:14`.
    public func locator(_ c: Citation) -> String {
        SourceDocument.locator(line: c.line, pageStarts: pageStarts[c.sourceID] ?? [])
    }

    /// Whether any source is a PDF, whose citations name a page.
    public var hasPages: Bool { !pageStarts.isEmpty }

    /// `Title (Outlet, 2017-06-23)`, as much of it as is known, unescaped; empty for an unknown id.
    public func title(_ id: String) -> String { labels[id] ?? "" }

    /// `Title (Outlet, 2017-06-23)`: the title, then the outlet and publication date when the article gives them.
    static func label(_ doc: SourceDocument) -> String {
        let extra = [doc.outlet, doc.published?.description].compactMap { $0 }.filter { !$0.isEmpty }
        return doc.title + (extra.isEmpty ? "" : " (\(extra.joined(separator: ", ")))")
    }
}
