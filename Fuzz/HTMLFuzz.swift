@testable import ArticleExtraction
import Foundation

// libFuzzer target: a saved web page through libxml2's parser, the main-text selection, metadata and charsets.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    do {
        let article = try HTMLExtractor.extract(Array(UnsafeBufferPointer(start: data, count: size)))
        // A paragraph is one non-empty line of collapsed text.
        for p in article.paragraphs { precondition(!p.isEmpty && !p.contains("\n") && p == TextCleaning.collapse(p), "paragraph not clean: \(p)") }
    } catch {
        precondition(error is ExtractionError, "unexpected error \(error)")
    }
    return 0
}
