import FixtureWriters
import XCTest
@testable import ArticleExtraction

/// Damaged and hostile input never crashes extraction: it yields an article or one `ExtractionError`.
final class HostileExtractionTests: XCTestCase {
    /// A fixed-seed generator, so a failure reproduces.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    func mutations(of bytes: [UInt8], count: Int, seed: UInt64) -> [[UInt8]] {
        var rng = SplitMix(state: seed)
        let tokens: [[UInt8]] = ["<", ">", "</div>", "<p>", "&#", "\"", "<meta charset='", "<script>", "\u{0}", "\u{FF}"].map { Array($0.utf8) }
        return (0..<count).map { _ in
            var b = bytes
            for _ in 0..<Int.random(in: 1...8, using: &rng) {
                let at = Int.random(in: 0...b.count, using: &rng)
                switch Int.random(in: 0..<4, using: &rng) {
                case 0: if at < b.count { b[at] = UInt8.random(in: 0...255, using: &rng) }
                case 1: b.insert(contentsOf: tokens.randomElement(using: &rng)!, at: at)
                case 2: b.removeSubrange(at..<min(b.count, at + Int.random(in: 1...40, using: &rng)))
                default: b = Array(b.prefix(at))
                }
            }
            return b
        }
    }

    func testMutatedPagesYieldAnArticleOrOneError() {
        for page in mutations(of: Page.with("<nav>Home</nav><div class='share'>Share</div>", head: "<title>T</title>"), count: 400, seed: 13) {
            do {
                let article = try HTMLExtractor.extract(page)
                XCTAssertTrue(article.paragraphs.allSatisfy { !$0.isEmpty && !$0.contains("\n") })
            } catch {
                XCTAssertNotNil(error as? ExtractionError)
            }
        }
    }

    func testDeepNestingAndHugeAttributes() throws {
        let deep = String(repeating: "<div>", count: 20_000) + "<p>\(Page.article)</p>" + String(repeating: "</div>", count: 20_000)
        _ = try? HTMLExtractor.extract(Array("<html><body>\(deep)</body></html>".utf8))
        let huge = "<div class='\(String(repeating: "a-b ", count: 100_000))'>\(Page.article)</div>"
        XCTAssertEqual(try HTMLExtractor.extract(Array("<html><body>\(huge)</body></html>".utf8)).paragraphs.count, 3)
        XCTAssertThrowsError(try HTMLExtractor.extract([])) { XCTAssertEqual($0 as? ExtractionError, .notHTML) }
        XCTAssertThrowsError(try HTMLExtractor.extract(Array("just words, no markup at all".utf8))) { XCTAssertEqual($0 as? ExtractionError, .notHTML) }
    }

    func testTruncatedAndMutatedPDFsYieldTextOrOneError() {
        let pdf = PDFWriter.filing().bytes()
        var cases = stride(from: 0, to: pdf.count, by: max(1, pdf.count / 60)).map { Array(pdf.prefix($0)) }
        cases += mutations(of: pdf, count: 100, seed: 29)
        for bytes in cases {
            do {
                _ = try PDFExtractor.extract(bytes)
            } catch {
                XCTAssertNotNil(error as? ExtractionError)
            }
        }
    }
}
