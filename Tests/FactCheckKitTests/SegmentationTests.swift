import XCTest
@testable import FactCheckKit

final class SegmentationTests: XCTestCase {
    private func split(_ text: String) -> [String] {
        SentenceSegmenter.segment(lines: text.components(separatedBy: "\n")).map(\.text)
    }

    func testAbbreviationsAndInitialsDoNotEndSentences() {
        XCTAssertEqual(split("Mr. Smith met Dr. Jones on Jan. 5 at 9 a.m. in the lobby. Then he left."),
                       ["Mr. Smith met Dr. Jones on Jan. 5 at 9 a.m. in the lobby.", "Then he left."])
        XCTAssertEqual(split("John F. Kennedy spoke. U.S. officials agreed."),
                       ["John F. Kennedy spoke.", "U.S. officials agreed."])
        XCTAssertEqual(split("He gave sensitive U.S. documents to officials. The end."),
                       ["He gave sensitive U.S. documents to officials.", "The end."])
        XCTAssertEqual(split("He moved to the U.S. The family followed."),
                       ["He moved to the U.S.", "The family followed."])
    }

    func testMoneyAndDecimalsStayWhole() {
        XCTAssertEqual(split("He was paid $25,000.00 in cash. Rates rose 2.5 percent. US$25,000 went missing."),
                       ["He was paid $25,000.00 in cash.", "Rates rose 2.5 percent.", "US$25,000 went missing."])
    }

    func testQuotesStraightAndCurly() {
        XCTAssertEqual(split("“It is over,” she said. \"Really?\" He nodded. ‘Yes.’ Done."),
                       ["“It is over,” she said.", "\"Really?\"", "He nodded.", "‘Yes.’", "Done."])
        XCTAssertEqual(split("He said “This sentence ends inside.” Then another."),
                       ["He said “This sentence ends inside.”", "Then another."])
        XCTAssertEqual(split("“Why?” he asked."), ["“Why?” he asked."])
    }

    func testHeadlinesAndParagraphsAreSentences() {
        let segments = SentenceSegmenter.segment(lines: ["Headline without stop", "", "Body one. Body two.", "", "Subhead"])
        XCTAssertEqual(segments, [
            Segment(line: 1, column: 1, text: "Headline without stop"),
            Segment(line: 3, column: 1, text: "Body one."),
            Segment(line: 3, column: 11, text: "Body two."),
            Segment(line: 5, column: 1, text: "Subhead"),
        ])
    }

    func testHardWrappedLinesJoinAndKeepTheirStart() {
        let lines = ["  The prosecution had sought a life sentence for the former officer who", "had sold secrets. Next one."]
        let segments = SentenceSegmenter.segment(lines: lines)
        XCTAssertEqual(segments.first, Segment(line: 1, column: 3, text: "The prosecution had sought a life sentence for the former officer who\nhad sold secrets."))
        XCTAssertEqual(segments.last, Segment(line: 2, column: 19, text: "Next one."))
    }

    /// Found by fuzzing: whitespace at a hard line break was dropped, so the quote was not verbatim.
    func testWhitespaceAroundAHardWrapIsKept() {
        let lines = ["It is speculated that such a leak might have misinformed diplomats with the government ", "  regarding the case."]
        let doc = Fixtures.document(lines.joined(separator: "\n"))
        XCTAssertEqual(doc.sentences.count, 1)
        XCTAssertEqual(doc.sentences[0].text, lines.joined(separator: "\n"))
        XCTAssertTrue(doc.contains(quote: doc.sentences[0].text, line: 1, column: 1))
    }

    func testColumnsCountCharactersNotBytes() {
        let segments = SentenceSegmenter.segment(lines: ["Café é. Next."])
        XCTAssertEqual(segments.last?.column, 9)
    }
}
