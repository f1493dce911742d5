import Foundation

/// An article being written, split into sentences at exact places: what `factcheck draft` checks.
public struct Draft: Sendable, Hashable {
    /// The path it was read from (or a stand-in name for text in memory).
    public let path: String
    /// The decoded text, lines joined with `\n`.
    public let text: String
    /// The file's lines as decoded.
    public let lines: [String]
    /// Every sentence in reading order, headings and list items included.
    public let sentences: [DraftSentenceText]
    /// Lower-case hex SHA-256 of the bytes read, so a report names exactly what was checked.
    public let sha256: String

    /// The extensions read as drafts.
    public static let extensions: Set<String> = ["txt", "md", "markdown"]

    /// Splits `text` as the sources are split (the same segmenter), keeping each sentence's line, column and offsets.
    public init(text: String, path: String, sha256: String? = nil) {
        self.path = path
        self.lines = text.fileLines
        self.text = lines.joined(separator: "\n")
        self.sha256 = sha256 ?? SHA256.hex(Data(text.utf8))
        // Code-point offset of each line's start, for offsets that any language's string indexes agree on.
        var lineStarts: [Int] = []
        var offset = 0
        for l in lines {
            lineStarts.append(offset)
            offset += l.unicodeScalars.count + 1
        }
        let markdown = ["md", "markdown"].contains((path as NSString).pathExtension.lowercased())
        let lines = self.lines
        sentences = SentenceSegmenter.segment(lines: lines).enumerated().map { i, s in
            let start = lineStarts[s.line - 1] + String(lines[s.line - 1].prefix(s.column - 1)).unicodeScalars.count
            let heading = markdown && s.column == 1 ? lines[s.line - 1].hasPrefix("#") : false
            return DraftSentenceText(index: i, line: s.line, column: s.column, start: start, end: start + s.text.unicodeScalars.count,
                                     text: s.text, plain: markdown ? MarkdownText.plain(s.text) : s.text, isHeading: heading)
        }
    }

    /// Reads a draft file: one clear error naming the file when it cannot be read as text.
    public static func load(path: String) throws(DraftError) -> Draft {
        let ext = (path as NSString).pathExtension.lowercased()
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { throw DraftError(path: path, problem: .missing) }
        guard !isDir.boolValue else { throw DraftError(path: path, problem: .folder) }
        guard extensions.contains(ext) else { throw DraftError(path: path, problem: .unsupported(ext)) }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > DocumentLoader.maximumFileSize {
            throw DraftError(path: path, problem: .tooLarge(size))
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw DraftError(path: path, problem: .unreadable) }
        switch TextDecoder.decode(data) {
        case .rejected(let why): throw DraftError(path: path, problem: .notText(why))
        case .text(let text, _): return Draft(text: text, path: path, sha256: SHA256.hex(data))
        }
    }
}

/// One sentence of a draft, where it stands.
public struct DraftSentenceText: Sendable, Hashable {
    /// Position among the draft's sentences, from 0.
    public let index: Int
    /// 1-based line and column (characters) of its first character.
    public let line: Int, column: Int
    /// Code-point offsets in the draft's text (lines joined with `\n`): `start..<end`.
    public let start: Int, end: Int
    /// Verbatim, Markdown marks and all.
    public let text: String
    /// What a reader reads: Markdown emphasis, links and list or heading marks removed.
    public let plain: String
    /// A Markdown heading line.
    public let isHeading: Bool
}

/// Why a draft could not be read; one line naming the file and what to do.
public struct DraftError: Error, CustomStringConvertible, Equatable {
    public enum Problem: Equatable, Sendable {
        case missing, folder, unreadable, tooLarge(Int), unsupported(String), notText(String)
    }
    /// The file named.
    public let path: String
    /// What is wrong with it.
    public let problem: Problem

    public var description: String {
        switch problem {
        case .missing: return "\(path): no such file; pass a draft as .txt or .md"
        case .folder: return "\(path): is a folder; pass one draft file (.txt or .md)"
        case .unreadable: return "\(path): cannot be read (permission denied?)"
        case .tooLarge(let size): return "\(path): \(size / 1_048_576) MB is over the \(DocumentLoader.maximumFileSize / 1_048_576) MB limit; split the draft"
        case .unsupported(let ext): return "\(path): .\(ext.isEmpty ? "(none)" : ext) drafts are not read; save it as .txt or .md"
        case .notText(let why): return "\(path): \(why); save the draft as plain text (.txt or .md)"
        }
    }
}
