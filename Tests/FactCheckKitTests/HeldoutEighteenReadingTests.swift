import XCTest
@testable import FactCheckKit

/// Readings the eighteenth held-out set found missing or wrong: a count beside a loosely matched event, a quoted "I
/// will", a number word before a nationality, a conversion in brackets inside a speed, a range written with a dash,; "during" and "amid" are no words a sentence must repeat; a hedge in a
/// clause that has none of the claim's words does not keep the model from reading the sentence.
final class HeldoutEighteenReadingTests: XCTestCase {
    private let page = "---\ntitle: Harbour news\npublished: 2024-03-12\n---\n"

    func testACountBesideALooselyMatchedEventIsNoRival() {
        let escape = page + "Guards searched the hills on Monday for five inmates who escaped from the Harbour state prison by cutting through two sets of bars.\n"
        let v = Fixtures.rulesVerdict("Does the Harbour prison house 1,300 inmates, 500 more than it was built for?", article: escape, id: "e")
        XCTAssertEqual(v.verdict, .absence, v.reason)
        // A count the same act is told of still conflicts.
        let arrests = page + "Police arrested five men in the harbour on Monday.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Police arrested six men in the harbour on Monday.", article: arrests, id: "a"), .conflict, cites: [5])
    }

    func testAQuotedIWillIsTheSpeakersPlan() {
        let plan = page + "\"The first thing I will do after I land is thank the team,\" Elena Marsh said on Monday.\n"
        let v = Fixtures.rulesVerdict("After landing, Elena Marsh first thanked the team.", article: plan, id: "p")
        XCTAssertEqual(v.verdict, .absence, v.reason)
        XCTAssertTrue(v.reason.contains("hedged"), v.reason)
        let done = page + "\"The first thing I did after I landed was thank the team,\" Elena Marsh said on Monday.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("After landing, Elena Marsh first thanked the team.", article: done, id: "d"), .agreement, cites: [5])
    }

    func testANumberWordBeforeANationalityCounts() {
        let names = { (s: String) in TextAnalyzer.analyse(s, context: NameContext(), reference: nil).entities.map(\.text) }
        XCTAssertEqual(names("Nineteen South Koreans returned home on Sunday.").first, "South Koreans")
        XCTAssertEqual(names("Seven Sisters Road was closed on Sunday.").first, "Seven Sisters Road")
        let home = page + "Nineteen South Koreans freed by the rebels returned home on Sunday.\n"
        let v = Fixtures.rulesVerdict("Twenty-one South Koreans freed by the rebels returned home on Sunday.", article: home, id: "h")
        Fixtures.assertVerdict(v, .conflict, cites: [5])
        XCTAssertTrue(v.reason.contains("Nineteen"), v.reason)
    }

    func testAConversionInBracketsStaysInsideASpeed() {
        let fireball = page + "The fireball was travelling at 30 km (19 miles) per second, the space agency said.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The fireball was travelling at 30 km per second.", article: fireball, id: "f"), .agreement, cites: [5])
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The fireball was travelling at 40 km per second.", article: fireball, id: "f"), .conflict, cites: [5])
    }

    func testADashJoinsTwoFiguresOfOneUnit() {
        // In metres, both ends: the bare first number is in the second's unit.
        let q = TextAnalyzer.analyse("The meteor broke apart 30-50 km above the ground.", context: NameContext(), reference: nil).quantities
        XCTAssertEqual(q.map(\.low), [30_000])
        XCTAssertEqual(q.map(\.high), [50_000])
        // A score is no range.
        XCTAssertFalse(TextAnalyzer.analyse("Harbour won 3-1 on Sunday.", context: NameContext(), reference: nil).quantities.contains { $0.low == 3 && $0.high == 1 })
        let meteor = page + "The meteor broke apart 30-50 km (19-31 miles) above the ground, the academy said.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The meteor broke apart 30-50 km above the ground.", article: meteor, id: "m"), .agreement, cites: [5])
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The meteor broke apart 60-80 km above the ground.", article: meteor, id: "m"), .conflict, cites: [5])
    }

    func testAPrepositionOfTimeIsNoWordToFind() {
        let museum = page + "The Harbour Museum opened on Saturday with hugs, tears and ringing church bells.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The Harbour Museum opened on Saturday amid hugs, tears and ringing church bells.", article: museum, id: "m"),
                               .agreement, cites: [5])
        // What it brings is still asked for: "during the storm" needs the storm.
        XCTAssertNotEqual(Fixtures.rulesVerdict("The Harbour Museum opened on Saturday during a storm.", article: museum, id: "m").verdict, .agreement)
    }

    func testAHedgeInAnotherClauseLeavesTheModelFree() {
        let claim = TextAnalyzer.analyseClaim("A sixth escapee, Tommy Munoz, was caught on Sunday near his cousin's home.", context: NameContext())
        let unit = { (s: String) in TextAnalyzer.analyse(s, context: NameContext(), reference: nil) }
        XCTAssertTrue(claim.hedgesAlike([unit("A sixth escapee, Tommy Munoz, was captured Sunday near his cousin's home, and the other five were believed to have headed for the city.")]))
        XCTAssertFalse(claim.hedgesAlike([unit("A sixth escapee, Tommy Munoz, was believed to have been captured Sunday near his cousin's home.")]))
    }
}
