import XCTest
@testable import FactCheckKit

/// A place in order stated of the subject: another place for the same noun conflicts; another thing's place does not.
final class OrdinalComparisonTests: XCTestCase {
    private static let page = """
    ---
    title: Tide Line
    ---
    Tide Line is the third album by Dana Quill, a singer from Leeds.
    Harbour Song is the fourth and final installment in the Coast series.
    The second season of the show holds a 91% approval rating.
    """

    private func verdict(_ claim: String) -> SourceVerdict {
        Fixtures.rulesVerdict(claim, article: Self.page, id: "tide")
    }

    func testAnotherPlaceForTheSameNounConflicts() {
        Fixtures.assertVerdict(verdict("Tide Line is the second album by Dana Quill."), .conflict, cites: [4],
                               reason: "conflict: third album ≠ second album")
        Fixtures.assertVerdict(verdict("Harbour Song is the third installment in the Coast series."), .conflict, cites: [5],
                               reason: "conflict: fourth and final installment ≠ third installment")
        // The same place is no conflict.
        XCTAssertNotEqual(verdict("Tide Line is the third album by Dana Quill.").verdict, .conflict)
    }

    func testAnOrdinalThatPicksTheThingOrBoundsACountIsNotItsPlace() {
        // "The first season" names another season than "the second season": nothing is contradicted.
        XCTAssertNotEqual(verdict("The first season of the show holds a 91% approval rating.").verdict, .conflict)
        let t = TextAnalyzer.analyse("Quill missed the first two qualifiers and was the first singer to win.", context: NameContext(), reference: nil)
        XCTAssertEqual(OrdinalComparison.positions(in: t).map(\.text), ["first singer"])
        // Another noun is another list: "the second single" says nothing of the album's place.
        XCTAssertNotEqual(verdict("Tide Line is the second single by Dana Quill.").verdict, .conflict)
    }

    func testAnotherSubjectsPlaceOrAnotherScopeIsNoConflict() {
        let page = { (sentence: String) in "---\ntitle: Tide Line (album)\n---\n\(sentence)\n" }
        for sentence in ["Its predecessor, Low Water, was the fifth studio album by Dana Quill.",
                         "Tide Line followed Low Water, which was the fifth studio album by Dana Quill."] {
            XCTAssertNotEqual(Fixtures.rulesVerdict("Tide Line is the sixth studio album by Dana Quill.", article: page(sentence), id: "tide").verdict, .conflict, sentence)
        }
        // A clause after the place narrows it: the second album to top the chart may be the sixth album.
        XCTAssertNotEqual(Fixtures.rulesVerdict("Tide Line is the first album by Dana Quill.",
                                                article: page("Tide Line is the second album by Dana Quill to top the Harbour chart."), id: "tide").verdict, .conflict)
        // A place of 2019 is not a place of all time.
        XCTAssertNotEqual(Fixtures.rulesVerdict("Tide Line is the tenth highest selling album.",
                                                article: page("Tide Line is the third highest selling album of 2019."), id: "tide").verdict, .conflict)
        // Said of the page's subject by pronoun, it is the subject's.
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Tide Line is the second studio album by Dana Quill.",
                                                     article: page("It is the third studio album by Dana Quill."), id: "tide"), .conflict, cites: [4])
    }
}
