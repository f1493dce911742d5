import XCTest
@testable import FactCheckKit

/// A life's dates in brackets after a name ("Ada Brennan (3 May 1901 – 9 June 1977) was …") and the date ranges
/// written with a dash that carry them.
final class LifespanReadingTests: XCTestCase {
    private let page = "---\ntitle: Ada Brennan\n---\n"
    private let life = "Ada Brennan (3 May 1901 – 9 June 1977) was an Irish engineer who designed the Lough Derg bridge.\n"

    func testTheBracketsGiveBirthAndDeath() {
        let article = page + life
        let born = Fixtures.rulesVerdict("Ada Brennan was born in 1901.", article: article, id: "a")
        Fixtures.assertVerdict(born, .agreement, cites: [4])
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Ada Brennan died in June 1977.", article: article, id: "a"), .agreement, cites: [4])
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Ada Brennan's date of birth was 3 May 1901.", article: article, id: "a"), .agreement, cites: [4])
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Ada Brennan died in the twentieth century.", article: article, id: "a"), .agreement, cites: [4])
        // Each end is compared with its own date: the death year is no birth year.
        let wrongEnd = Fixtures.rulesVerdict("Ada Brennan was born in 1977.", article: article, id: "a")
        Fixtures.assertVerdict(wrongEnd, .conflict, cites: [4])
        XCTAssertTrue(wrongEnd.reason.contains("3 May 1901"), wrongEnd.reason)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Ada Brennan died in the 1980s.", article: article, id: "a"), .conflict, cites: [4])
    }

    func testOnlyTheSubjectsOwnSpanAndOnlyWhatTheClaimSays() {
        // The claim says how she died as well: the brackets do not say it.
        XCTAssertEqual(Fixtures.rulesVerdict("Ada Brennan died of pneumonia in 1977.", article: page + life, id: "a").verdict, .absence)
        XCTAssertNotEqual(Fixtures.rulesVerdict("Ada Brennan died in Paris in 1977.", article: page + life, id: "a").verdict, .agreement)
        // Years alone may be a tenure: "(1979–1990)" is no life.
        let tenure = page + "Ada Brennan (1979–1990) led the Lough Derg bridge authority.\n"
        XCTAssertEqual(Fixtures.rulesVerdict("Ada Brennan died in 2013.", article: tenure, id: "t").verdict, .absence)
        XCTAssertEqual(Fixtures.rulesVerdict("Ada Brennan was born in 1979.", article: tenure, id: "t").verdict, .absence)
        // Brackets after someone else's name, later in the sentence, date that person.
        let other = "---\ntitle: Lough Derg bridge\n---\nThe Lough Derg bridge was designed by Ada Brennan (3 May 1901 – 9 June 1977) and opened in 1931.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("The Lough Derg bridge was born in 1901.", article: other, id: "b").verdict, .agreement)
        XCTAssertNotEqual(Fixtures.rulesVerdict("Ada Brennan was born in 1931.", article: other, id: "b").verdict, .conflict)
        // A claim about someone else named first is not hers.
        XCTAssertNotEqual(Fixtures.rulesVerdict("Ada Brennan's son was born in 1977.", article: page + life, id: "a").verdict, .conflict)
    }

    func testADashJoinsTwoDatesAndNoUnit() {
        let dates = { (s: String) in TextAnalyzer.analyse(s, context: NameContext(), reference: nil).dates.map(\.text) }
        XCTAssertEqual(dates("Ada Brennan (3 May 1901 -- 9 June 1977) was an engineer."), ["3 May 1901", "9 June 1977"])
        XCTAssertEqual(dates("The abbey (1596 - 1617) stood on the hill."), ["1596", "1617"])
        XCTAssertEqual(dates("She was born on May 8, 1941-August 9, 1968 was his."), ["May 8, 1941", "August 9, 1968"])
        XCTAssertFalse(dates("A fire destroyed homes in the 1200-1500 block of Elm Street.").contains("1200"))
        // A number glued to a unit by a hyphen is still no year.
        XCTAssertEqual(dates("The 2017-year plan built a 1500-seat hall."), [])
        XCTAssertEqual(dates("It was the best team of the 2019-20 season."), [])
    }
}
