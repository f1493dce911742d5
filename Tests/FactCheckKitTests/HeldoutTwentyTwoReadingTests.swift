import XCTest
@testable import FactCheckKit

/// Readings from heldout22 and the held-out sets' wrong verdicts: a place named only inside another name or before a
/// noun is not where the claim's act was, "January of that year" is the year named before, a vote written "52 to 48",
/// the last time something happened, a list of names closed by "and", and what a period is for.
final class HeldoutTwentyTwoReadingTests: XCTestCase {
    private let page = "---\ntitle: Regional news\npublished: 2019-03-16\n---\n"

    override func setUpWithError() throws {
        guard WordNet.shared.isAvailable else { throw XCTSkip("wordnet-base is not installed; `make test` installs it") }
    }

    func testAPlaceInsideAnotherNameIsNotWhereTheActWas() {
        let post = page + "The Washington Post reported that the mayor was arrested in Miami on Tuesday.\n"
        // It was a wrong agreement ("Washington = Washington Post") before.
        XCTAssertNotEqual(Fixtures.rulesVerdict("The mayor was arrested in Washington on Tuesday.", article: post, id: "p").verdict, .agreement)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The mayor was arrested in Miami on Tuesday.", article: post, id: "p"), .agreement, cites: [5])
        // A longer name that is itself where the act was still holds the place ("at Chicago O'Hare International Airport").
        let airport = page + "Agents stopped the consultant at Chicago O'Hare International Airport on Tuesday.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Agents stopped the consultant at O'Hare on Tuesday.", article: airport, id: "a"),
                               .agreement, cites: [5])
    }

    func testAPlaceWrittenBeforeANounIsNotWhereTheActWas() {
        let chase = page + "A Texas man was arrested in Oklahoma City on Monday after a police chase.\n"
        // It was a wrong agreement ("Texas = Texas") before.
        XCTAssertNotEqual(Fixtures.rulesVerdict("A man was arrested in Texas on Monday.", article: chase, id: "c").verdict, .agreement)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("A man was arrested in Oklahoma on Monday.", article: chase, id: "c"), .agreement, cites: [5])
        // A place in a list, or set after another as its region, is where that place is.
        let list = page + "Two men were arrested in Oklahoma and Texas on Monday after a police chase.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Two men were arrested in Texas on Monday.", article: list, id: "l"), .agreement, cites: [5])
        let region = page + "Two men were arrested in Pasadena, California, on Monday after a police chase.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Two men were arrested in California on Monday.", article: region, id: "r"), .agreement, cites: [5])
    }

    func testAMonthOfThatYearIsInTheYearNamedBefore() {
        let tokens = Tokenizer.tokenize("In January of that year, her husband died.")
        let reference = CalendarDate(year: 2019, month: 3, day: 16)
        XCTAssertEqual(DateParser.parse(tokens, reference: reference, yearBefore: 2016).first?.days, 20160101...20160131)
        // With no year named before, the year is unknown, never the article's.
        let unknown = DateParser.parse(tokens, reference: reference).first
        XCTAssertNil(unknown?.days)
        XCTAssertEqual(unknown?.text, "January of that year")
        // A year named earlier in the sentence counts, shifted by "the following year".
        let moved = DateParser.parse(Tokenizer.tokenize("The club was founded in 1990 and moved in May of the following year."), reference: reference)
        XCTAssertEqual(moved.last?.days, 19910501...19910531)

        let life = page + "Her life changed for ever in 2016.\nIn January of that year, her husband René Angélil died of cancer.\n"
        // It was a wrong conflict ("January (2019-01) ≠ January 2016") before.
        Fixtures.assertVerdict(Fixtures.rulesVerdict("René Angélil died of cancer in January 2016.", article: life, id: "d"), .agreement, cites: [6])
        XCTAssertNotEqual(Fixtures.rulesVerdict("René Angélil died of cancer in January 2019.", article: life, id: "d").verdict, .agreement)
    }

    func testTheLastTimeSomethingHappenedIsNotTheClaimsTime() {
        let names = page + "The list was exhausted in 2020, causing the use of Greek alphabet names for storms. The last time the Greek alphabet was used for storms was in 2005.\n"
        // It was a wrong conflict ("2005 ≠ 2020") before.
        XCTAssertNotEqual(Fixtures.rulesVerdict("Greek alphabet names were used for storms in 2020.", article: names, id: "n").verdict, .conflict)
        let once = page + "The Greek alphabet was used for storms in 2005.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The Greek alphabet was used for storms in 2020.", article: once, id: "o"), .conflict, cites: [5])
    }

    func testAVoteWrittenWithToIsATally() {
        let vote = page + "The state senate passed the bill by a vote of 52 to 48 on Thursday.\n"
        let v = Fixtures.rulesVerdict("The state senate passed the bill by a vote of 52 to 46 on Thursday.", article: vote, id: "v")
        Fixtures.assertVerdict(v, .conflict, cites: [5])
        XCTAssertTrue(v.reason.contains("52 to 48 ≠ 52 to 46"), v.reason)
        // The same vote written as a score is the same tally.
        XCTAssertNotEqual(Fixtures.rulesVerdict("The state senate passed the bill 52-48 on Thursday.", article: vote, id: "v").verdict, .conflict)
        // A tally the sentence gives, with the rest of the claim, states it.
        let bundestag = page + "The Bundestag has voted to legalise same-sex marriage by 393 votes to 226.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The Bundestag voted 393 to 226 to legalise same-sex marriage.", article: bundestag, id: "b"),
                               .agreement, cites: [5])
        // A side's vote: the Senate's.
        let named = page + "The Senate voted 52 to 48 to pass the bill on Thursday.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The Senate voted 60 to 40 to pass the bill on Thursday.", article: named, id: "n"), .conflict, cites: [5])
    }

    func testTheLastOfAListOfNamesIsNoSubjectOfItsOwn() {
        XCTAssertEqual(ClaimSplitter.parts("Texas is gaining two House seats, while Montana, Colorado and Oregon picked up one each."),
                       ["Texas is gaining two House seats, while Montana, Colorado and Oregon picked up one each."])
        // Two clauses with names of their own still part.
        XCTAssertEqual(ClaimSplitter.parts("Texas gained two seats and Oregon picked up one."), ["Texas gained two seats", "Oregon picked up one."])
    }

    func testAPeriodIsForWhatItsToDoes() {
        let review = page + "The families of the 33 victims will have 30 days to review the report and provide comments to the Coast Guard.\n"
        let v = Fixtures.rulesVerdict("The families of the victims will have 60 days to review the report and send comments to the Coast Guard.",
                                      article: review, id: "r")
        Fixtures.assertVerdict(v, .conflict, cites: [5])
        XCTAssertTrue(v.reason.contains("30 days ≠ 60 days"), v.reason)
        // A period for something else is no rival.
        let other = page + "The families of the 33 victims will have 30 days to appeal, the Coast Guard said.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("The families of the victims will have 60 days to review the report, the Coast Guard said.",
                                                article: other, id: "o").verdict, .conflict)
    }

    func testAMultipleIsComparedWithTheEvidencesMultiple() {
        let found = Multiplier.all(in: TextAnalyzer.analyse("Sales more than doubled, then tripled again, while costs were halved and a tenfold rise came.",
                                                            context: NameContext(), reference: nil))
        XCTAssertEqual(found.map(\.factor), [2, 3, 0.5, 10])
        XCTAssertEqual(found.first?.bound, .atLeast)
        // Not a multiple: "double" as an adjective, a count of occasions.
        XCTAssertTrue(Multiplier.all(in: TextAnalyzer.analyse("A double murder shocked the town, which he visited three times.", context: NameContext(), reference: nil)).isEmpty)

        let ward = page + "Since the start of the war, miscarriages and fetal deaths have increased threefold at the hospital, according to Dr. Abed Abu Hasira.\n"
        let v = Fixtures.rulesVerdict("Miscarriages and fetal deaths at the hospital have doubled since the war began.", article: ward, id: "w")
        Fixtures.assertVerdict(v, .conflict, cites: [5])
        XCTAssertTrue(v.reason.contains("threefold ≠ doubled"), v.reason)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Miscarriages and fetal deaths at the hospital have tripled since the war began.", article: ward, id: "w"),
                               .agreement, cites: [5])
        // "roughly doubled" allows a little either way; "more than doubles" is no exact doubling.
        let rate = page + "Denmark's seven-day rate had roughly doubled to 65.2 cases per 100,000 people, the agency said.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Denmark's seven-day rate roughly doubled.", article: rate, id: "r"), .agreement, cites: [5])
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Denmark's seven-day rate tripled.", article: rate, id: "r"), .conflict, cites: [5])
    }

    func testAnAgeWrittenAtTheAgeOfIsAnAge() {
        let died = page + "Pittsburgh Mayor Bob O'Connor has died. He was 61.\n"
        let v = Fixtures.rulesVerdict("Pittsburgh Mayor Bob O'Connor has died at the age of 71.", article: died, id: "d")
        Fixtures.assertVerdict(v, .conflict, cites: [5])
        XCTAssertTrue(v.reason.contains("61 ≠ age of 71"), v.reason)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Pittsburgh Mayor Bob O'Connor has died at the age of 61.", article: died, id: "d"), .agreement, cites: [5, 5])
    }

    func testCold28ReviewMends() {
        // "Month of that year" with no year named before states no year at all.
        let march = page + "In March of that year, Ray Dunn was convicted of fraud.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("Ray Dunn was convicted of fraud in March 2018.", article: march, id: "m").verdict, .agreement)
        // "that same year" is the year named before.
        let same = page + "Ray Dunn was arrested in January 2015. He was convicted of fraud that same year.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Ray Dunn was convicted of fraud in 2015.", article: same, id: "s"), .agreement, cites: [5])
        // Two bodies' votes in one sentence: the ownerless claim's tally is neither's.
        let votes = page + "The county board approved the deal 4-3, and the city council approved it 9-4.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("The city council approved the deal 4-3.", article: votes, id: "v").verdict, .agreement)
        // "the U.S. state of Maine" names Maine as a place.
        let maine = page + "William Cohen is an American politician and author from the U.S. state of Maine.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("William Cohen is an American politician and author from Maine.", article: maine, id: "w"),
                               .agreement, cites: [5])
        // Of two votes, the one whose clause tells the claim's words before it.
        let split = page + "Republicans voted 210 to 5 in favour of the bill, while Democrats voted 200 to 12 against it.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Democrats voted 200 to 12 against the bill.", article: split, id: "s"), .agreement, cites: [5])
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Democrats voted 210 to 5 against the bill.", article: split, id: "s"), .conflict, cites: [5])
        // A court sits where it is named.
        let court = page + "A Paris court on Monday convicted a man over a knife attack in Lyon that wounded three people.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("A man was convicted in Paris over a knife attack.", article: court, id: "c"), .agreement, cites: [5])
    }
}
