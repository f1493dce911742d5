import XCTest
@testable import FactCheckKit

/// Readings from heldout23 and session 29: votes spelled out or given as shares, a quality graded before "than", an
/// act yet to come, what a party calls itself, a measure past its dimension and its conversion, a figure yet to come,
/// a word negated by its prefix, and a period behind or ahead.
final class HeldoutTwentyThreeReadingTests: XCTestCase {
    private let page = "---\ntitle: Regional news\npublished: 2019-03-16\n---\n"

    override func setUpWithError() throws {
        guard WordNet.shared.isAvailable else { throw XCTSkip("wordnet-base is not installed; `make test` installs it") }
    }

    func testAVoteSpelledOutIsATally() {
        let council = page + "The city council voted three to one on Tuesday to approve the new stadium plan.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The city council voted 3-1 to approve the stadium plan.", article: council, id: "c"), .agreement, cites: [5])
        let other = Fixtures.rulesVerdict("The city council voted four to one to approve the stadium plan.", article: council, id: "c")
        Fixtures.assertVerdict(other, .conflict, cites: [5])
        XCTAssertTrue(other.reason.contains("three to one ≠ four to one"), other.reason)
        // "one" alone after "voted" is no count ("voted to approve" has none).
        XCTAssertTrue(Tally.all(in: TextAnalyzer.analyseClaim("The board voted to approve one plan.", context: NameContext(), reference: nil)).isEmpty)
    }

    func testAVoteGivenAsSharesIsATally() {
        let vote = page + "Voters in the state backed the measure 60 percent to 40 percent in the referendum.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Voters backed the measure 60% to 40%.", article: vote, id: "v"), .agreement, cites: [5])
        let other = Fixtures.rulesVerdict("Voters backed the measure 55 percent to 45 percent.", article: vote, id: "v")
        Fixtures.assertVerdict(other, .conflict, cites: [5])
        XCTAssertTrue(other.reason.contains("60 percent to 40 percent ≠ 55 percent to 45 percent"), other.reason)
        // A change from one share to another, a range and a change by a share are not tallies.
        for text in ["Support fell from 60% to 40% in a year.", "Turnout was between 60% and 40%.", "Growth slowed by 10% to 5%.",
                     "Turnout rose 40% to 60%."] {
            XCTAssertTrue(Tally.all(in: TextAnalyzer.analyseClaim(text, context: NameContext(), reference: nil)).isEmpty, text)
        }
    }

    func testAQualityGradedBeforeThanHasASign() {
        let plane = page + "The Dreamliner, which Qantas says has 20 percent better fuel efficiency than similar-sized aircraft, landed in London.\n"
        let less = Fixtures.rulesVerdict("Qantas says the Dreamliner is 20 percent less fuel-efficient than similar-sized aircraft.", article: plane, id: "q")
        Fixtures.assertVerdict(less, .conflict, cites: [5])
        XCTAssertTrue(less.reason.contains("20 percent better fuel efficiency ≠ 20 percent less fuel-efficient"), less.reason)
        XCTAssertNotEqual(Fixtures.rulesVerdict("Qantas says the Dreamliner is 20 percent more fuel-efficient than similar-sized aircraft.", article: plane, id: "q").verdict, .conflict)
        // Another quality is no sign to compare: using less fuel is being more efficient.
        XCTAssertNotEqual(Fixtures.rulesVerdict("Qantas says the Dreamliner burns 20 percent less fuel than similar-sized aircraft.", article: plane, id: "q").verdict, .conflict)
    }

    func testAnActYetToComeStatesNoActDone() {
        let bells = page + "The time shift will be marked by the ringing of church bells across Samoa's two main islands.\n"
        XCTAssertEqual(Fixtures.rulesVerdict("Church bells rang out across Samoa's two main islands to mark the time shift.", article: bells, id: "s").verdict, .absence)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Church bells will ring across Samoa's two main islands to mark the time shift.", article: bells, id: "s"), .agreement, cites: [5])
        // A figure yet to come is no rival to a figure of an act done.
        let wage = page + "Next year at this time, the minimum wage in Ontario will have increased again to $15 an hour.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("The minimum wage for liquor servers in Ontario rose to $12.20 an hour.", article: wage, id: "w").verdict, .conflict)
    }

    func testWhatAPartyCallsItselfIsItsOwnDescription() {
        let guinness = page + "According to a press release from Guinness, which calls itself the “global authority on record-breaking”, Tanaka was presented the certificate in Fukuoka.\n"
        XCTAssertEqual(Fixtures.rulesVerdict("Guinness is the global authority on record-breaking.", article: guinness, id: "g").verdict, .absence)
        // What the sentence says outside the description still stands.
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Tanaka was presented the certificate in Fukuoka.", article: guinness, id: "g"), .agreement, cites: [5])
    }

    func testAMeasureIsOfTheNounPastItsDimensionAndConversion() {
        let dish = page + "A cable slipped loose, gashing a 100-foot-long (30 meter) hole in the observatory's 1,000-foot wide reflector dish.\n"
        let hole = Fixtures.rulesVerdict("A cable slipped loose and gashed a 200-foot hole in the observatory's dish.", article: dish, id: "d")
        Fixtures.assertVerdict(hole, .conflict, cites: [5])
        XCTAssertTrue(hole.reason.contains("100-foot ≠ 200-foot"), hole.reason)
        XCTAssertNotEqual(Fixtures.rulesVerdict("A cable slipped loose and gashed a 100-foot hole in the observatory's 1,000-foot-wide dish.", article: dish, id: "d").verdict, .conflict)
        let wider = Fixtures.rulesVerdict("A cable slipped loose and gashed a hole in the observatory's 1,200-foot-wide reflector dish.", article: dish, id: "d")
        Fixtures.assertVerdict(wider, .conflict, cites: [5])
        XCTAssertTrue(wider.reason.contains("1,000-foot ≠ 1,200-foot"), wider.reason)
    }

    func testAWordNegatedByItsPrefixIsItsOpposite() {
        let birds = page + "The Arkansas wildlife agency reported unconfirmed sightings of the bird in the swamps near Brinkley.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The Arkansas wildlife agency reported confirmed sightings of the bird in the swamps near Brinkley.", article: birds, id: "b"),
                               .conflict, cites: [5])
        XCTAssertEqual(EvidenceComparer.prefixOpposites(of: "confirm"), ["unconfirm", "nonconfirm"])
    }

    func testAPeriodBehindIsNoPeriodAhead() {
        let zone = page + "The old time zone left Samoa nearly a full day behind Australia and New Zealand.\n"
        XCTAssertEqual(Fixtures.rulesVerdict("The old time zone left Samoa nearly a full day ahead of Australia and New Zealand.", article: zone, id: "z").verdict, .conflict)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The old time zone left Samoa nearly a day behind Australia and New Zealand.", article: zone, id: "z"), .agreement, cites: [5])
        // "Behind bars" is in prison, no direction.
        let term = page + "A federal judge sentenced Pugh to three years in prison on Thursday.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Pugh was sentenced to three years behind bars.", article: term, id: "t"), .agreement, cites: [5])
    }

    func testMoreFormsOfAVote() {
        let senate = page + "Republicans hold a 52 to 48 majority in the state Senate.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Republicans hold a 52-48 majority in the state Senate.", article: senate, id: "s"), .agreement, cites: [5])
        let court = page + "The Supreme Court ruled six to three on Monday that the law was constitutional.\n"
        let other = Fixtures.rulesVerdict("The Supreme Court ruled 5-4 that the law was constitutional.", article: court, id: "c")
        Fixtures.assertVerdict(other, .conflict, cites: [5])
        XCTAssertTrue(other.reason.contains("six to three ≠ 5-4"), other.reason)
    }

    func testAComparativeOfAnotherScaleIsNoSign() {
        let train = page + "The new train is 25% faster than the old line between the two cities.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("The new train is 25% cheaper than the old line between the two cities.", article: train, id: "t").verdict, .conflict)
        let slower = Fixtures.rulesVerdict("The new train is 25% slower than the old line between the two cities.", article: train, id: "t")
        Fixtures.assertVerdict(slower, .conflict, cites: [5])
        XCTAssertTrue(slower.reason.contains("25% faster ≠ 25% slower"), slower.reason)
    }

    func testOneLeadToldFromEachSideIsOneFact() {
        let stage = page + "Pogacar finished the stage 40 seconds behind Vingegaard, who kept the yellow jersey.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("Vingegaard finished the stage 40 seconds ahead of Pogacar.", article: stage, id: "s").verdict, .conflict)
        let ahead = Fixtures.rulesVerdict("Pogacar finished the stage 40 seconds ahead of Vingegaard.", article: stage, id: "s")
        Fixtures.assertVerdict(ahead, .conflict, cites: [5])
    }

    func testASelfDescriptionStatesItselfAndANarrativeWouldHappened() {
        let group = page + "The Harbor Fund, which calls itself the largest charity in Ohio, raised $2 million last year.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The Harbor Fund calls itself the largest charity in Ohio.", article: group, id: "g"), .agreement, cites: [5])
        let tigers = page + "The Tigers would go on to win the championship in 1986 under coach Ray Moss.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The Tigers won the championship in 1986.", article: tigers, id: "t"), .agreement, cites: [5])
        let bridge = page + "The Harbor Bridge, which opened in 1998, will close for repairs in May.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("The Harbor Bridge closed for repairs in May.", article: bridge, id: "b").verdict, .agreement)
    }

    func testAPronounAfterAndIsTheOpeningName() {
        XCTAssertEqual(ClaimSplitter.parts("Captain Lisa Norman welcomed the passengers, and she was one of two working pilots on board."),
                       ["Captain Lisa Norman welcomed the passengers", "Captain Lisa Norman was one of two working pilots on board."])
        // A prefix is no negation of a word too short to stand alone ("union" is no "ion").
        XCTAssertFalse(EvidenceComparer.prefixOpposites(of: "ion").contains("union"))
        XCTAssertFalse(EvidenceComparer.prefixOpposites(of: "union").contains("ion"))
    }

    func testAFigureThatWentFromOneToAnotherIsNoJourney() {
        let wage = page + "Hourly wages in Ontario jumped from $11.60 to $14 when the Fair Workplaces Act came into effect Jan. 1.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Hourly wages in Ontario went from $11.60 to $14 when the Fair Workplaces Act came into effect.", article: wage, id: "w"),
                               .agreement, cites: [5])
    }

    func testAChangeBySomeToALevelGivesBoth() {
        let rate = page + "The central bank cut its key rate by 0.5% to 4.5% on Wednesday.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The central bank cut its key rate to 4.5%.", article: rate, id: "r"), .agreement, cites: [5])
        let coats = page + "The store raised its discount on winter coats by 10% to 25% this weekend.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The store raised its discount on winter coats to 25%.", article: coats, id: "c"), .agreement, cites: [5])
        XCTAssertNotEqual(Fixtures.rulesVerdict("The store raised its discount on winter coats to 30%.", article: coats, id: "c").verdict, .agreement)
    }

    func testAWayOfMovingIsNoOtherWay() {
        let line = page + "The tiny nation of Samoa will cross westward over the international date line on Thursday.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Samoa will cross eastward over the international date line on Thursday.", article: line, id: "l"), .conflict, cites: [5])
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Samoa will cross westward over the international date line on Thursday.", article: line, id: "l"), .agreement, cites: [5])
    }
}
