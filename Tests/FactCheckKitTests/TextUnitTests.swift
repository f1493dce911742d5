import XCTest
@testable import FactCheckKit

/// The ASCII fast path must read text exactly as the character path does.
final class TextUnitTests: XCTestCase {
    private let tricky = [
        "Mallory, 62, of Leesburg, Va., was paid $25,000USD in 2017 by a U.S. contractor at 10 a.m. on Jan. 5.",
        "\"Kevin Patrick Mallory's\" trial--no: the jurors' 20-year-old O'Hare (AP) [Image: Getty]",
        "He said \"No.\" Then he left! Did he? Yes... 3.5 million; 1,200 pages\tand\u{0B}vertical\u{0C}feeds",
        "John F. Kennedy met Dr. Smith. The U.S. Attorney spoke. U.S. officials declined.",
        "a.b.c. x.y 2.5.6 ''quoted'' 'tis rock 'n' roll  trailing   ",
        "", "   ", "!!!", "A", "z9 9z A1b2",
    ]

    func testTokensAreTheSameEitherWay() {
        let lines = tricky + Fixtures.seeds.documents.flatMap(\.lines).filter(TextUnits.isPlainASCII)
        XCTAssertGreaterThan(lines.count, 100)
        for line in lines {
            XCTAssertTrue(TextUnits.isPlainASCII(line), line)
            XCTAssertEqual(Tokenizer.tokenize(ASCIIUnit.units(line)), Tokenizer.tokenize(Array(line)), line)
        }
    }

    func testSentenceRangesAreTheSameEitherWay() {
        for line in tricky + Fixtures.seeds.documents.flatMap(\.lines).filter(TextUnits.isPlainASCII) {
            XCTAssertEqual(SentenceSegmenter.split(ASCIIUnit.units(line)), SentenceSegmenter.split(Array(line)), line)
        }
    }

    /// Random ASCII built from the pieces the rules care about, from a fixed seed.
    func testRandomASCIIReadsTheSameEitherWay() {
        let alphabet = ["He", "paid", "Mallory's", "U.S.", "a.m.", "Dr.", "F.", "25,000", "3.5", ".", ".", ",", "'", "\"",
                        "!", "?", "(", ")", "[", "]", "$", "-", ":", " ", " ", " ", "\t", "x", "The", "officials", "..."]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33) % n
        }
        for _ in 0..<3_000 {
            var line = ""
            for _ in 0..<next(30) { line += alphabet[next(alphabet.count)] }
            XCTAssertEqual(Tokenizer.tokenize(ASCIIUnit.units(line)), Tokenizer.tokenize(Array(line)), line)
            XCTAssertEqual(SentenceSegmenter.segment(lines: [line, "and " + line]), segmentByCharacters([line, "and " + line]), line)
        }
    }

    /// The segmenter's result with every line forced down the character path.
    private func segmentByCharacters(_ lines: [String]) -> [Segment] {
        SentenceSegmenter.segment(lines: lines, forceCharacters: true)
    }

    func testTextWithCarriageReturnsOrNonASCIITakesTheCharacterPath() {
        XCTAssertFalse(TextUnits.isPlainASCII("line\r\n"), "\\r\\n is one character but two bytes")
        XCTAssertFalse(TextUnits.isPlainASCII("O’Hare"))
        XCTAssertEqual(Tokenizer.tokenize("O’Hare’s").map(\.lower), ["o'hare"])
        XCTAssertEqual(Tokenizer.tokenize("e\u{301}te\u{301} 5").map(\.end), [3, 5], "offsets count characters, not scalars")
    }
}
