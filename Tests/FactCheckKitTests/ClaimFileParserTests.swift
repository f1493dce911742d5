import XCTest
@testable import FactCheckKit

final class ClaimFileParserTests: XCTestCase {
    func testClaimsCommentsBlanksAndExpectations() {
        let text = """
        # a comment
        Mallory was paid $25,000 => supported

        Mallory was paid $2,500  # trailing comment
        Lee is 54 => 000: agreement@57, 002: absence
        """
        let parsed = ClaimFileParser.parseClaims(text, file: "x.claims")
        XCTAssertEqual(parsed.errors, [])
        XCTAssertEqual(parsed.entries.map(\.text), ["Mallory was paid $25,000", "Mallory was paid $2,500", "Lee is 54"])
        XCTAssertEqual(parsed.entries.map(\.line), [2, 4, 5])
        XCTAssertEqual(parsed.entries[0].expectation?.overall, .supported)
        XCTAssertNil(parsed.entries[1].expectation)
        XCTAssertEqual(parsed.entries[2].expectation?.perSource, [
            SourceExpectation(sourcePrefix: "000", verdict: .agreement, lines: [57]),
            SourceExpectation(sourcePrefix: "002", verdict: .absence, lines: []),
        ])
    }

    func testWindowsLineEndings() {
        let parsed = ClaimFileParser.parseClaims("# saved on Windows\r\nMallory was paid $25,000 => supported\r\n\r\nLee is 54\r\n", file: "w.claims")
        XCTAssertEqual(parsed.errors, [])
        XCTAssertEqual(parsed.entries.map(\.text), ["Mallory was paid $25,000", "Lee is 54"])
        XCTAssertEqual(parsed.entries.map(\.line), [2, 4])
        XCTAssertEqual(parsed.entries[0].expectation?.overall, .supported)
    }

    func testBadExpectationsAreErrorsWithFileAndLineAndTheRestStillParses() {
        let text = "A => suported\nB => 000: agree\nC => 000: agreement@x\nD => supported\n   \n!!!\n"
        let parsed = ClaimFileParser.parseClaims(text, file: "bad.claims")
        XCTAssertEqual(parsed.entries.map(\.text), ["D"])
        XCTAssertEqual(parsed.errors.map(\.description), [
            "bad.claims:1: unknown verdict `suported`; expected one of supported, contradicted, disputed, unverified",
            "bad.claims:2: unknown verdict `agree` for 000; expected agreement, conflict or absence",
            "bad.claims:3: bad line number `x` after @ for 000",
            "bad.claims:6: claim has no words",
        ])
    }

    /// Found by fuzzing: an empty verdict after the colon crashed the parser.
    func testAnEmptyVerdictIsAnErrorNotACrash() {
        let parsed = ClaimFileParser.parseClaims("A => 000: \nB => 000: @3\n", file: "e.claims")
        XCTAssertEqual(parsed.errors.map(\.description), [
            "e.claims:1: expected `SOURCE: verdict` in `000:`",
            "e.claims:2: missing verdict for 000; expected agreement, conflict or absence",
        ])
    }

    func testUnknownAndAmbiguousSourcesAreErrorsAtTheClaim() {
        let run = CheckRun(matcher: Fixtures.matcher)
        let entry = ClaimFileParser.parseClaims("Mallory was paid => 009: agreement\nMallory was paid => 0: agreement", file: "s.claims").entries
        guard case .failure(let unknown) = run.check(entry[0]), case .failure(let ambiguous) = run.check(entry[1]) else { return XCTFail() }
        XCTAssertTrue(unknown.description.hasPrefix("s.claims:1: unknown source `009`"), unknown.description)
        XCTAssertTrue(ambiguous.description.hasPrefix("s.claims:2: source prefix `0` is ambiguous"), ambiguous.description)
    }

    func testFailedExpectationNamesSourceAndCitation() {
        let run = CheckRun(matcher: Fixtures.matcher)
        let entry = ClaimFileParser.parseClaims("Mallory was paid $25,000 => 000: agreement@1, 002: conflict", file: "f.claims").entries[0]
        guard case .success(let checked) = run.check(entry) else { return XCTFail() }
        XCTAssertEqual(checked.expectation?.met, false)
        XCTAssertEqual(checked.expectation?.failures.count, 2)
        XCTAssertTrue(checked.expectation!.failures[0].hasPrefix("000: expected a citation of line 1"), checked.expectation!.failures[0])
        XCTAssertTrue(checked.expectation!.failures[1].hasPrefix("002: expected conflict, got agreement"))
    }

    func testCSVWithQuotedCommasNewlinesAndAnExpectColumn() {
        let csv = "id,claim,expect\n1,\"Mallory was paid $25,000\",supported\n2,\"He said \"\"no\"\",\nthen left\",\n3,,\n"
        let parsed = ClaimFileParser.parseCSV(csv, file: "c.csv")
        XCTAssertEqual(parsed.entries.map(\.text), ["Mallory was paid $25,000", "He said \"no\",\nthen left"])
        XCTAssertEqual(parsed.entries.map(\.line), [2, 3])
        XCTAssertEqual(parsed.entries[0].expectation?.overall, .supported)
        XCTAssertEqual(parsed.errors.map(\.description), ["c.csv:5: empty claim"])
    }

    /// An unquoted `$3,000` used to read as the verdict `000`: the row is wider than the header, and that is what to say.
    func testARowWiderThanTheHeaderSaysToQuoteCommas() {
        let csv = "claim,expect\nMallory was paid $3,000,contradicted\n\"Mallory was paid $25,000\",supported\nHansen was sentenced,unverified,\n"
        let parsed = ClaimFileParser.parseCSV(csv, file: "m.csv")
        XCTAssertEqual(parsed.errors.map(\.description), [
            "m.csv:2: this row has 3 fields but the header has 2; a field that contains a comma must be in double quotes (\"Mallory was paid $3,000\")",
        ])
        XCTAssertEqual(parsed.entries.map(\.text), ["Mallory was paid $25,000", "Hansen was sentenced"], "an empty trailing field is no error")
    }

    func testAMissingFileHasNoLineNumber() {
        XCTAssertThrowsError(try ClaimFileParser.files(at: "/no/such/nope.claims")) { error in
            XCTAssertEqual("\(error)", "/no/such/nope.claims: no such file or folder")
        }
    }

    func testCSVErrors() {
        XCTAssertEqual(ClaimFileParser.parseCSV("claim\n\"never closed\n", file: "u.csv").errors.map(\.description),
                       ["u.csv:2: unbalanced quote: a field opened with \" is never closed"])
        XCTAssertEqual(ClaimFileParser.parseCSV("text,notes\nx,y\n", file: "h.csv").errors.map(\.description),
                       ["h.csv:1: no `claim` column in the header row (found: text, notes)"])
    }

    func testClaimLimits() {
        XCTAssertEqual(ClaimText.problem(""), "empty claim")
        XCTAssertEqual(ClaimText.problem("  \t "), "empty claim")
        XCTAssertEqual(ClaimText.problem("?!…"), "claim has no words")
        XCTAssertNotNil(ClaimText.problem(String(repeating: "a ", count: 60_000)))
        XCTAssertNil(ClaimText.problem("Mallory was paid"))
    }
}
