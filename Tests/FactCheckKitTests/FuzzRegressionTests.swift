import ArticleExtraction
import XCTest
@testable import FactCheckKit

/// Replays inputs that once broke a parser (and the fuzzers' seeds), with the same checks the
/// libFuzzer targets in `Fuzz/` make. `make fuzz` saves new crashes into the folder read here.
final class FuzzRegressionTests: XCTestCase {
    private var inputs: [Data] {
        let folder = Fixtures.repositoryRoot + "/Tests/FactCheckKitTests/Fixtures/fuzz-regressions"
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let saved = files.sorted().compactMap { FileManager.default.contents(atPath: folder + "/" + $0) }
        let handmade = ["\"", "claim,expect\n\"a", "---\n---\n---", "x => ", " => 000:", "$", "$,", "US$", "25K$", "-year-old", "between 2010 and",
                        "last", "May May May 1", "\u{FEFF}\u{0}", "a.b.c.d.e.", "“", "(Image:", "]", "1,2,3,4,5,6,7,8,9,0.1.2.3"]
        return saved + handmade.map { Data($0.utf8) }
    }

    func testClaimParsersNeverCrashAndOnlyReturnValidClaims() {
        for data in inputs {
            let text = String(decoding: data, as: UTF8.self)
            let parsed = ClaimFileParser.parseClaims(text, file: "r.claims")
            XCTAssertTrue(parsed.errors.allSatisfy { ($0.line ?? 0) >= 1 })
            XCTAssertTrue(parsed.entries.allSatisfy { ClaimText.problem($0.text) == nil })
            _ = ClaimFileParser.parseCSV(text, file: "r.csv")
        }
    }

    func testArticleLoaderPutsEverySentenceWhereItSays() {
        for data in inputs {
            guard case .text(let text, _) = TextDecoder.decode(data) else { continue }
            let doc = DocumentLoader.parse(text: text, id: "r", path: "r.txt", sha256: "")
            for s in doc.sentences { XCTAssertTrue(doc.contains(quote: s.text, line: s.line, column: s.column)) }
        }
    }

    /// As `Fuzz/HTMLFuzz.swift` checks: an article of clean one-line paragraphs, or one `ExtractionError`.
    func testHTMLExtractionYieldsCleanParagraphsOrOneError() {
        for data in inputs {
            do {
                let article = try HTMLExtractor.extract([UInt8](data))
                XCTAssertTrue(article.paragraphs.allSatisfy { !$0.isEmpty && !$0.contains("\n") })
            } catch {
                XCTAssertTrue(error is ExtractionError)
            }
        }
    }

    func testQuantityAndDateParsersKeepTheirInvariants() {
        for data in inputs {
            let tokens = Tokenizer.tokenize(String(decoding: data, as: UTF8.self))
            for q in QuantityParser.parse(tokens) { XCTAssertLessThanOrEqual(q.low, q.high) }
            for d in DateParser.parse(tokens, reference: CalendarDate(year: 2017, month: 6, day: 23)) {
                if let days = d.days { XCTAssertLessThanOrEqual(days.lowerBound, days.upperBound) }
            }
        }
    }

    /// Lengths and offsets near Int.max must be refused, not added into an overflow trap.
    func testCacheReaderRefusesOverflowingNumbers() throws {
        var w = CacheWriter()
        w.int(Int.max - 1)
        w.int(5)
        let bytes = w.encoded()
        try bytes.withUnsafeBytes { raw in
            var r = try CacheReader(raw, from: 0)
            XCTAssertThrowsError(try r.range())
        }
        var table = CacheWriter()
        table.int(1)          // one string in the table…
        table.int(Int.max)    // …claiming to be Int.max bytes long
        XCTAssertThrowsError(try table.body.withUnsafeBytes { try CacheReader($0, from: 0) })
    }

    func testCacheDecoderThrowsOnGarbageAndReadsWhatWasWritten() throws {
        for data in inputs {
            _ = data.withUnsafeBytes { try? MatcherCache.decodeBody($0) }
        }
        // Every prefix of a real body is malformed and must throw, not trap.
        let dir = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let cache = MatcherCache(directory: dir)
        _ = try cache.load(sources: Fixtures.sourcesPath)
        let file = try Data(contentsOf: URL(fileURLWithPath: cache.file(for: Fixtures.sourcesPath)))
        let headerLength = file[4..<12].enumerated().reduce(0) { $0 | Int($1.element) << ($1.offset * 8) }
        let body = file.dropFirst(12 + headerLength)
        let whole = try body.withUnsafeBytes { try MatcherCache.decodeBody($0) }
        XCTAssertEqual(whole.documents, Fixtures.seeds.documents)
        for cut in stride(from: 0, to: body.count, by: max(1, body.count / 500)) {
            XCTAssertNil(body.prefix(cut).withUnsafeBytes { try? MatcherCache.decodeBody($0) }, "prefix \(cut)")
        }
    }
}
