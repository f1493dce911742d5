import XCTest
@testable import FactCheckKit

/// Readings the fifteenth held-out set and the known gaps found missing: a change's size is never the level a claim
/// gives, a guess neither states nor denies, "than not" and "or not" deny nothing, a month that is to come is next
/// year's, an adjective opening a sentence is no name, a bearing from a place, "half a billion", a state abbreviated
/// after its town, a time of day, and an abbreviated title after the office's place.
final class HeldoutFifteenReadingTests: XCTestCase {
    private let page = "---\ntitle: Town news\npublished: 2024-02-10\n---\n"

    func testAChangesSizeIsNoLevel() {
        let schools = page + "The district said enrollment fell by 2,000 students to 48,000 students this year.\n"
        let v = Fixtures.rulesVerdict("Enrollment fell to 2,000 students.", article: schools, id: "s")
        Fixtures.assertVerdict(v, .conflict, cites: [5])
        XCTAssertTrue(v.reason.contains("48,000"), v.reason)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Enrollment fell to 48,000 students.", article: schools, id: "s"), .agreement, cites: [5])
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Enrollment fell by 2,000 students.", article: schools, id: "s"), .agreement, cites: [5])
        let size = Fixtures.rulesVerdict("Enrollment fell by 3,000 students.", article: schools, id: "s")
        Fixtures.assertVerdict(size, .conflict, cites: [5])
        XCTAssertTrue(size.reason.contains("2,000"), size.reason)
    }

    func testAGuessNeitherStatesNorDenies() {
        let bridge = page + "It is more likely than not that the Elm Street bridge will reopen in June, officials said.\n"
        let v = Fixtures.rulesVerdict("The Elm Street bridge will not reopen in June.", article: bridge, id: "b")
        XCTAssertEqual(v.verdict, .absence, v.reason)
        let stated = page + "The Elm Street bridge will reopen in June, officials said.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The Elm Street bridge will not reopen in June.", article: stated, id: "b"), .conflict, cites: [5])
        let doubt = page + "The Elm Street bridge may not reopen in June, officials said.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("The Elm Street bridge will reopen in June.", article: doubt, id: "b").verdict, .conflict)
    }

    func testWhetherOrNotDeniesNothing() {
        let road = page + "Whether or not the council agrees, Route 9 will close on Friday.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("Route 9 will close on Friday.", article: road, id: "r").verdict, .conflict)
        let denied = page + "Route 9 will not close on Friday, the council said.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Route 9 will close on Friday.", article: denied, id: "r"), .conflict, cites: [5])
    }

    func testAMonthToComeIsNextYears() {
        let bridge = page + "The Elm Street bridge will reopen in June.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The Elm Street bridge will reopen in June 2024.", article: bridge, id: "b"), .agreement, cites: [5])
        let past = page + "The Elm Street bridge closed in June.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The Elm Street bridge closed in June 2023.", article: past, id: "b"), .agreement, cites: [5])
        // Only a clause that foretells: "lower than expected in March" is last March.
        let sales = page + "Sales at Kestrel Foods were lower than expected in March.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("Sales at Kestrel Foods were lower than expected in March 2024.", article: sales, id: "k").verdict, .agreement)
    }

    func testAnAdjectiveOpeningASentenceIsNoName() {
        let club = page + "Yearly membership costs $40 at the Kestrel Club.\n"
        let v = Fixtures.rulesVerdict("Annual membership costs $40 at the Kestrel Club.", article: club, id: "c")
        XCTAssertNotEqual(v.verdict, .conflict, v.reason)
        XCTAssertFalse(v.reason.contains("Yearly membership ≠"), v.reason)
    }

    func testABearingFromAPlace() {
        let crash = page + "The crash occurred about 100 miles northeast of Kansas City, Mo.\n"
        let v = Fixtures.rulesVerdict("The crash happened about 100 miles southwest of Kansas City.", article: crash, id: "c")
        Fixtures.assertVerdict(v, .conflict, cites: [5])
        XCTAssertTrue(v.reason.contains("northeast of Kansas City"), v.reason)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The crash happened about 100 miles northeast of Kansas City.", article: crash, id: "c"), .agreement, cites: [5])
        // A rough bearing within a quarter-turn is no other spot.
        XCTAssertNotEqual(Fixtures.rulesVerdict("The crash happened about 100 miles north of Kansas City.", article: crash, id: "c").verdict, .conflict)
        // Another place's bearing says nothing of this one.
        let other = page + "The crash occurred about 100 miles northeast of Kansas City, and the train had left Omaha, 50 miles to the west.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("The crash happened about 100 miles southwest of Topeka.", article: other, id: "c").verdict, .conflict)
    }

    func testHalfABillion() {
        let heist = page + "A thief stole five paintings worth half a billion euros from the Delmont museum.\n"
        let v = Fixtures.rulesVerdict("The five paintings stolen from the Delmont museum are worth 500 million euros.", article: heist, id: "h")
        XCTAssertNotEqual(v.verdict, .conflict, v.reason)
        let more = Fixtures.rulesVerdict("The five paintings stolen from the Delmont museum are worth 900 million euros.", article: heist, id: "h")
        Fixtures.assertVerdict(more, .conflict, cites: [5])
        XCTAssertTrue(more.reason.contains("half a billion euros"), more.reason)
    }

    func testAStateAbbreviatedAfterItsTown() {
        let crash = page + "The train struck a dump truck at a crossing near Mendon, Mo., at 12:43 p.m.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The train struck a dump truck at a crossing near Mendon, Missouri.", article: crash, id: "c"), .agreement, cites: [5])
        let v = Fixtures.rulesVerdict("The train struck a dump truck at a crossing near Mendon, Kansas.", article: crash, id: "c")
        XCTAssertNotEqual(v.verdict, .agreement, v.reason)
        let mine = page + "The explosion killed 25 miners at the mine in Montcoal, W.Va., on Monday.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The explosion killed 25 miners at a mine in West Virginia.", article: mine, id: "m"), .agreement, cites: [5])
        // A compass word makes another state.
        XCTAssertNotEqual(Fixtures.rulesVerdict("The explosion killed 25 miners at a mine in Virginia.", article: mine, id: "m").verdict, .agreement)
        // "Mo" alone is no state: "Mo Farah won" names a man.
        let race = page + "Mo Farah won the race in Eugene.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("Missouri won the race in Eugene.", article: race, id: "r").verdict, .agreement)
    }

    func testATimeOfDayCountsNothing() {
        let crash = page + "The train struck a dump truck at 12:43 p.m., and 43 passengers were hurt.\n"
        let v = Fixtures.rulesVerdict("43 passengers were hurt when the train struck a dump truck.", article: crash, id: "c")
        Fixtures.assertVerdict(v, .agreement, cites: [5])
        let a = TextAnalyzer.analyse("The train struck a truck at 12:43 p.m.", context: NameContext(), reference: nil)
        XCTAssertTrue(a.quantities.isEmpty, a.quantities.map(\.display).joined(separator: ", "))
    }

    func testAnAbbreviatedTitleIsNoPartOfTheName() {
        let storm = page + "Florida Gov. Rick Scott said the state was prepared for the storm.\n"
        let a = TextAnalyzer.analyse("Florida Gov. Rick Scott said the state was prepared.", context: NameContext(), reference: nil)
        XCTAssertEqual(a.entities.map(\.text), ["Florida", "Rick Scott"])
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Gov. Rick Scott of Florida said the state was prepared for the storm.", article: storm, id: "s"), .agreement, cites: [5])
    }
}
