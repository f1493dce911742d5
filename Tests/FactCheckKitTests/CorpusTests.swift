import XCTest
@testable import FactCheckKit

final class CorpusTests: XCTestCase {
    func testSeedsLoadInIdOrderWithDatelines() {
        let docs = Fixtures.seeds.documents
        XCTAssertEqual(docs.map(\.id), ["000_030b1a8708c7af75", "001_acc0a76dd6db6269", "002_6577e5e06abfb62b"])
        XCTAssertNil(docs[0].published, "000 has no dateline")
        XCTAssertEqual(docs[0].title, "Ex-CIA officer gets 20-year sentence for spying for China")
        XCTAssertEqual(docs[1].published, CalendarDate(year: 2021, month: 6, day: 17))
        XCTAssertEqual(docs[1].title, "CIA Officer Sentenced to 20 Years for Colluding With Communist China")
        XCTAssertEqual(docs[2].published, CalendarDate(year: 2017, month: 6, day: 23))
        XCTAssertEqual(docs[2].updated, CalendarDate(year: 2017, month: 8, day: 18))
    }

    /// Counted by hand: every real sentence, headline and sub-heading of the seeds stays citable.
    func testNoRealSentenceOfTheSeedsIsLostAsNoise() {
        XCTAssertEqual(Fixtures.seed("000").citableSentences.count, 26)
        XCTAssertEqual(Fixtures.seed("001").citableSentences.count, 33)
        XCTAssertEqual(Fixtures.seed("002").citableSentences.count, 19)
    }

    func testEveryNoiseKindInTheSeedsIsRecognised() {
        func kind(_ doc: String, line: Int) -> NoiseKind? {
            Fixtures.seed(doc).sentences.first { $0.line == line }?.noise
        }
        XCTAssertEqual(kind("000", line: 15), .advertisement)
        XCTAssertEqual(kind("000", line: 21), .numericIdentifier)
        XCTAssertEqual(kind("000", line: 5), .photoCaption, "caption ending in [Hector Retamal/AFP]")
        XCTAssertEqual(kind("000", line: 59), .sourceAttribution)
        XCTAssertEqual(kind("001", line: 13), .photoCaption, "(Image: Screen Shot/ Youtube)")
        XCTAssertEqual(kind("001", line: 14), .photoCaption)
        XCTAssertEqual(kind("001", line: 31), .socialPrompt)
        XCTAssertEqual(kind("001", line: 33), .trailer, "author blurb")
        XCTAssertEqual(kind("001", line: 34), .trailer)
        XCTAssertEqual(kind("001", line: 36), .socialPrompt)
        XCTAssertEqual(kind("001", line: 39), .trailer, "Tale of Genji teaser")
        XCTAssertEqual(kind("001", line: 43), .relatedLinks)
        XCTAssertEqual(kind("001", line: 1), .dateline)
        XCTAssertEqual(kind("002", line: 3), .dateline)
    }

    func testEveryCitableSentenceIsVerbatimAtItsPlace() {
        for doc in Fixtures.seeds.documents {
            for s in doc.sentences {
                XCTAssertTrue(doc.contains(quote: s.text, line: s.line, column: s.column), "\(doc.id):\(s.line):\(s.column)")
            }
        }
        let doc = Fixtures.seed("000")
        XCTAssertFalse(doc.contains(quote: "Mallory was paid", line: 3, column: 1))
    }

    func testFrontMatterOverridesTitleAndDate() {
        let doc = Fixtures.document("""
        ---
        title: "Spy case roundup"
        outlet: Example Times
        published: 2019-05-17
        url: https://example.org/a
        ---
        Headline here
        First sentence. Second one.
        """)
        XCTAssertEqual(doc.title, "Spy case roundup")
        XCTAssertEqual(doc.outlet, "Example Times")
        XCTAssertEqual(doc.url, "https://example.org/a")
        XCTAssertEqual(doc.published, CalendarDate(year: 2019, month: 5, day: 17))
        XCTAssertEqual(doc.sentences.map(\.line), [7, 8, 8])
        XCTAssertEqual(doc.sentences.map(\.column), [1, 1, 17])
    }

    func testWithoutFrontMatterTitleIsFirstLineThatIsNotADateline() {
        let doc = Fixtures.document("\n\nMonday, March 4, 2019\nThe real headline\n\nBody text.")
        XCTAssertEqual(doc.title, "The real headline")
        XCTAssertEqual(doc.published, CalendarDate(year: 2019, month: 3, day: 4))
    }

    func testASentenceEndingInADateIsNoDateline() {
        let doc = Fixtures.document("---\ntitle: Gotham (TV series)\n---\nGotham premiered on Fox on September 22, 2014.\n")
        XCTAssertNil(doc.published)
        XCTAssertEqual(doc.citableSentences.map(\.text), ["Gotham premiered on Fox on September 22, 2014."])
        let dated = Fixtures.document("Budget passes\nPublished June 3, 2019.\nThe council passed it.")
        XCTAssertEqual(dated.published, CalendarDate(year: 2019, month: 6, day: 3))
    }

    func testUnclosedFrontMatterIsText() {
        let doc = Fixtures.document("---\ntitle: nope\nStill text.")
        XCTAssertEqual(doc.title, "---")
        XCTAssertEqual(doc.sentences.count, 3)
    }

    func testMissingPathIsAClearError() {
        XCTAssertThrowsError(try Corpus.load(from: "/nonexistent/folder")) { error in
            XCTAssertEqual((error as? LoadError)?.description.hasPrefix("/nonexistent/folder: no such file"), true)
        }
    }

    func testBadFilesAreSkippedWithOneLineAndTheRestLoads() throws {
        let dir = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "Good article. It loads.".write(toFile: dir + "/good.txt", atomically: true, encoding: .utf8)
        try Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF]).write(to: URL(fileURLWithPath: dir + "/binary.txt"))
        try Data("Caf\u{E9} line one.\nLine two \u{E9}t\u{E9}.".unicodeScalars.map { UInt8($0.value) }).write(to: URL(fileURLWithPath: dir + "/latin1.txt"))
        try Data().write(to: URL(fileURLWithPath: dir + "/empty.txt"))
        try "x".write(toFile: dir + "/notes.pdf", atomically: true, encoding: .utf8)
        try "x".write(toFile: dir + "/notes.docx", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
        try "Nested article here.".write(toFile: dir + "/sub/nested.md", atomically: true, encoding: .utf8)

        let corpus = try Corpus.load(from: dir)
        XCTAssertEqual(corpus.documents.map(\.id), ["good", "latin1", "nested"])
        XCTAssertEqual(corpus.document(matching: "latin1")?.sentences.first?.text, "Café line one.")
        let lines = corpus.issues.map(\.description)
        XCTAssertTrue(lines.contains(dir + "/binary.txt: skipped: binary file, not text"), "\(lines)")
        XCTAssertTrue(lines.contains(dir + "/empty.txt: skipped: empty file"), "\(lines)")
        XCTAssertTrue(lines.contains(dir + "/latin1.txt: warning: line 1: not valid UTF-8; decoded as Latin-1"), "\(lines)")
        XCTAssertTrue(lines.contains(dir + "/notes.pdf: skipped: not a readable PDF (no %PDF header); re-export or re-download it"), "\(lines)")
        XCTAssertTrue(lines.contains(dir + "/notes.docx: skipped: not a .txt, .md, .html or .pdf source"), "\(lines)")
        XCTAssertTrue(lines.allSatisfy { !$0.contains("\n") })
    }

    func testEmptyFolderSaysSo() throws {
        let dir = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let corpus = try Corpus.load(from: dir)
        XCTAssertTrue(corpus.documents.isEmpty)
        XCTAssertEqual(corpus.issues.map(\.description), ["\(dir): warning: no .txt, .md, .html or .pdf sources found"])
    }

    func testSHA256OfKnownInputs() {
        XCTAssertEqual(SHA256.hex(Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex([UInt8]()), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }
}
