import CPoppler
import Foundation

/// Opens a PDF with Poppler and reads each page's text in reading order (columns one after
/// the other, as Poppler's text layout orders them). The only file that touches Poppler.
struct PDFDocument {
    var title: String?
    var author: String?
    var created: Date?
    /// Each page's text lines as Poppler lays them out; an empty page has no text layer.
    var pages: [[String]]

    static func open(_ bytes: [UInt8]) throws -> PDFDocument {
        guard containsPDFHeader(bytes) else {
            throw ExtractionError.unreadablePDF("no %PDF header")
        }
        var error: UnsafeMutablePointer<GError>?
        let data = bytes.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
        defer { g_bytes_unref(data) }
        guard let doc = poppler_document_new_from_bytes(data, nil, &error) else {
            defer { if error != nil { g_error_free(error) } }
            if let e = error?.pointee, e.domain == poppler_error_quark(), e.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) {
                throw ExtractionError.encryptedPDF
            }
            let message = error.flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "Poppler could not open it"
            throw ExtractionError.unreadablePDF(message)
        }
        defer { g_object_unref(UnsafeMutableRawPointer(doc)) }
        var result = PDFDocument(title: take(poppler_document_get_title(doc)), author: take(poppler_document_get_author(doc)),
                                 created: nil, pages: [])
        let stamp = poppler_document_get_creation_date(doc)
        if stamp > 0 { result.created = Date(timeIntervalSince1970: TimeInterval(stamp)) }
        for index in 0..<poppler_document_get_n_pages(doc) {
            guard let page = poppler_document_get_page(doc, index) else { result.pages.append([]); continue }
            defer { g_object_unref(UnsafeMutableRawPointer(page)) }
            result.pages.append(lines(of: page))
        }
        return result
    }

    /// The page's text lines; not `take`, which would collapse the line breaks.
    private static func lines(of page: OpaquePointer) -> [String] {
        guard let p = poppler_page_get_text(page) else { return [] }
        defer { g_free(p) }
        let text = String(cString: p)
        let raw: [Substring] = text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\u{0C}" })
        return raw.map { TextCleaning.collapse($0) }.filter { !$0.isEmpty }
    }

    /// Some PDFs carry junk before `%PDF` (a mail header); readers accept the header within the first KiB.
    private static func containsPDFHeader(_ bytes: [UInt8]) -> Bool {
        let head = Array(bytes.prefix(1024)), marker = Array("%PDF-".utf8)
        guard head.count >= marker.count else { return false }
        return (0...(head.count - marker.count)).contains { head[$0..<($0 + marker.count)].elementsEqual(marker) }
    }

    /// A string GLib allocated, copied and freed.
    private static func take(_ p: UnsafeMutablePointer<CChar>?) -> String? {
        guard let p else { return nil }
        defer { g_free(p) }
        let s = TextCleaning.collapse(String(cString: p))
        return s.isEmpty ? nil : s
    }
}
