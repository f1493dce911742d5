/// A saved web page read as the article it holds.
public enum HTMLExtractor {
    /// Reads the page's article text and metadata; the rest of the page becomes `dropped` blocks with reasons.
    public static func extract(_ bytes: [UInt8]) throws -> ExtractedArticle {
        let charset = Charset.detect(bytes)
        guard bytes.contains(UInt8(ascii: "<")) || charset.skip > 0,
              let tree = HTMLDocument.parse(Array(bytes.dropFirst(charset.skip)), encoding: charset.name)
        else { throw ExtractionError.notHTML }
        let selection = MainText.select(tree)
        var metadata = PageMetadata.choose(tree.metadata)
        metadata.provenance["charset"] = "\(charset.name) (\(charset.source.rawValue))"
        let paragraphs = selection.kept.map { tree.runs[$0].text }
        let dropped = selection.dropped.map { DroppedBlock(text: tree.runs[$0.run].text, reason: $0.reason) }
        return ExtractedArticle(metadata: metadata, pages: [paragraphs], dropped: dropped, warnings: charset.warning.map { [$0] } ?? [])
    }
}
