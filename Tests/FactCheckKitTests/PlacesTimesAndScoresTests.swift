import XCTest
@testable import FactCheckKit

/// Readings from heldout21 and the held-out sets' missed conflicts: which place lies in which (WordNet's part-of
/// pointers), a time of day, a vote written as a score, and a length written onto its number ("8,611m").
final class PlacesTimesAndScoresTests: XCTestCase {
    private let page = "---\ntitle: Regional news\npublished: 2024-03-16\n---\n"

    override func setUpWithError() throws {
        guard WordNet.shared.isAvailable else { throw XCTSkip("wordnet-base is not installed; `make test` installs it") }
    }

    func testTheGazetteerKnowsWhichPlaceLiesInWhich() {
        let places = PlaceGazetteer.shared
        XCTAssertEqual(places.relation(of: "Houston", to: "Texas"), .inside)
        XCTAssertEqual(places.relation(of: "Texas", to: "Houston"), .contains)
        XCTAssertEqual(places.relation(of: "Brooklyn", to: "New York"), .inside)
        XCTAssertEqual(places.relation(of: "New York City", to: "New York"), .same)
        XCTAssertEqual(places.relation(of: "Houston", to: "Pasadena"), .apart)
        XCTAssertEqual(places.relation(of: "Shanghai", to: "China"), .inside)
        // "Haiti" names the country; the island the Dominican Republic shares is Hispaniola, "Haiti" only as a lesser name.
        XCTAssertEqual(places.relation(of: "Dominican Republic", to: "Haiti"), .apart)
        // Seattle lies in Washington the state, not in the capital: neither stated nor elsewhere.
        XCTAssertEqual(places.relation(of: "Seattle", to: "Washington"), .related)
        // A region says which place a name is; a name of several places lies in none of them.
        XCTAssertEqual(places.relation(of: "Paris", in: "Texas", to: "Texas"), .inside)
        XCTAssertEqual(places.relation(of: "Paris", to: "France"), .related)
        XCTAssertEqual(places.relation(of: "London", in: "Ontario", to: "Canada"), .inside)
        // A name WordNet does not know as a place is unknown, never apart.
        XCTAssertNil(places.relation(of: "Leesburg", to: "Houston"))
        XCTAssertNil(places.relation(of: "Columbia University", to: "Boston"))
    }

    func testAPlaceInsideTheClaimsStatesIt() {
        let born = page + "The singer was born in Houston in 1970 and grew up singing in church.\n"
        let v = Fixtures.rulesVerdict("The singer was born in Texas in 1970.", article: born, id: "b")
        Fixtures.assertVerdict(v, .agreement, cites: [5])
        // It was a wrong conflict ("Houston ≠ Texas") before.
        XCTAssertEqual(Fixtures.rulesVerdict("The singer was born in the United States in 1970.", article: born, id: "b").verdict, .agreement)
        // A region after the name says which place it is: "Paris, Texas" is not in France, "London, Ontario" is in Canada.
        let paris = page + "The singer was born in Paris, Texas, in 1970.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("The singer was born in France in 1970.", article: paris, id: "p").verdict, .agreement)
        let london = page + "The singer was born in London, Ontario, in 1970.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The singer was born in Canada in 1970.", article: london, id: "l"), .agreement, cites: [5])
        XCTAssertNotEqual(Fixtures.rulesVerdict("The singer was born in England in 1970.", article: london, id: "l").verdict, .agreement)
        // A name of several places states none of them ("Paris" alone may be Texas's), nor is it another place.
        let seattle = page + "The singer lives in Seattle with her family.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("The singer lives in Washington with her family.", article: seattle, id: "w").verdict, .conflict)
        // Where a flight came from is not where it landed.
        let flight = page + "A flight from Miami landed in Atlanta on Sunday.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("A flight landed in Florida on Sunday.", article: flight, id: "f").verdict, .agreement)
        // A place apart is still another place.
        let ohio = Fixtures.rulesVerdict("The singer was born in Ohio in 1970.", article: born, id: "b")
        Fixtures.assertVerdict(ohio, .conflict, cites: [5])
        XCTAssertTrue(ohio.reason.contains("Houston ≠ Ohio"), ohio.reason)
    }

    func testAPlaceSetInItsRegionIsElsewhereWhenWordNetKnowsThemApart() {
        let lab = page + "A team of researchers at Columbia University in New York City, NY, studied the moment of insight.\n"
        let v = Fixtures.rulesVerdict("A team of researchers at Columbia University in Boston studied the moment of insight.", article: lab, id: "l")
        Fixtures.assertVerdict(v, .conflict, cites: [5])
        XCTAssertTrue(v.reason.contains("New York City ≠ Boston"), v.reason)
        // A town WordNet does not know may lie in the claim's place: no conflict.
        let town = page + "The singer was born in Kavala, Greece, in 1950.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("The singer was born in Macedonia in 1950.", article: town, id: "t").verdict, .conflict)
    }

    func testAPlaceNamedBeforeItsNounIsWhereThatThingIs() {
        let held = page + "Investigators held the premier at a Miami airport on Thursday.\n"
        let v = Fixtures.rulesVerdict("Investigators held the premier at an airport in Atlanta on Thursday.", article: held, id: "h")
        Fixtures.assertVerdict(v, .conflict, cites: [5])
        XCTAssertTrue(v.reason.contains("Miami ≠ Atlanta"), v.reason)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Investigators held the premier at an airport in Florida on Thursday.", article: held, id: "h"),
                               .agreement, cites: [5])
    }

    func testATimeOfDayIsCompared() {
        let top = page + "\"The climbers made it to the top at around 5:00 pm,\" Karrar Haidri told reporters.\n"
        let v = Fixtures.rulesVerdict("Karrar Haidri told reporters the climbers made it to the top at around 3:00 pm.", article: top, id: "k")
        Fixtures.assertVerdict(v, .conflict, cites: [5])
        XCTAssertTrue(v.reason.contains("5:00 pm ≠ 3:00 pm"), v.reason)
        // "around" allows a few minutes either way; "5 p.m." is "5:00 pm".
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Karrar Haidri told reporters the climbers made it to the top at 5 p.m.", article: top, id: "k"),
                               .agreement, cites: [5])
        // A bound is no time of anything: "After 2 p.m." leaves 2:27 the one time.
        let eclipse = page + "After 2 p.m., the total eclipse reached Nashville at 2:27 p.m.\n"
        let e = Fixtures.rulesVerdict("The total eclipse reached Nashville at 2:47 p.m.", article: eclipse, id: "e")
        Fixtures.assertVerdict(e, .conflict, cites: [5])
        // A time the sentence does not give is not stated, even with every word there.
        let two = page + "The total eclipse reached Nashville at 2:27 p.m. and Charleston at 2:46 p.m.\n"
        XCTAssertEqual(Fixtures.rulesVerdict("The total eclipse reached Nashville at 3:15 p.m.", article: two, id: "t").verdict, .absence)
        // "just before", "a few minutes past": close to a time, not a bound; a time in brackets gives the same moment elsewhere.
        let found = page + "The paintings were discovered missing by a night watchman just before 7 a.m. (0500 GMT, 1 a.m. Thursday EST).\n"
        let w = Fixtures.rulesVerdict("The paintings were discovered missing by a night watchman just before 9 a.m.", article: found, id: "w")
        Fixtures.assertVerdict(w, .conflict, cites: [5])
        XCTAssertTrue(w.reason.contains("7 a.m. ≠ 9 a.m."), w.reason)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The paintings were discovered missing by a night watchman at about 7 a.m.", article: found, id: "w"),
                               .agreement, cites: [5])
        // Of several times, which is the claim's the rules do not say; "between 2 and 4 p.m." gives no time of anything.
        let polls = page + "Polls closed at 8 p.m., and the first results came in at 11 p.m.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("The first results came in at 8 p.m.", article: polls, id: "o").verdict, .agreement)
        let window = page + "The store will reopen between 2 and 4 p.m. on Sunday, the manager said.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("The store will reopen at 3 p.m. on Sunday, the manager said.", article: window, id: "s").verdict, .conflict)
        // Against GMT a US zone's distance changes with the season: not compared.
        let summer = page + "The launch was set for 2 p.m. ET on the pad.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("The launch was set for 6 p.m. GMT on the pad.", article: summer, id: "g").verdict, .conflict)
        // A time in another US zone is read as the same moment: "12:05 p.m. ET" is "9:05 a.m. PT".
        let zoned = page + "The partial eclipse began at 9:05 a.m. PT on the Oregon coast.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The partial eclipse began at 12:05 p.m. ET on the Oregon coast.", article: zoned, id: "z"),
                               .agreement, cites: [5])
        XCTAssertEqual(Fixtures.rulesVerdict("The partial eclipse began at 11:05 a.m. ET on the Oregon coast.", article: zoned, id: "z").verdict, .conflict)
        XCTAssertNotEqual(Fixtures.rulesVerdict("The partial eclipse began at 11:05 a.m. local time on the Oregon coast.", article: zoned, id: "z").verdict,
                          .conflict)
    }

    func testAVoteWrittenAsAScoreIsOneTally() {
        let vote = page + "The committee voted for the Japanese capital over Istanbul, by 60-36 votes.\n"
        // It was "36 votes ≠ 60 votes" before: the second half of a score is no count of its own.
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The committee voted for the Japanese capital over Istanbul by 60 votes to 36.", article: vote, id: "v"),
                               .agreement, cites: [5])
        XCTAssertNotEqual(Fixtures.rulesVerdict("The committee voted for the Japanese capital over Istanbul by 60 votes to 30.", article: vote, id: "v").verdict,
                          .agreement)
        // "60-36 votes" counts the winner's 60 votes, never 36.
        XCTAssertEqual(QuantityParser.parse(Tokenizer.tokenize("by 60-36 votes")).map(\.value), [60])
        let bill = page + "The Senate passed the bill by 60 votes to 36 on Tuesday.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The Senate passed the bill with 60 votes on Tuesday.", article: bill, id: "s"), .agreement, cites: [5])
        // Nor does a score the sentence gives with no side of its own state it for a side named only in the next sentence.
        let two = vote + "Madrid was eliminated in the opening round of voting.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("The committee voted for the Japanese capital over Madrid by 60 votes to 36.", article: two, id: "m").verdict,
                          .agreement)
        // A range is still a range: "30-50 km".
        XCTAssertEqual(QuantityParser.parse(Tokenizer.tokenize("a stretch of 30-50 km")).first?.low, 30_000)
    }
}
