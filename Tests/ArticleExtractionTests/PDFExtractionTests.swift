import XCTest
@testable import ArticleExtraction
import FixtureWriters

final class PDFExtractionTests: XCTestCase {
    func testTwoColumnsAreReadLeftColumnFirst() throws {
        let pdf = try PDFExtractor.extract(PDFWriter.filing().bytes())
        XCTAssertEqual(pdf.pages.count, 3)
        let first = pdf.pages[0].joined(separator: " ")
        let left = try XCTUnwrap(first.range(of: "arrested on"))
        let right = try XCTUnwrap(first.range(of: "He was paid $25,000"))
        XCTAssertLessThan(left.lowerBound, right.lowerBound, first)
        XCTAssertTrue(pdf.pages[0].contains("June 22, 2017, at his home in"), "\(pdf.pages[0])")
    }

    func testRunningHeadersAndPageNumbersAreSetAsideOnEveryPage() throws {
        let pdf = try PDFExtractor.extract(PDFWriter.filing().bytes())
        for page in pdf.pages {
            XCTAssertFalse(page.contains(where: { $0.contains("Case No.") || $0.hasPrefix("Page ") }), "\(page)")
        }
        let headers = pdf.dropped.filter { $0.reason == .runningHeader }
        let numbers = pdf.dropped.filter { $0.reason == .pageNumber }
        XCTAssertEqual(headers.map(\.page), [1, 2, 3])
        XCTAssertEqual(numbers.map(\.text), ["Page 1 of 3", "Page 2 of 3", "Page 3 of 3"])
    }

    func testHyphenationAtLineEndsIsUndoneOnTheSameLine() throws {
        let page = try PDFExtractor.extract(PDFWriter.filing().bytes()).pages[0]
        XCTAssertTrue(page.contains("Leesburg, Virginia. The investigation"), "\(page)")
        XCTAssertTrue(page.contains("began in April 2017."), "\(page)")
        // A hyphen inside a line is the word's own: `sixty-two` keeps it.
        let third = try PDFExtractor.extract(PDFWriter.filing().bytes()).pages[2].joined(separator: " ")
        XCTAssertTrue(third.contains("sixty-two"), third)
    }

    func testMetadataFromTheInfoDictionary() throws {
        let m = try PDFExtractor.extract(PDFWriter.filing().bytes()).metadata
        XCTAssertEqual(m.title, "Sentencing memorandum")
        XCTAssertEqual(m.author, "Office of the Clerk")
        XCTAssertEqual(m.published, "2019-06-17")
    }

    func testAScannedPageIsNamedAndTheRestIsRead() throws {
        let pdf = try PDFExtractor.extract(PDFWriter.filing(scannedPage: 2).bytes())
        XCTAssertEqual(pdf.pages.map(\.isEmpty), [false, true, false])
        XCTAssertEqual(pdf.warnings, ["p.2: no text layer (a scanned page?): not read; run OCR to include it"])
    }

    func testBadPDFsSayWhatToDo() {
        let scanned = PDFWriter(pages: [PDFWriter.Page(isScanned: true)]).bytes()
        XCTAssertThrowsError(try PDFExtractor.extract(scanned)) { XCTAssertEqual($0 as? ExtractionError, .noTextLayer) }
        var locked = PDFWriter.filing()
        locked.encrypted = true
        XCTAssertThrowsError(try PDFExtractor.extract(locked.bytes())) { XCTAssertEqual($0 as? ExtractionError, .encryptedPDF) }
        XCTAssertThrowsError(try PDFExtractor.extract(Array("%PDF-1.4\nthis is not a PDF body".utf8))) {
            guard case .unreadablePDF = $0 as? ExtractionError else { return XCTFail("\($0)") }
        }
        XCTAssertThrowsError(try PDFExtractor.extract(Array("hello".utf8))) {
            XCTAssertEqual($0 as? ExtractionError, .unreadablePDF("no %PDF header"))
        }
    }

    func testPageNumberShapes() {
        for yes in ["7", "- 7 -", "Page 7", "7 of 12", "Page 7 of 12", "vii", "p. 7"] { XCTAssertTrue(PageFurniture.isPageNumber(yes), yes) }
        for no in ["7 people were hurt", "Page after page", "2019 was a hard year for the town"] { XCTAssertFalse(PageFurniture.isPageNumber(no), no) }
    }
}
