import Foundation

/// A PDF read as the article it holds: pages in reading order, hyphenation undone,
/// running headers, footers and page numbers set aside.
public enum PDFExtractor {
    public static func extract(_ bytes: [UInt8]) throws -> ExtractedArticle {
        let pdf = try PDFDocument.open(bytes)
        guard pdf.pages.contains(where: { !$0.isEmpty }) else { throw ExtractionError.noTextLayer }
        let furniture = PageFurniture.find(pdf.pages)
        var pages: [[String]] = []
        var dropped: [DroppedBlock] = []
        var warnings: [String] = []
        for (p, lines) in pdf.pages.enumerated() {
            if lines.isEmpty { warnings.append("p.\(p + 1): no text layer (a scanned page?): not read; run OCR to include it") }
            let marks = furniture[p] ?? [:]
            var body: [String] = []
            for (i, line) in lines.enumerated() {
                if let reason = marks[i] { dropped.append(DroppedBlock(text: line, reason: reason, page: p + 1)) } else { body.append(line) }
            }
            pages.append(Dehyphenation.apply(body))
        }
        var metadata = ArticleMetadata(title: pdf.title, author: pdf.author)
        if pdf.title != nil { metadata.provenance["title"] = "PDF Title" }
        if pdf.author != nil { metadata.provenance["author"] = "PDF Author" }
        if let created = pdf.created {
            let f = DateFormatter()
            f.locale = Locale(identifier: "en_US_POSIX")
            f.timeZone = TimeZone(identifier: "UTC")
            f.dateFormat = "yyyy-MM-dd"
            metadata.published = f.string(from: created)
            metadata.provenance["published"] = "PDF CreationDate"
        }
        return ExtractedArticle(metadata: metadata, pages: pages, dropped: dropped, warnings: warnings)
    }
}
