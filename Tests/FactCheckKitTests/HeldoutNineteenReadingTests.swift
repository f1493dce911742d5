import XCTest
@testable import FactCheckKit

/// Readings the nineteenth held-out set found missing or wrong: the day a statement was made is not the day of what
/// it tells; of two values a sentence gives one figure, the claim's is the one in the clause holding its words; who
/// finished ahead of whom; an irregular verb's past forms are the verb; a count after a dateline's dash; "a further" is
/// "another".
final class HeldoutNineteenReadingTests: XCTestCase {
    private let page = "---\ntitle: Harbour news\npublished: 2024-03-16\n---\n"

    func testADayThatIsWhatWasSaidOfStaysTheEvents() {
        let blast = page + "The agency reported Thursday's explosion killed four workers.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("An explosion on Wednesday killed four workers.", article: blast, id: "b"), .conflict, cites: [5])
    }

    func testTheDayOfASayingIsNotTheDayOfWhatItTells() {
        let plan = page + "The twelve boys will be discharged from hospital next week, health minister Ann Veld said on Saturday.\n"
        let v = Fixtures.rulesVerdict("The twelve boys left hospital on Thursday.", article: plan, id: "p")
        XCTAssertNotEqual(v.verdict, .conflict, v.reason)
        // A day the sentence gives the act itself still conflicts.
        let done = page + "The twelve boys left hospital on Saturday, health minister Ann Veld said.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The twelve boys left hospital on Thursday.", article: done, id: "d"), .conflict, cites: [5])
        // And a claim about the saying compares the saying's day.
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Health minister Ann Veld said on Thursday that the twelve boys will be discharged from hospital next week.",
                                                     article: plan, id: "p"), .conflict, cites: [5])
    }

    func testTheClauseWithTheClaimsWordsOwnsTheFigure() {
        let tunnel = page + "The bank staff at first estimated the tunnel to be 200-metres long but federal police who have taken over the case said later that it was 80-metres long.\n"
        let police200 = Fixtures.rulesVerdict("Federal police who took over the case said the tunnel was 200 metres long.", article: tunnel, id: "t")
        Fixtures.assertVerdict(police200, .conflict, cites: [5])
        XCTAssertTrue(police200.reason.contains("80"), police200.reason)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Federal police who have taken over the case said the tunnel was 80 metres long.", article: tunnel, id: "t"),
                               .agreement, cites: [5])
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The bank staff at first estimated the tunnel to be 200 metres long.", article: tunnel, id: "t"),
                               .agreement, cites: [5])
        // A figure the claim gives too is that one's, not the other's rival.
        let deal = page + "The deal agreed today values Punch at £402.7m, with Heineken contributing £305m of the total.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("Heineken is putting up £305m of the £402.7m at which the deal values Punch.", article: deal, id: "d").verdict, .conflict)
    }

    func testWhoFinishedAheadOfWhom() {
        let race = page + "Dutch runner Lena Brouwer set the second-fastest time in the race's history as she won the women's event ahead of Kenya's Ruth Kiplagat.\n"
        let swapped = Fixtures.rulesVerdict("Kenya's Ruth Kiplagat won the women's event ahead of Lena Brouwer.", article: race, id: "r")
        Fixtures.assertVerdict(swapped, .conflict, cites: [5])
        XCTAssertTrue(swapped.reason.contains("Brouwer ahead of"), swapped.reason)
        let same = Fixtures.rulesVerdict("Ruth Kiplagat finished behind Lena Brouwer in the women's event.", article: race, id: "r")
        XCTAssertNotEqual(same.verdict, .conflict, same.reason)
        // Only an order told as fact, of the claim's race, and not the other way round too.
        for (said, claim) in [("Ben Kiprop is expected to finish ahead of Tom Areri on Sunday.", "Tom Areri finished ahead of Ben Kiprop on Sunday."),
                              ("If Ben Kiprop finishes ahead of Tom Areri, he will win the title.", "Tom Areri finished ahead of Ben Kiprop."),
                              ("In January, Ben Kiprop was ahead of Tom Areri in the standings.", "Tom Areri was ahead of Ben Kiprop in the standings in March."),
                              ("Ben Kiprop won the Dutch Grand Prix ahead of Tom Areri.", "Tom Areri won the Belgian Grand Prix ahead of Ben Kiprop."),
                              ("Ben Kiprop finished ahead of Tom Areri in the sprint, but Tom Areri finished ahead of Ben Kiprop in the main race.",
                               "Tom Areri finished ahead of Ben Kiprop in the main race.")] {
            XCTAssertNotEqual(Fixtures.rulesVerdict(claim, article: page + said + "\n", id: "s").verdict, .conflict, said)
        }
        // A place before the relation is no runner: "won in Chicago ahead of …" places the winner.
        let city = page + "Tom Areri won in Chicago ahead of Ben Kiprop.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("Ben Kiprop won in Chicago ahead of Tom Areri.", article: city, id: "c").verdict, .agreement)
        XCTAssertNotEqual(Fixtures.rulesVerdict("Tom Areri won in Chicago ahead of Ben Kiprop.", article: city, id: "c").verdict, .conflict)
    }

    func testACountAfterADatelineIsNobodysName() {
        let names = { (s: String) in TextAnalyzer.analyse(s, context: NameContext(), reference: nil).entities.map(\.text) }
        XCTAssertFalse(names("HARBOUR CITY (Reuters) - Twelve Thai boys are recovering well.").contains { $0.contains("Twelve") })
        XCTAssertTrue(names("Twelve Oaks Mall reopened on Sunday.").contains("Twelve Oaks Mall"))
        let dateline = page + "HARBOUR CITY, March 16 (Reuters) - Twelve Thai boys and their coach are recovering well from the ordeal, health minister Ann Veld said on Saturday.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Health minister Ann Veld said the twelve boys and their coach were recovering well from their ordeal.", article: dateline, id: "d"),
                               .agreement, cites: [5])
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Health minister Ann Veld said the eleven boys and their coach were recovering well from their ordeal.", article: dateline, id: "d"),
                               .conflict, cites: [5])
    }

    func testAFurtherCutIsNoAddition() {
        // "add" is no synonym of "further": a cut of a further 500 is no addition.
        let cut = page + "The airline will cut a further 500 jobs.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("The airline will add 500 jobs.", article: cut, id: "c").verdict, .agreement)
    }

    func testAFurtherCountIsAnotherCount() {
        let crush = page + "A further 150 people were injured in the crush in the harbour district, fire chief Ann Veld said in a briefing.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Fire chief Ann Veld said another 150 people were hurt in the crush in the harbour district.", article: crush, id: "c"),
                               .agreement, cites: [5])
    }
}
