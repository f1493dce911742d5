/// Why a file could not be read as an article; `description` is one line saying what to do.
public enum ExtractionError: Error, Sendable, Equatable, CustomStringConvertible {
    case notHTML
    case encryptedPDF
    case noTextLayer
    case unreadablePDF(String)
    case noArticleText

    public var description: String {
        switch self {
        case .notHTML: return "not an HTML page (no markup found); save the page as HTML or the article as .txt"
        case .encryptedPDF: return "encrypted PDF: it needs a password; save an unlocked copy (e.g. qpdf --decrypt) and add that"
        case .noTextLayer: return "no text layer (a scanned PDF): run OCR first (e.g. ocrmypdf) and add the result"
        case .unreadablePDF(let why): return "not a readable PDF (\(why)); re-export or re-download it"
        case .noArticleText: return "no article text found in the page; copy the article into a .txt file"
        }
    }
}
