import XCTest
@testable import FactCheckKit

/// Wrong verdicts an earlier cold review left open: a future act read as done; the day of a saying read as the day of
/// what was said, in names and in a day tied to the claim's words; a contest's sides swapped behind a score both give.
final class FutureActsAndSidesTests: XCTestCase {
    private let page = "---\ntitle: Harbour news\npublished: 2024-03-16\n---\n"

    func testAFutureActIsNotADoneOne() {
        let plan = page + "Acme Corp will buy the rival firm Zenith for $40 million, the company said.\n"
        let bought = Fixtures.rulesVerdict("Acme Corp bought Zenith for $40 million.", article: plan, id: "a")
        XCTAssertEqual(bought.verdict, .absence, bought.reason)
        XCTAssertTrue(bought.reason.contains("hedged"), bought.reason)
        // The claim's own future is what the sentence states.
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Acme Corp will buy Zenith for $40 million.", article: plan, id: "a"), .agreement, cites: [5])
        // A done act still agrees.
        let done = page + "Acme Corp bought the rival firm Zenith for $40 million, the company said.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Acme Corp bought Zenith for $40 million.", article: done, id: "d"), .agreement, cites: [5])
    }

    func testAFigureOfWhatIsYetToBeDoneStatesNoActDone() {
        let plan = page + "Ford will cut 500 jobs at its Cologne plant next year, the company said.\n"
        let cut = Fixtures.rulesVerdict("Ford cut 500 jobs at its Cologne plant.", article: plan, id: "f")
        XCTAssertEqual(cut.verdict, .absence, cut.reason)
        XCTAssertTrue(cut.reason.contains("hedged"), cut.reason)
        XCTAssertEqual(Fixtures.rulesVerdict("Ford cut 700 jobs at its Cologne plant.", article: plan, id: "f").verdict, .absence)
        // A claim of the plan, however worded, is stated.
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Ford will cut 500 jobs at its Cologne plant.", article: plan, id: "f"), .agreement, cites: [5])
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Ford plans to cut 500 jobs at its Cologne plant.", article: plan, id: "f"), .agreement, cites: [5])
        // A "will" of another clause leaves a done figure alone.
        let done = page + "Ford cut 500 jobs at its Cologne plant last year, and the company said more cuts will follow.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Ford cut 500 jobs at its Cologne plant.", article: done, id: "d"), .agreement, cites: [5])
    }

    func testTheDayOfASayingNamesNoDayOfTheAct() {
        let plan = page + "The patient will be discharged next week, the ministry said on Saturday.\n"
        let v = Fixtures.rulesVerdict("The patient was discharged on Saturday.", article: plan, id: "p")
        XCTAssertEqual(v.verdict, .absence, v.reason)
        // The saying's own day is the claim's when the claim dates the saying.
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The ministry said on Saturday that the patient will be discharged next week.", article: plan, id: "p"),
                               .agreement, cites: [5])
    }

    func testTheSpeakersSayingDayIsNotTheDayOfWhatHeTells() {
        let said = page + "The president said on Friday he had tested positive for the virus.\n"
        let v = Fixtures.rulesVerdict("The president tested positive on Thursday.", article: said, id: "s")
        XCTAssertNotEqual(v.verdict, .conflict, v.reason)
        // A day tied to the act itself still conflicts.
        let tested = page + "The president tested positive on Friday, his doctor said.\n"
        let c = Fixtures.rulesVerdict("The president tested positive on Thursday.", article: tested, id: "t")
        Fixtures.assertVerdict(c, .conflict, cites: [5])
        XCTAssertTrue(c.reason.contains("Friday"), c.reason)
    }

    func testSidesSwappedBehindAScoreBothGive() {
        let match = page + "Arsenal won 2-1 against Chelsea on Saturday at the Emirates Stadium.\n"
        for claim in ["Chelsea won 2-1 against Arsenal.", "Chelsea won against Arsenal."] {
            let v = Fixtures.rulesVerdict(claim, article: match, id: "m")
            Fixtures.assertVerdict(v, .conflict, cites: [5])
            XCTAssertTrue(v.reason.contains("Arsenal won"), v.reason)
        }
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Arsenal won 2-1 against Chelsea.", article: match, id: "m"), .agreement, cites: [5])
        // An act both sides do to each other has no wrong order; nor does another count tell against the claim's.
        let draw = page + "Arsenal drew 1-1 against Chelsea on Sunday.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("Chelsea drew 1-1 against Arsenal.", article: draw, id: "w").verdict, .conflict)
        let both = page + "Leeds United scored three goals against Burnley, who scored once.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("Burnley scored one goal against Leeds United.", article: both, id: "b").verdict, .conflict)
        // A figure as the object, the other side after "against".
        let goals = page + "Leeds United scored three goals against Burnley in the first half.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Burnley scored three goals against Leeds United.", article: goals, id: "g"), .conflict, cites: [5])
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Leeds United scored three goals against Burnley.", article: goals, id: "g"), .agreement, cites: [5])
    }
}
