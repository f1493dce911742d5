@testable import FactCheckKit
import Foundation

// libFuzzer target: decoding, front matter, datelines, sentence segmentation and noise rules.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArticle(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard case .text(let text, _) = TextDecoder.decode(Data(bytes: data, count: size)) else { return 0 }
    let doc = DocumentLoader.parse(text: text, id: "fuzz", path: "fuzz.txt", sha256: "")
    for s in doc.sentences {
        // Every sentence must be found verbatim where it says it is.
        precondition(doc.contains(quote: s.text, line: s.line, column: s.column), "sentence not at \(s.line):\(s.column)")
    }
    return 0
}
