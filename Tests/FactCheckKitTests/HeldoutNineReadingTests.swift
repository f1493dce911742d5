import XCTest
@testable import FactCheckKit

/// Readings the ninth held-out set's first run showed missing: a "charge" that asks a price is no accusation, a
/// "stopped" before a gerund ends an activity, a year written with "'s" before a name is that year, a verb before a
/// figure is not what it measures, and two tops ("as much as") are two figures.
final class HeldoutNineReadingTests: XCTestCase {
    private func events(_ text: String) -> [Lexicon.EventType] {
        TextAnalyzer.analyseClaim(text, context: NameContext(), reference: nil).events.map(\.type)
    }

    func testAChargeThatAsksAPriceIsNoAccusation() {
        XCTAssertEqual(events("Ferrow charges trading fees of up to 1%."), [])
        XCTAssertEqual(events("The ferry charged riders $4 each."), [])
        XCTAssertEqual(events("Ferrow was charged with fraud in 2020."), [.charge])
        XCTAssertEqual(events("Ferrow was charged in 2020 over the fees."), [.charge])
    }

    func testAPriceSentenceStatesNoClaimAboutAnotherVerb() {
        let page = "---\ntitle: Ferrow\n---\nUnderstanding how Ferrow charges fees for trades may help you save a lot.\n"
        // The sentence only hedges the saving; the shared "charges fees" states nothing of it.
        XCTAssertNotEqual(Fixtures.rulesVerdict("Understanding how Ferrow charges fees will save users a lot of money.", article: page, id: "ferrow").verdict,
                          .agreement)
    }

    func testStoppingAnActivityIsNoStop() {
        XCTAssertEqual(events("In May 2015 Ferrow stopped supporting Ruby 1.8."), [])
        XCTAssertEqual(events("Ferrow was stopped at O'Hare by agents."), [.stop])
    }

    func testAYearWithAnApostropheBeforeANameIsThatYear() {
        let dates = { (text: String) in TextAnalyzer.analyseClaim(text, context: NameContext(), reference: nil).dates.map(\.normalized) }
        XCTAssertEqual(dates("Quill's first album, 1990's Harbour Lights, sold well."), ["1990"])
        XCTAssertEqual(dates("Quill's music of the 1990's sold well."), ["1990…1999"])
    }

    func testAVerbBeforeAFigureIsNotWhatItMeasures() {
        let page = "---\ntitle: Ferrow\n---\nFerrow's current ferries have four decks, and the newest carry 900 passengers.\n"
        // "hold four decks" and "have four decks": the verb is no attribute that would set the two figures apart.
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Ferrow's current ferries hold four decks.", article: page, id: "ferrow"), .agreement, cites: [4])
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Ferrow's current ferries hold five decks.", article: page, id: "ferrow"), .conflict, cites: [4])
    }

    func testTwoTopsNameOneFigureEach() {
        let page = """
        ---
        title: Ferrow
        ---
        Ferrow believes its new engines will raise speed to as much as 30 knots.
        Ferrow's ferries reach 18 knots today.
        """
        // 18 knots lies under both tops; the tops differ.
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Ferrow believes its new engines will raise speed to as much as 40 knots.", article: page, id: "ferrow"),
                               .conflict, cites: [4], reason: "conflict: as much as 30 knots ≠ as much as 40 knots")
        XCTAssertNotEqual(Fixtures.rulesVerdict("Ferrow believes its new engines will raise speed to as much as 30 knots.", article: page, id: "ferrow").verdict, .conflict)
    }

    func testATopBesideThatFigureOrAnotherThingsTopDecidesNothing() {
        let verdict = { (claim: String, sentence: String) in
            Fixtures.rulesVerdict(claim, article: "---\ntitle: Ferrow\n---\n\(sentence)\n", id: "ferrow").verdict
        }
        // The top was 10%; 8% was the close: "as much as 8%" is not stated.
        XCTAssertNotEqual(verdict("Ferrow shares fell as much as 8% on Tuesday.", "Ferrow shares fell as much as 10% before closing down 8% on Tuesday."), .agreement)
        // A plain figure equal to the claim's top but of another thing leaves the tops to differ.
        XCTAssertEqual(verdict("The Ferrow fund could raise up to $5 billion.", "The Ferrow fund could raise up to $3 billion, and the firm already manages $5 billion."), .conflict)
        // A class's top is not the school's.
        XCTAssertNotEqual(verdict("The Ferrow school has as many as 1,000 students.", "Ferrow classes hold up to 30 students, and the Ferrow school has 900 students in all."), .conflict)
    }

    func testAShareOfANamedGroupIsThatGroupsShare() {
        let page = "---\ntitle: Poll\n---\nThe Ferrow poll found 45% of Republicans back the plan, compared with 30% of independents.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("The Ferrow poll found 45% of independents back the plan.", article: page, id: "poll").verdict, .agreement)
    }

    func testAnApostropheYearAfterInIsTheDecade() {
        let dates = { (text: String) in TextAnalyzer.analyseClaim(text, context: NameContext(), reference: nil).dates.map(\.normalized) }
        XCTAssertEqual(dates("Hip hop flourished in 1980's New York."), ["1980…1989"])
    }
}
