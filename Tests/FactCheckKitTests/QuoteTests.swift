import XCTest
@testable import FactCheckKit

/// Quotations compared word for word, with the differing words named.
final class QuoteTests: XCTestCase {
    private let checker = QuoteChecker(corpus: Corpus(documents: [
        Fixtures.document("Intro line.\n\n“Your object is to gain information, and my object is to be paid for it,” Mallory wrote.\n", id: "a"),
    ]))

    private func check(_ quote: String) -> SourceVerdict { checker.check(Quotation(quote)!)[0] }

    func testWordForWordIgnoringCaseAndPunctuation() {
        XCTAssertEqual(check("your object is to gain information and my object is to be paid").verdict, .agreement)
        XCTAssertEqual(check("your object is to gain information and my object is to be paid").citations.map(\.line), [3])
        // An omission the writer marked is allowed; the pieces must still come in order.
        XCTAssertEqual(check("Your object is … to be paid for it").verdict, .agreement)
        XCTAssertEqual(check("to be paid for it ... Your object is").verdict, .conflict)
    }

    func testAMisquoteNamesTheWords() {
        let v = check("Your object is to gain information, and my aim is to be paid for it")
        XCTAssertEqual(v.verdict, .conflict)
        XCTAssertEqual(v.reason, "conflict: misquote — draft “aim” ≠ source “object”")
        XCTAssertEqual(check("Your object is to gain information, and my object is to be richly paid for it").reason,
                       "conflict: misquote — draft adds “richly”")
        XCTAssertEqual(check("Your object is to gain information, and my object is paid for it").reason,
                       "conflict: misquote — draft leaves out “to be”")
    }

    func testAQuoteLongerThanTheSourcesIsNotAMisquote() {
        let v = check("my object is to be paid for it, and paid well")
        XCTAssertEqual(v.verdict, .absence)
        XCTAssertTrue(v.reason.contains("“and paid well”"), v.reason)
    }

    func testAnUnrelatedQuoteIsAbsence() {
        XCTAssertEqual(check("we will never give up the fight").verdict, .absence)
        XCTAssertTrue(check("we will never give up the fight").citations.isEmpty)
    }

    func testFindingQuotations() {
        XCTAssertEqual(Quotation.find(in: "He said “one two three” and \"four five six\".").map(\.text), ["one two three", "four five six"])
        XCTAssertEqual(Quotation.find(in: "A “defense information” case").count, 0)
        XCTAssertEqual(Quotation.find(in: "“An open quote to the end").map(\.text), ["An open quote to the end"])
    }
}
