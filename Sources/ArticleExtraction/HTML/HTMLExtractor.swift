/// A saved web page read as the article it holds.
public enum HTMLExtractor {
    /// Reads the page's article text and metadata; the rest of the page becomes `dropped` blocks with reasons.
    public static func extract(_ bytes: [UInt8]) throws -> ExtractedArticle {
        let charset = Charset.detect(bytes)
        let body = Array(bytes.dropFirst(charset.skip))
        // UTF-8, UTF-16 and Windows-1252 are decoded here, where a stray byte becomes one replacement
        // character; libxml2's converter would stop reading the page at the first one.
        let utf8 = Charset.utf8(body, from: charset.name, validated: charset.source == .validUTF8)
        let encoding = utf8 == nil ? charset.name : "UTF-8"
        guard body.contains(UInt8(ascii: "<")) || charset.skip > 0, var tree = HTMLDocument.parse(utf8 ?? body, encoding: encoding)
        else { throw ExtractionError.notHTML }
        var selection = MainText.select(tree)
        // A page whose article is only in <noscript> (shown when scripts are off) is read that way.
        let shownLength = selection.keptLength(in: tree)
        if shownLength < 200, let withNoscript = HTMLDocument.parse(utf8 ?? body, encoding: encoding, readingNoscript: true) {
            let second = MainText.select(withNoscript)
            if second.keptLength(in: withNoscript) > 2 * shownLength {
                tree = withNoscript
                selection = second
            }
        }
        let ld = tree.metadata.jsonLD.compactMap(JSONLD.init)
        var metadata = PageMetadata.choose(tree.metadata, ld: ld)
        metadata.provenance["charset"] = "\(charset.name) (\(charset.source.rawValue))"
        var paragraphs = DropCap.join(selection.kept.map { tree.runs[$0].text })
        var dropped = selection.dropped.map { DroppedBlock(text: tree.runs[$0.run].text, reason: $0.reason) }
        // A page that renders its article by script shows little prose in its markup; its JSON-LD
        // `articleBody`, when much longer, is the article (what a reader sees once the script has run).
        let shown = paragraphs.reduce(0) { $0 + $1.utf8.count }
        if let body = ld.lazy.compactMap(\.articleBody).first, body.utf8.count > max(2 * shown, 200) {
            dropped += paragraphs.map { DroppedBlock(text: $0, reason: .outsideMainText) }
            paragraphs = body.split(whereSeparator: \.isNewline).map(TextCleaning.collapse).filter { !$0.isEmpty }
            metadata.provenance["text"] = "JSON-LD articleBody"
        }
        return ExtractedArticle(metadata: metadata, pages: [paragraphs], dropped: dropped, warnings: charset.warning.map { [$0] } ?? [])
    }
}
