/// The kinds of file a sources folder may hold, by extension.
public enum SourceFormat: String, Sendable, Hashable, CaseIterable {
    case text, markdown, html, pdf

    init?(path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "txt": self = .text
        case "md", "markdown": self = .markdown
        case "html", "htm", "xhtml": self = .html
        case "pdf": self = .pdf
        default: return nil
        }
    }

    /// For messages: "not a .txt, .md, .html or .pdf article".
    static let extensionsList = ".txt, .md, .html or .pdf"

    /// Largest file read as one source: pages carry scripts and styles, PDFs fonts and images.
    var maximumFileSize: Int {
        switch self {
        case .text, .markdown: return 10 * 1024 * 1024
        case .html: return 20 * 1024 * 1024
        case .pdf: return 100 * 1024 * 1024
        }
    }

    /// What to do about a file over the limit.
    var oversizeAdvice: String {
        switch self {
        case .text, .markdown: return "split it"
        case .html: return "save the page as \"HTML only\" (without media) or copy the article into a .txt file"
        case .pdf: return "split it (e.g. qpdf --split-pages) and add the parts"
        }
    }
}
