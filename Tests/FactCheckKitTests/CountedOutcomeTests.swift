import XCTest
@testable import FactCheckKit

/// A count of people as a count of what befell them or what they did: "76 people have died" counts deaths, "killed at
/// least 12 people" counts deaths, "78 people reviewed" counts reviews (the packs' `outcomeNouns`).
final class CountedOutcomeTests: XCTestCase {
    private let page = "---\ntitle: State news\npublished: 2020-04-02\n---\n"
    private func units(_ text: String) -> [String?] {
        TextAnalyzer.analyse(text, context: NameContext(), reference: nil).quantities.map { $0.outcome ?? $0.unit }
    }

    func testPeopleCountedByWhatBefellThem() {
        let death = Stemmer.shared.stem("deaths")
        XCTAssertEqual(units("Of those, 76 people have died."), [death])
        XCTAssertEqual(units("The storm killed at least 12 people on Sunday."), [death])
        XCTAssertEqual(units("The storm caused 12 deaths."), [death])
        XCTAssertEqual(units("Under 78 people reviewed the film."), [Stemmer.shared.stem("reviews")])
        // People who did something else stay people; so do passengers who died (a part of the deaths, not all of them).
        XCTAssertEqual(units("About 300 people gathered outside."), [Stemmer.shared.stem("people")])
        XCTAssertEqual(units("Of those, 12 passengers died."), [Stemmer.shared.stem("passengers")])
    }

    func testADeathCountMeetsPeopleWhoDied() {
        let state = page + "There have been 20,875 confirmed cases in New York state, and of those, 76 people have died.\n"
        let v = Fixtures.rulesVerdict("There have been 90 deaths in New York state.", article: state, id: "s")
        Fixtures.assertVerdict(v, .conflict, cites: [5])
        XCTAssertTrue(v.reason.contains("76 people"), v.reason)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("There have been 76 deaths in New York state.", article: state, id: "s"), .agreement, cites: [5])
        let reviews = page + "On Rotten Tomatoes, the film has a rating of 64%, based on 78 reviews.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Under 78 people reviewed the film on Rotten Tomatoes.", article: reviews, id: "r"), .conflict, cites: [5])
    }
}
