import Foundation

/// The set of source articles a claim is checked against, in a stable order.
public struct Corpus: Sendable {
    /// Documents sorted by id, so every run lists and reports them in the same order.
    public private(set) var documents: [SourceDocument]
    /// The short id each document goes by in citations, reasons and reports, unique within the corpus.
    public private(set) var shortIDs = ShortSourceIDs(ids: [])
    /// Everything that was skipped or decoded with a fallback while loading.
    public private(set) var issues: [LoadIssue]

    /// An empty corpus.
    public init() {
        documents = []
        issues = []
    }

    /// Builds a corpus from documents already loaded (tests, generated benchmarks).
    public init(documents: [SourceDocument], issues: [LoadIssue] = []) {
        self.documents = documents.sorted { $0.id < $1.id }
        self.issues = issues
        shortIDs = ShortSourceIDs(ids: self.documents.map(\.id))
    }

    /// Loads every `.txt` and `.md` file under `path` (a folder, walked recursively, or one file).
    ///
    /// Bad files never stop the load: each one becomes a `LoadIssue` and the rest load.
    /// - Throws: `LoadError` only when `path` itself is missing (an unreadable folder inside is a `LoadIssue`).
    public static func load(from path: String) throws -> Corpus {
        var corpus = Corpus()
        try corpus.add(path: path)
        return corpus
    }

    /// Adds the file or folder at `path`; a document whose id is already loaded is replaced.
    /// - Returns: the ids that were added or replaced.
    @discardableResult
    public mutating func add(path: String) throws -> [String] {
        let found = try SourceFileFinder.files(at: path)
        issues += found.issues
        let added = add(files: found.files)
        if found.files.isEmpty {
            issues.append(LoadIssue(path: path, line: nil, message: "no \(SourceFormat.extensionsList) sources found", isWarning: true))
        }
        return added
    }

    /// Loads files already listed; one that is gone or unreadable by now becomes a `LoadIssue`.
    @discardableResult
    mutating func add(files: [String]) -> [String] {
        var added: [String] = []
        // By id, so replacing a reloaded file stays linear in a folder of thousands.
        var position = Dictionary(documents.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { _, last in last })
        // Reading and splitting files is independent per file; merging stays in listing order.
        for result in Parallel.map(files, { DocumentLoader.load(path: $0) }) {
            switch result {
            case .success(let loaded):
                issues += loaded.warnings
                if let i = position[loaded.document.id] {
                    documents[i] = loaded.document
                } else {
                    position[loaded.document.id] = documents.count
                    documents.append(loaded.document)
                }
                added.append(loaded.document.id)
            case .failure(let issue):
                issues.append(issue)
            }
        }
        documents.sort { $0.id < $1.id }
        shortIDs = ShortSourceIDs(ids: documents.map(\.id))
        return added
    }

    /// The document with this id, or the only one whose id starts with `prefix`.
    public func document(matching prefix: String) -> SourceDocument? {
        if let exact = documents.first(where: { $0.id == prefix }) { return exact }
        let hits = documents.filter { $0.id.hasPrefix(prefix) }
        return hits.count == 1 ? hits[0] : nil
    }

    /// Total sentences and citable sentences across the corpus.
    public var sentenceCounts: (all: Int, citable: Int) {
        documents.reduce((0, 0)) { ($0.0 + $1.sentences.count, $0.1 + $1.sentences.filter(\.isCitable).count) }
    }
}

/// A problem found while loading one file: skipped, or loaded with a fallback.
public struct LoadIssue: Sendable, Hashable, CustomStringConvertible, Error {
    /// The file (or folder) concerned.
    public let path: String
    /// The 1-based line, when the problem is at one place in the file.
    public let line: Int?
    /// What happened and, where useful, what to do about it.
    public let message: String
    /// `true` when the file still loaded (e.g. decoded as Latin-1); `false` when it was skipped.
    public let isWarning: Bool

    /// Creates an issue.
    public init(path: String, line: Int?, message: String, isWarning: Bool) {
        self.path = path
        self.line = line
        self.message = message
        self.isWarning = isWarning
    }

    /// One line: `path[:line]: warning|skipped: message`.
    public var description: String {
        let place = line.map { "\(path):\($0)" } ?? path
        return "\(place): \(isWarning ? "warning" : "skipped"): \(message)"
    }
}

/// Why a corpus could not be loaded at all.
public enum LoadError: Error, CustomStringConvertible, Equatable {
    /// Nothing exists at the path.
    case missing(String)

    public var description: String {
        switch self {
        case .missing(let p): return "\(p): no such file or folder (pass --sources DIR, or create \(p) with .txt articles)"
        }
    }
}
