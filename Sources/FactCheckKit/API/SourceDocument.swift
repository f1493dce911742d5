import Foundation

/// One article of the corpus, split into citable sentences.
///
/// A document keeps every sentence it was split into, noise included, so
/// that line numbers and context stay exact; only citable sentences are ever
/// quoted as evidence.
public struct SourceDocument: Sendable, Hashable {
    /// The file name without its extension, e.g. `000_030b1a8708c7af75`.
    public let id: String
    /// The path the document was loaded from, as given to the loader.
    public let path: String
    /// The front-matter title, or else the first non-empty line that is not a dateline.
    public let title: String
    /// The outlet named in front matter, if any.
    public let outlet: String?
    /// The article's address from front matter, if any.
    public let url: String?
    /// Publication date from front matter or a dateline near the top.
    public let published: CalendarDate?
    /// The "Updated:" date of a dateline, if present.
    public let updated: CalendarDate?
    /// Every sentence in file order.
    public let sentences: [Sentence]
    /// The file's lines exactly as decoded, for showing context and verifying quotes.
    public let lines: [String]
    /// Lower-case hex SHA-256 of the file's bytes, so a report can be reproduced.
    public let sha256: String
    /// What the file is; for web pages and PDFs, `lines` are the text extracted from it (`factcheck extract`).
    public let format: SourceFormat
    /// The author named in front matter or in the page's metadata.
    public let author: String?
    /// For a PDF, the first line of each page's text (1-based), so a line can be cited by page.
    public let pageStarts: [Int]
    /// What a web page or PDF held besides the article (navigation, running headers…), with reasons.
    public let setAside: [SetAsideBlock]

    /// Where a line is, as a reader finds it: `14` in text and web pages, `p.3:14` in a PDF
    /// (the 14th line of page 3's text, counted below its running header).
    public func locator(line: Int) -> String {
        Self.locator(line: line, pageStarts: format == .pdf ? pageStarts : [])
    }

    /// The 1-based page a line is on, for a PDF; `nil` for other formats.
    public func page(ofLine line: Int) -> Int? {
        format == .pdf ? Self.page(ofLine: line, pageStarts: pageStarts) : nil
    }

    /// The one rule for a PDF's places, shared with `SourceNames`, which keeps only the page starts.
    static func locator(line: Int, pageStarts: [Int]) -> String {
        guard let page = page(ofLine: line, pageStarts: pageStarts) else { return "\(line)" }
        return "p.\(page):\(line - pageStarts[page - 1] + 1)"
    }

    static func page(ofLine line: Int, pageStarts: [Int]) -> Int? {
        pageStarts.lastIndex(where: { $0 <= line }).map { $0 + 1 }
    }

    /// For a saved web page, the fragment (`#:~:text=…`) that opens it in a browser at `sentence`; `nil` for other formats.
    public func textFragment(for sentence: String) -> String? {
        format == .html ? TextFragment.directive(quote: sentence) : nil
    }

    /// The sentences that may be cited.
    public var citableSentences: [Sentence] { sentences.filter(\.isCitable) }

    /// Whether `quote` occurs verbatim in the file starting at `line`, `column`.
    ///
    /// Reports call this before writing a citation: a quote that cannot be
    /// found at the cited place is never emitted.
    public func contains(quote: String, line: Int, column: Int) -> Bool {
        guard line >= 1, line <= lines.count, column >= 1 else { return false }
        let rest = lines[(line - 1)...].joined(separator: "\n")
        let firstLine = lines[line - 1]
        guard column - 1 <= firstLine.count else { return false }
        return rest.dropFirst(column - 1).hasPrefix(quote)
    }
}

extension SourceDocument {
    /// A document from text already in memory (pasted text, an evaluation pair): split and marked
    /// exactly as a file with these contents would be; `id` stands in for the file name.
    public init(text: String, id: String) {
        self = DocumentLoader.parse(text: text, id: id, path: id, sha256: SHA256.hex(Data(text.utf8)), format: .text)
    }
}

/// A sentence (or headline, caption, page fragment) at an exact place in its file.
public struct Sentence: Sendable, Hashable {
    /// Position among the document's sentences, from 0.
    public let index: Int
    /// 1-based line of the first character.
    public let line: Int
    /// 1-based column (in characters) of the first character.
    public let column: Int
    /// The verbatim text; may span lines (joined with `\n`) when the source hard-wraps.
    public let text: String
    /// Why this sentence is page noise, or `nil` when it is article text.
    public let noise: NoiseKind?

    /// Article text that may be quoted as evidence.
    public var isCitable: Bool { noise == nil }
}

/// The kinds of page furniture that are kept for line numbers but never cited.
public enum NoiseKind: String, Sendable, Hashable, CaseIterable {
    case advertisement
    case numericIdentifier = "numeric-id"
    case photoCaption = "photo-caption"
    case sourceAttribution = "source-line"
    case socialPrompt = "social-prompt"
    case relatedLinks = "related-links"
    case trailer
    case dateline
    case byline
    case overlong
    case copyright
    case siteNotice = "site-notice"
    case citationLine = "citation-line"

    /// A short human explanation used by `sources --verbose` and `:why`.
    public var explanation: String {
        switch self {
        case .advertisement: return "advertising slot"
        case .numericIdentifier: return "bare numeric id left by the page"
        case .photoCaption: return "photo caption or credit"
        case .sourceAttribution: return "wire-service attribution line"
        case .socialPrompt: return "follow / subscribe / newsletter prompt"
        case .relatedLinks: return "list of related articles"
        case .trailer: return "after the article's end (author blurb, teasers)"
        case .dateline: return "publication dateline"
        case .byline: return "byline"
        case .copyright: return "copyright or rights notice"
        case .siteNotice: return "notice from the site about scripts, cookies or the browser"
        case .citationLine: return "bibliographic reference (journal, volume, pages)"
        case .overlong: return "longer than \(SentenceSegmenter.maximumSentenceLength) characters: not prose (data, a dump, a missing line break)"
        }
    }
}

/// A calendar date known to the year, month or day.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int?
    public let day: Int?

    /// Creates a date; `day` is ignored without a `month`.
    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    /// ISO form at the known precision: `2017`, `2017-06`, `2017-06-22`.
    public var description: String {
        var s = String(format: "%04d", year)
        if let month { s += String(format: "-%02d", month) }
        if let day { s += String(format: "-%02d", day) }
        return s
    }

    /// First and last day covered, as `yyyymmdd` integers.
    var dayRange: ClosedRange<Int> {
        let m0 = month ?? 1, m1 = month ?? 12
        let d0 = day ?? 1, d1 = day ?? 31
        return (year * 10000 + m0 * 100 + d0)...(year * 10000 + m1 * 100 + d1)
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        a.dayRange.lowerBound < b.dayRange.lowerBound
    }
}
