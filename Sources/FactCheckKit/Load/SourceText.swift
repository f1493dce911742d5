import Foundation

/// A source file read as text: decoded (.txt, .md) or extracted (.html, .pdf), with what was set aside.
/// What `factcheck extract` prints; sentences are found in it afterwards.
public struct SourceText: Sendable {
    /// The text citations point into: for web pages and PDFs, front matter and then the article.
    public let text: String
    public let format: SourceFormat
    /// For a PDF, the first line of each page's text (1-based).
    public let pageStarts: [Int]
    public let setAside: [SetAsideBlock]
    /// One line each: a guessed charset, a page without text.
    public let warnings: [String]
    /// The file's bytes, for its SHA-256.
    let bytes: Data
}
