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

    /// The kinds of file read as drafts: a web page's article text is found as a source's is.
    public static let formats: Set<SourceFormat> = [.text, .markdown, .html]

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
        // Front matter (a Markdown draft's, or the title and date found in a web page) is not the draft's prose.
        sentences = SentenceSegmenter.segment(lines: lines, firstLine: FrontMatter(lines: lines).lineCount + 1).enumerated().map { i, s in
            let start = lineStarts[s.line - 1] + String(lines[s.line - 1].prefix(s.column - 1)).unicodeScalars.count
            let heading = markdown && s.column == 1 ? lines[s.line - 1].hasPrefix("#") : false
            return DraftSentenceText(index: i, line: s.line, column: s.column, start: start, end: start + s.text.unicodeScalars.count,
                                     text: s.text, plain: markdown ? MarkdownText.plain(s.text) : s.text, isHeading: heading)
        }
    }

    /// Reads a draft file (.txt, .md, or a saved web page's article): one clear error naming the file when it cannot be read.
    public static func load(path: String) throws(DraftError) -> Draft {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { throw DraftError(path: path, problem: .missing) }
        guard !isDir.boolValue else { throw DraftError(path: path, problem: .folder) }
        guard let format = SourceFormat(path: path), formats.contains(format) else {
            throw DraftError(path: path, problem: .unsupported((path as NSString).pathExtension.lowercased()))
        }
        // The sources' reader: size limit, charset, and for a web page the article without its furniture.
        switch DocumentLoader.read(path: path) {
        case .failure(let issue): throw DraftError(path: path, problem: .unreadable(issue.message))
        case .success(let source): return Draft(text: source.text, path: path, sha256: SHA256.hex(source.bytes))
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
        case missing, folder, unsupported(String), unreadable(String)
    }
    /// The file named.
    public let path: String
    /// What is wrong with it.
    public let problem: Problem

    public var description: String {
        switch problem {
        case .missing: return "\(path): no such file; pass a draft as .txt, .md or .html"
        case .folder: return "\(path): is a folder; pass one draft file (.txt, .md or .html)"
        case .unsupported(let ext): return "\(path): .\(ext.isEmpty ? "(none)" : ext) drafts are not read; save it as .txt, .md or .html"
        case .unreadable(let why): return "\(path): \(why)"
        }
    }
}
