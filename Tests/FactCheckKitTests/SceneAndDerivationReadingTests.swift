import XCTest
@testable import FactCheckKit

/// Readings VitaminC dev showed missing in session 12: a sentence that opens with where or when before its
/// subject, "over" that spans rather than bounds, a modifier on a compound noun, a claim's capitalised common
/// noun, a verb told as its noun ("died" / "death"), and a place behind a compass word ("in northern Portugal").
final class SceneAndDerivationReadingTests: XCTestCase {
    private let lumen = """
    ---
    title: Lumen (film)
    ---
    On the review site Critical Mass, the film holds a score of 71% based on 48 reviews.
    """

    func testAnOpeningPhraseLeavesThePageSubjectAsTheSubject() {
        let v = { (claim: String) in Fixtures.rulesVerdict(claim, article: self.lumen, id: "lumen") }
        Fixtures.assertVerdict(v("Lumen received more than 50 reviews."), .conflict, cites: [4], reason: "conflict: 48 reviews ≠ more than 50 reviews")
        Fixtures.assertVerdict(v("Lumen received fewer than 50 reviews."), .agreement, cites: [4])
        // A name in the opening phrase is still someone else when the clause after it names a person.
        let other = """
        ---
        title: Lumen (film)
        ---
        In a 2019 interview, Dana Quill said she had read 48 reviews.
        """
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Lumen received 48 reviews.", article: other, id: "lumen"), .absence)
    }

    func testOverAfterASpanningVerbIsNoBound() {
        let q = TextAnalyzer.analyseClaim("The score was averaged over 48 critics.", context: NameContext(), reference: nil).quantities
        XCTAssertEqual(q.first?.value, 48)
        XCTAssertNil(q.first?.qualifier)
        let bound = TextAnalyzer.analyseClaim("The film was seen by over 48 critics.", context: NameContext(), reference: nil).quantities
        XCTAssertEqual(bound.first?.qualifier, "over")
        // An average of a figure is still bounded: "averaged over 20 points per game", "played over 300 matches".
        for text in ["Smith averaged over 20 points per game.", "Smith played over 300 matches for Leeds."] {
            XCTAssertEqual(TextAnalyzer.analyseClaim(text, context: NameContext(), reference: nil).quantities.first?.qualifier, "over", text)
        }
    }

    func testAModifierIsComparedOnTheWholeNoun() {
        // 001:5 has Mallory "sharing sensitive American intelligence with Chinese agents".
        let paid = Fixtures.matcher.check("Mallory got $25,000 from Chinese intelligence officers").sources[1]
        XCTAssertNotEqual(paid.verdict, .conflict, "Chinese intelligence officers are not American intelligence: \(paid.reason)")
        let shared = Fixtures.matcher.check("Mallory shared sensitive Chinese intelligence with Chinese agents").sources[1]
        Fixtures.assertVerdict(shared, .conflict, cites: [5], reason: "conflict: American intelligence ≠ Chinese intelligence")
    }

    func testACapitalisedCommonNounAndAVerbToldAsItsNoun() {
        let page = """
        ---
        title: Grace Ortiz
        ---
        The tour ended with Ortiz's death from malaria in 1998.
        """
        let v = { (claim: String) in Fixtures.rulesVerdict(claim, article: page, id: "ortiz") }
        Fixtures.assertVerdict(v("Ortiz died of Malaria in 1998."), .agreement, cites: [4])
        Fixtures.assertVerdict(v("Ortiz died of Malaria in 1996."), .conflict, cites: [4])
        // A person's name is never matched as a word.
        XCTAssertEqual(v("Ortiz died of malaria with Rose in 1998.").verdict, .absence)
    }

    func testACompassWordKeepsThePlaceInItsSlot() {
        let page = """
        ---
        title: Veruna
        ---
        Veruna is a market town in northern Portugal.
        """
        let v = { (claim: String) in Fixtures.rulesVerdict(claim, article: page, id: "veruna") }
        Fixtures.assertVerdict(v("Veruna is in Spain."), .conflict, cites: [4], reason: "conflict: Portugal ≠ Spain")
        XCTAssertNotEqual(v("Veruna is in Portugal.").verdict, .conflict)
    }

    func testAKnownNameIsNeverReadFromACommonNounAndAnOpenerThatNamesNoOne() {
        let page = """
        ---
        title: Hollins Museum
        ---
        In 1990 the museum bought 200 pieces of china and told us about it.
        """
        let v = { (claim: String) in Fixtures.rulesVerdict(claim, article: page, id: "hollins") }
        XCTAssertNotEqual(v("In 1990 the museum bought 200 pieces from China.").verdict, .agreement)
        XCTAssertNotEqual(v("In 1990 the museum told the US about 200 pieces of china.").verdict, .agreement)
        let due = TextAnalyzer.analyseClaim("Due to the storm, the final was postponed.", context: NameContext(), reference: nil)
        XCTAssertTrue(due.entities.isEmpty, "\(due.entities.map(\.text))")
    }

    func testAVerbEndsTheModifiedNoun() {
        let page = """
        ---
        title: Front line
        ---
        Ukrainian forces attacked Russian positions near Kyiv.
        """
        XCTAssertNotEqual(Fixtures.rulesVerdict("Russian forces attack Kyiv.", article: page, id: "front").verdict, .agreement)
    }
}
