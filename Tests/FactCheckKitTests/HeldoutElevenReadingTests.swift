import XCTest
@testable import FactCheckKit

/// Readings the eleventh held-out set found missing: a figure's clause says what it measures ("operating profit" is no
/// rival to "net profit", nor "sales" to "profit"), the figure a change starts from is the earlier period's, "over" a
/// period the source spans with "over" reads the same, "gave birth" hands nothing over, and a measure or a count may be
/// written onto its number with a hyphen ("a 5-inch screen", "a two-story building").
final class HeldoutElevenReadingTests: XCTestCase {
    private let page = "---\ntitle: Harbor Steel\n---\n"

    func testAFigureOfAnotherMeasureIsNoRival() {
        let report = page + """
            Operating profit declined 40 percent to 820 billion won in the first half.

            Sales fell 8 percent to 21.5 trillion won during the same period.

            Net profit for the first half rose to 610 billion won.
            """
        let v = Fixtures.rulesVerdict("Harbor Steel's net profit for the first half rose to 820 billion won.", article: report, id: "steel")
        Fixtures.assertVerdict(v, .conflict, cites: [8])
        XCTAssertTrue(v.reason.contains("610 billion"), v.reason)
        // The same claim's figure as operating profit's is not stated by the operating-profit sentence.
        let op = Fixtures.rulesVerdict("Harbor Steel's net profit for the first half was 820 billion won.", article: page + "Operating profit declined 40 percent to 820 billion won in the first half.\n", id: "steel")
        Fixtures.assertVerdict(op, .absence)
        // The same shape as a net-profit claim: a verb before each figure, neither saying what it measures.
        let halved = Fixtures.rulesVerdict("Harbor Steel's net profit for the first nine months almost halved, to 1.05 trillion won.",
                                           article: page + "Operating profit declined 54 percent to 1.54 trillion won in the first nine months.\n", id: "steel")
        Fixtures.assertVerdict(halved, .absence)
        let salesFell = Fixtures.rulesVerdict("Harbor Steel's net profit for the first nine months almost halved, to 1.05 trillion won.",
                                              article: page + "Sales fell 12 percent to 42.52 trillion won in the first nine months.\n", id: "steel")
        Fixtures.assertVerdict(salesFell, .absence)
        // Nor is a sales figure a rival to a profit figure.
        let sales = Fixtures.rulesVerdict("Harbor Steel's net profit for the first half was 9 trillion won.", article: page + "Sales fell 8 percent to 21.5 trillion won in the first half.\n", id: "steel")
        Fixtures.assertVerdict(sales, .absence)
        // "profit" alone narrows nothing: a net-profit sentence still answers a claim of "profit".
        let plain = Fixtures.rulesVerdict("Harbor Steel's profit for the first half was 700 billion won.", article: page + "Net profit for the first half rose to 610 billion won.\n", id: "steel")
        Fixtures.assertVerdict(plain, .conflict, cites: [4])
    }

    func testTheFigureAChangeStartsFromIsTheEarlierPeriods() {
        let report = page + "Net profit rose to 514 billion won from 496.8 billion won a year earlier.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Harbor Steel's net profit rose to 514 billion won.", article: report, id: "steel"), .agreement, cites: [4])
        // The earlier figure states no level the profit rose to: the level it reached answers the claim.
        let earlier = Fixtures.rulesVerdict("Harbor Steel's net profit rose to 496.8 billion won.", article: report, id: "steel")
        Fixtures.assertVerdict(earlier, .conflict, cites: [4], reason: "conflict: 514 billion won ≠ 496.8 billion won")
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Harbor Steel's net profit rose to 530 billion won.", article: report, id: "steel"), .conflict, cites: [4])
    }

    func testOverAPeriodSpannedByTheSourceReadsTheSame() {
        let span = page + "The dam is designed to withstand the largest flood expected at the site over a 500-year period.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The dam is designed to withstand the largest flood expected at the site over 500 years.", article: span, id: "dam"),
                               .agreement, cites: [4])
        // A bound the source does not span stays a bound.
        let served = page + "The judge served 12 years on the bench.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The judge served over 12 years on the bench.", article: served, id: "dam"), .conflict, cites: [4])
    }

    func testGivingBirthHandsNothingOver() {
        let zoo = "---\ntitle: Zoo news\n---\nThe zoo's giant panda Mei Lan gave birth to her third cub on Tuesday morning.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Mei Lan gave birth to her third cub on Tuesday morning.", article: zoo, id: "zoo"), .agreement, cites: [4])
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Mei Lan gave birth to her third cub on Friday morning.", article: zoo, id: "zoo"), .conflict, cites: [4])
        // Nothing is handed over, so a sentence that tells the birth in other words is no "transfer" the claim lacks.
        let born = "---\ntitle: Zoo news\n---\nA tiny cub made its entry into the world on Tuesday morning, the third offspring of the zoo's giant panda Mei Lan.\n"
        let v = Fixtures.rulesVerdict("Mei Lan gave birth to her third cub on Tuesday morning.", article: born, id: "zoo")
        XCTAssertFalse(v.reason.contains("transfer"), v.reason)
    }

    func testAMeasureOrCountWrittenOntoItsNumberIsCompared() {
        let fire = "---\ntitle: City fire\n---\nCrews found a two-story building engulfed in flames.\n"
        let v = Fixtures.rulesVerdict("Crews found a three-story building engulfed in flames.", article: fire, id: "fire")
        Fixtures.assertVerdict(v, .conflict, cites: [4], reason: "conflict: two-story ≠ three-story")
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Crews found a two-story building engulfed in flames.", article: fire, id: "fire"), .agreement, cites: [4])
        let phone = "---\ntitle: Phone launch\n---\nThe new phone crams a 5-inch screen into a slimmer body.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The new phone crams a 6-inch screen into a slimmer body.", article: phone, id: "phone"), .conflict, cites: [4],
                               reason: "conflict: 5-inch ≠ 6-inch")
        // Ounces are a weight like any other.
        let cub = "---\ntitle: Zoo news\n---\nThe cub weighed about 4 ounces at birth.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The cub weighed about 6 ounces at birth.", article: cub, id: "zoo"), .conflict, cites: [4])
    }

    func testAClauseWithItsOwnSubjectAfterAndIsAPartOfItsOwn() {
        // The possessive becomes the name the claim opens with, so the part alone still says whose sales.
        XCTAssertEqual(ClaimSplitter.parts("Harbor Steel's operating profit fell 36 percent to 666.7 billion won, and its sales fell 11 percent."),
                       ["Harbor Steel's operating profit fell 36 percent to 666.7 billion won", "Harbor Steel's sales fell 11 percent."])
        XCTAssertEqual(ClaimSplitter.parts("Northgate Stores reported a loss, and its sales fell 11 percent."), ["Northgate Stores reported a loss", "Northgate Stores' sales fell 11 percent."])
        // With no name to give the possessive ("Operating" only opens the sentence), the claim stays whole.
        XCTAssertEqual(ClaimSplitter.parts("Operating profit fell 36 percent, and its sales fell 11 percent."), ["Operating profit fell 36 percent, and its sales fell 11 percent."])
        // A list of nouns is no clause, nor a listed noun and its participle.
        XCTAssertEqual(ClaimSplitter.parts("The council approved the budget and the stadium plan."), ["The council approved the budget and the stadium plan."])
        XCTAssertEqual(ClaimSplitter.parts("Residents complained about the house and the car parked outside for three weeks."),
                       ["Residents complained about the house and the car parked outside for three weeks."])
        // A noun with its article, a past verb and its own object is a clause.
        XCTAssertEqual(ClaimSplitter.parts("The foundation filed its petition in spring, and the court granted the case priority in July."),
                       ["The foundation filed its petition in spring", "the court granted the case priority in July."])
        let report = page + "Operating profit fell 36 percent to 666.7 billion won in the third quarter.\n\nSales declined 11 percent to 14.26 trillion won.\n"
        let v = Fixtures.rulesVerdict("Harbor Steel's operating profit fell 36 percent to 666.7 billion won, and its sales fell 11 percent.", article: report, id: "steel")
        Fixtures.assertVerdict(v, .agreement, cites: [4, 6])
        let wrong = Fixtures.rulesVerdict("Harbor Steel's operating profit fell 36 percent to 666.7 billion won, and its sales fell 15 percent.", article: report, id: "steel")
        Fixtures.assertVerdict(wrong, .conflict, cites: [6])
    }

    /// What a cold review of these readings found: measures the pack tells apart stay apart whatever else the sentence
    /// says, "income" may be revenue, a claim of the earlier figure is stated by it, a range is no change, "for over"
    /// only bounds, and "gave up to" still gives.
    func testTheReviewsCasesOfMeasuresStartsAndSpans() {
        let kitchens = "---\ntitle: Sterling Kitchens\n---\nSterling Kitchens said net profit reached 75 million dollars on higher sales.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Sterling Kitchens' sales reached 75 million dollars.", article: kitchens, id: "k"), .absence)
        let county = "---\ntitle: Calder County\n---\nCalder County's tax revenue rose to 2.1 billion dollars in 2023.\n\nThe budget deficit widened to 300 million dollars.\n"
        // "income" is in no group: the deficit is no rival to it (the words alone do not make it "revenue").
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Calder County's tax income rose to 2.1 billion dollars in 2023.", article: county, id: "c"), .absence)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Calder County's school spending rose to 610 million dollars in 2023.", article: county, id: "c"), .absence)
        let bank = "---\ntitle: Pellworth Bank\n---\nNet profit rose to 514 million pounds from 496.8 million pounds a year earlier.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Pellworth Bank's net profit rose from 496.8 million pounds.", article: bank, id: "b"), .agreement, cites: [4])
        // The earlier period's figure is no conflict with a claim about that period.
        XCTAssertNotEqual(Fixtures.rulesVerdict("Pellworth Bank's net profit a year earlier was 496.8 million pounds.", article: bank, id: "b").verdict, .conflict)
        let charity = "---\ntitle: Hollin Trust\n---\nThe Hollin Trust received donations from 500 people, and gave grants to 40 schools.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The Hollin Trust received donations from 500 people.", article: charity, id: "h"), .agreement, cites: [4])
        let wolves = "---\ntitle: Wolf study\n---\nResearchers tracked 40 wolves over a 10-year span.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("Researchers tracked 40 wolves for over 10 years.", article: wolves, id: "w").verdict, .agreement)
        let gifts = "---\ntitle: Foundation\n---\nThe Arden Foundation gave up to 10,000 dollars to each family.\n"
        let v = Fixtures.rulesVerdict("The Arden Foundation gave 10,000 dollars to each family.", article: gifts, id: "f")
        XCTAssertFalse(v.reason.contains("no payment event"), v.reason)
    }

    func testTheDoersOwnerIsNotTheDoer() {
        let page = "---\ntitle: Local news\n---\n"
        let founded = Fixtures.rulesVerdict("Mark Pell founded the company in 1998.", article: page + "Mark Pell's brother founded the company in 1998.\n", id: "n")
        Fixtures.assertVerdict(founded, .absence)
        XCTAssertTrue(founded.reason.contains("Mark Pell's brother"), founded.reason)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Mark Pell founded the company in 1998.", article: page + "Mark Pell founded the company in 1998.\n", id: "n"), .agreement, cites: [4])
        // An event's doer too: the handler paid, not Mallory.
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Mallory paid $25,000 in 2017.", article: page + "Mallory's handler paid him $25,000 in 2017.\n", id: "n"), .absence)
        // A title before the name is still the name's: "Apple's chief executive Tim Cook" is Tim Cook.
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Tim Cook unveiled the phone in Cupertino.", article: page + "Apple's chief executive Tim Cook unveiled the phone in Cupertino.\n", id: "n"),
                               .agreement, cites: [4])
    }

    func testAConjunctTheSourceGivesAnotherVerbIsNotStated() {
        let page = "---\ntitle: Council\n---\nMayor Ana Ruiz supports the new tax and opposes the stadium plan.\n"
        let both = Fixtures.rulesVerdict("Mayor Ana Ruiz supports the new tax and the stadium plan.", article: page, id: "c")
        Fixtures.assertVerdict(both, .absence)
        XCTAssertTrue(both.reason.contains("opposes the stadium plan"), both.reason)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Mayor Ana Ruiz supports the new tax.", article: page, id: "c"), .agreement, cites: [4])
        let listed = "---\ntitle: Council\n---\nMayor Ana Ruiz supports the new tax and the stadium plan.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Mayor Ana Ruiz supports the new tax and the stadium plan.", article: listed, id: "c"), .agreement, cites: [4])
    }

    /// The second cold review's cases: a body that acts for its owner, "up from" as a change's start, two spans of
    /// different length, a height in feet and inches, two counts of one thing, and a deadline.
    func testTheSecondReviewsCases() {
        let page = "---\ntitle: Business\n---\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Velta Energy approved the sale of its wind farms for $3.2 billion.",
                                                     article: page + "Velta Energy's board approved the sale of its wind farms for $3.2 billion.\n", id: "b"), .agreement, cites: [4])
        let goals = page + "Marta Silva scored 31 goals this season, up from 22 goals last season.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Marta Silva scored 22 goals this season.", article: goals, id: "b"), .conflict, cites: [4], reason: "conflict: 31 goals ≠ 22 goals")
        XCTAssertNotEqual(Fixtures.rulesVerdict("The glacier has shrunk by 40 percent over 30 years.", article: page + "The glacier has shrunk by 40 percent over a 50-year period.\n", id: "b").verdict, .agreement)
        XCTAssertNotEqual(Fixtures.rulesVerdict("The Hawks signed a 6-foot forward.", article: page + "The Hawks signed a 6-foot-9 forward.\n", id: "b").verdict, .agreement)
        // (A sentence with two counts of one thing, "the two-lane road to four lanes", is still read as figures on both
        // sides of each: no verdict, never a wrong one.)
        let road = page + "The council will widen the two-lane road to four lanes.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("The council will widen the two-lane road to six lanes.", article: road, id: "b").verdict, .agreement)
        let fine = page + "The company was fined $2 million on Tuesday; the fine must be paid by December.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("The company was fined $2 million in December.", article: fine, id: "b").verdict, .agreement)
    }

    func testARiseAndAFallHoweverWordedAreOpposites() {
        let shares = "---\ntitle: Markets\n---\nShares of Kestrel Bank rose 8 percent on Thursday.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Shares of Kestrel Bank fell 8 percent on Thursday.", article: shares, id: "m"), .conflict, cites: [4])
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Shares of Kestrel Bank declined 8 percent on Thursday.", article: shares, id: "m"), .conflict, cites: [4])
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Shares of Kestrel Bank increased 8 percent on Thursday.", article: shares, id: "m"), .agreement, cites: [4])
    }
}
