import XCTest
@testable import FactCheckKit

/// Readings VitaminC dev showed missing in session 11: decades and centuries, a count of a named thing
/// ("38 Emmy Awards"), plurals in -ies, a bounded count that looks like a year, a number written onto a name
/// ("the 76ers"), a description that names no doer, and the title's words behind a date conflict.
final class EraAndCountReadingTests: XCTestCase {
    private func dates(_ text: String) -> [DateMention] {
        TextAnalyzer.analyseClaim(text, context: NameContext(), reference: nil).dates
    }

    private func quantities(_ text: String) -> [Quantity] {
        TextAnalyzer.analyseClaim(text, context: NameContext(), reference: nil).quantities
    }

    func testDecadesAndCenturiesAreSpansOfYears() {
        XCTAssertEqual(dates("The band formed in the 1990s.").map(\.normalized), ["1990…1999"])
        XCTAssertEqual(dates("The band formed in the early 1990s.").map(\.normalized), ["1990…1994"])
        XCTAssertEqual(dates("The church was built in the 19th century.").map(\.normalized), ["1800…1899"])
        // "The 1900s" may be the decade or the century: the wider reading, so only a year outside both contradicts it.
        XCTAssertEqual(dates("He died in the 1900's.").map(\.normalized), ["1900…1999"])
        // A bound takes the article: "before the 1990s" ends in 1989.
        XCTAssertEqual(dates("The band formed before the 1990s.").map(\.normalized), ["…1989"])
        XCTAssertEqual(dates("The band formed before the 1990s.").map(\.text), ["before the 1990s"])
    }

    func testADecadeAgreesWithAYearInsideItAndConflictsWithOneOutside() {
        let page = """
        ---
        title: The Hollow Pines
        ---
        The Hollow Pines is a 1994 American film directed by Mara Quist.
        """
        let v = { (claim: String) in Fixtures.rulesVerdict(claim, article: page, id: "pines") }
        Fixtures.assertVerdict(v("The Hollow Pines is an American film of the 1990s."), .agreement, cites: [4])
        Fixtures.assertVerdict(v("The Hollow Pines is an American film of the 1980s."), .conflict, cites: [4], reason: "conflict: 1994 (1994) ≠ 1980s")
        Fixtures.assertVerdict(v("The Hollow Pines is an American film of the 21st century."), .conflict, cites: [4])
    }

    func testACountOfANamedThingComparesWithTheSameNameOnly() {
        let page = """
        ---
        title: Harbour Lights
        ---
        Harbour Lights won 59 Emmy Awards and 4 Golden Globe Awards.
        """
        let v = { (claim: String) in Fixtures.rulesVerdict(claim, article: page, id: "lights") }
        XCTAssertEqual(quantities("Harbour Lights won 38 Emmy Awards.").map(\.display), ["38 Emmy Awards"])
        Fixtures.assertVerdict(v("Harbour Lights won 38 Emmy Awards."), .conflict, cites: [4], reason: "conflict: 59 Emmy Awards ≠ 38 Emmy Awards")
        Fixtures.assertVerdict(v("Harbour Lights won more than 50 Emmy Awards."), .agreement, cites: [4])
        // Golden Globe Awards are not Emmy Awards: 4 of them is no rival to 38 Emmys.
        Fixtures.assertVerdict(v("Harbour Lights won 4 Emmy Awards."), .conflict, cites: [4], reason: "conflict: 59 Emmy Awards ≠ 4 Emmy Awards")
        // The name stays a name.
        XCTAssertEqual(TextAnalyzer.analyseClaim("Harbour Lights won 38 Emmy Awards.", context: NameContext(), reference: nil).entities.map(\.text),
                       ["Harbour Lights", "Emmy Awards"])
    }

    func testAPluralInIesIsANoun() {
        // "recoveries" is counted by "the number of recoveries reached 76".
        let page = """
        ---
        title: Outbreak in Ruritania
        ---
        In Ruritania the number of recoveries reached 76.
        """
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Ruritania has over 70 recoveries.", article: page, id: "rur"), .agreement, cites: [4])
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Ruritania has over 90 recoveries.", article: page, id: "rur"), .conflict, cites: [4])
    }

    func testABoundedCountIsNoYear() {
        XCTAssertTrue(dates("Ruritania recorded fewer than 2000 fatalities.").isEmpty)
        XCTAssertEqual(quantities("Ruritania recorded fewer than 2000 fatalities.").map(\.display), ["fewer than 2000 fatalities"])
        // A year before a plural noun stays a year where nothing bounds it.
        XCTAssertEqual(dates("The 2016 elections were close.").map(\.normalized), ["2016"])
    }

    func testANumberWrittenOntoAWordIsAName() {
        XCTAssertTrue(quantities("Jace Riley plays for the 76ers.").isEmpty)
        let page = """
        ---
        title: Jace Riley
        ---
        Jace Riley (born 1981) is an American basketball player who plays for the Philadelphia 76ers of the NBA.
        """
        // "an American basketball player who plays …" names no other doer: "American" only describes the player.
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Jace Riley plays for the 76ers.", article: page, id: "riley"), .agreement, cites: [4])
    }

    func testTheTitlesWordsCountForADateConflict() {
        let page = """
        ---
        title: Loose Threads (film)
        ---
        Loose Threads was released in the United States on January 21, 2007.
        """
        let v = { (claim: String) in Fixtures.rulesVerdict(claim, article: page, id: "threads") }
        Fixtures.assertVerdict(v("The film Loose Threads was released in 2011."), .conflict, cites: [4], reason: "conflict: January 21, 2007 (2007-01-21) ≠ 2011")
        Fixtures.assertVerdict(v("Loose Threads was released in 2007."), .agreement, cites: [4])
    }

    func testAnAsOfDateIsAReadingNotAnEvent() {
        let page = """
        ---
        title: Harbour Lights (game)
        ---
        As of March 31, 2018, Harbour Lights had sold 16.29 million copies.
        """
        // Another reading's date says nothing against this one.
        Fixtures.assertVerdict(Fixtures.rulesVerdict("As of June 30, 2018, Harbour Lights had sold more than 16.3 million copies.", article: page, id: "game"), .absence)
    }

    func testEraReadingsFoundByReview() {
        // "before the 1st century" has no day before it: an empty-ended range, not a crash.
        XCTAssertEqual(dates("Christianity reached Rome before the 1st century.").count, 1)
        // "20th Century Fox" is a studio, no century.
        XCTAssertTrue(dates("The film was released by 20th Century Fox.").isEmpty)
        // "the late 1800s" is the late century.
        XCTAssertEqual(dates("The mill opened in the late 1800s.").map(\.normalized), ["1850…1899"])
        // A year before a reference noun stays a year.
        XCTAssertEqual(dates("Emissions fell lower than 2019 levels.").map(\.normalized), ["2019"])
    }
}
