import XCTest
@testable import FactCheckKit

/// Readings the seventeenth held-out set found missing: a negation's reach stops at "before" or "since", a deputy
/// is not the office itself, a state's start ("since 2018") is a fact of its own, and a forecast's figure is no
/// measured one.
final class HeldoutSeventeenReadingTests: XCTestCase {
    private let page = "---\ntitle: Harbour news\npublished: 2024-03-12\n---\n"

    func testANegationDoesNotReachPastBefore() {
        let storm = page + "The storm lasted for two hours, and there was no warning before the storm.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The storm lasted two hours.", article: storm, id: "s"), .agreement, cites: [5])
        // The negated phrase itself is still denied.
        XCTAssertEqual(Fixtures.rulesVerdict("There was a warning before the storm.", article: storm, id: "s").verdict, .conflict)
    }

    func testADeputyIsNotTheOfficeItself() {
        let port = page + "\"Ships must stay in the harbour tonight,\" said Port Authority Director Elena Marsh.\n"
        let deputy = Fixtures.rulesVerdict("Port Authority Deputy Director Elena Marsh said ships must stay in the harbour tonight.", article: port, id: "p")
        Fixtures.assertVerdict(deputy, .conflict, cites: [5])
        XCTAssertTrue(deputy.reason.contains("Deputy Director"), deputy.reason)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Port Authority Director Elena Marsh said ships must stay in the harbour tonight.", article: port, id: "p"),
                               .agreement, cites: [5])
        // And the reverse: the article's deputy is not promoted by the claim.
        let second = page + "\"Ships must stay in the harbour tonight,\" said Port Authority Deputy Director Elena Marsh.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Port Authority Director Elena Marsh said ships must stay in the harbour tonight.", article: second, id: "p"),
                               .conflict, cites: [5])
    }

    func testASinceDateIsAStartOfItsOwn() {
        let rate = page + "The Solent Harbour Authority raised its fees on Monday. Solent Harbour fees are now at their highest level since May 2015.\n"
        let later = Fixtures.rulesVerdict("Solent Harbour fees are now at their highest level since May 2017.", article: rate, id: "r")
        Fixtures.assertVerdict(later, .conflict, cites: [5])
        XCTAssertTrue(later.reason.contains("since May 2015"), later.reason)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Solent Harbour fees are now at their highest level since May 2015.", article: rate, id: "r"), .agreement, cites: [5])
        // A day of the start's month or year still states it; a later day ("on Monday") does not.
        let date = { (s: String) in TextAnalyzer.analyse(s, context: NameContext(), reference: nil).dates.first! }
        XCTAssertTrue(date("She moved there in 2010.").isWithin(date("She has lived there since 2010.")))
        XCTAssertFalse(date("She spoke there in June 2024.").isWithin(date("She has lived there since May 2017.")))
        XCTAssertFalse(date("She has lived there since May 2015.").isWithin(date("She has lived there since May 2017.")))
    }

    func testAForecastsFigureIsNoMeasuredOne() {
        let bank = page + "The central bank kept its inflation forecast for the year at 4.5 per cent. Growth was 3 per cent last year.\n"
        let v = Fixtures.rulesVerdict("Inflation this year will be 4.5 per cent.", article: bank, id: "b")
        XCTAssertEqual(v.verdict, .absence)
        XCTAssertNotEqual(Fixtures.rulesVerdict("Inflation this year will be 5 per cent.", article: bank, id: "b").verdict, .conflict)
        // A claim about the forecast is compared as before.
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The central bank kept its inflation forecast for the year at 4.5 per cent.", article: bank, id: "b"),
                               .agreement, cites: [5])
        XCTAssertEqual(Fixtures.rulesVerdict("The central bank kept its inflation forecast for the year at 5 per cent.", article: bank, id: "b").verdict, .conflict)
    }

    func testARefusalIsComparedAsANegation() {
        let mayor = page + "Mayor Elena Marsh declared a state of emergency to help the harbour crews.\n"
        let declined = Fixtures.rulesVerdict("Mayor Elena Marsh declined to declare a state of emergency.", article: mayor, id: "m")
        Fixtures.assertVerdict(declined, .conflict, cites: [5])
        // Another verb of turning down says the same refusal.
        let offers = page + "Elena Marsh publicly rejected offers to be a harbour pilot because she wanted to sail.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("Elena Marsh refused to be a harbour pilot.", article: offers, id: "o").verdict, .conflict)
    }

    func testAYearlessSinceIsStatedByAStartInItsMonth() {
        let fees = page + "Solent Harbour fees have stayed above the 2 per cent cap since January this year.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Solent Harbour fees have stayed above the 2 per cent cap since January.", article: fees, id: "f"),
                               .agreement, cites: [5])
        XCTAssertNotEqual(Fixtures.rulesVerdict("Solent Harbour fees have stayed above the 2 per cent cap since June.", article: fees, id: "f").verdict, .agreement)
    }

    func testARunsLengthIsCompared() {
        let prices = page + "Harbour fees have stayed above the cap for the tenth straight month this March.\n"
        let eighth = Fixtures.rulesVerdict("Harbour fees stayed above the cap for the eighth month in a row.", article: prices, id: "p")
        Fixtures.assertVerdict(eighth, .conflict, cites: [5])
        XCTAssertTrue(eighth.reason.contains("tenth straight month"), eighth.reason)
        // A run of another thing is no rival: a tenth straight month is not a third straight year.
        XCTAssertNotEqual(Fixtures.rulesVerdict("Harbour fees stayed above the cap for the third straight year.", article: prices, id: "p").verdict, .conflict)
    }

    func testSaintAndMountAbbreviationsStayInsideTheName() {
        let names = { (s: String) in TextAnalyzer.analyse(s, context: NameContext(), reference: nil).entities.map(\.text) }
        XCTAssertEqual(names("Two million customers in the St. Louis area were affected."), ["St. Louis"])
        XCTAssertEqual(names("Mt. Everest is 8,849 metres tall."), ["Mt. Everest"])
        // A street's "St." ending a sentence opens nothing.
        XCTAssertFalse(names("He lives on Main St. In 2010 he moved.").contains { $0.contains("In") })
        let breach = page + "More than two million customers in the St. Louis area may have been affected by a breach at Harbour Foods.\n"
        let three = Fixtures.rulesVerdict("More than three million customers in the St. Louis area may have been affected by a breach at Harbour Foods.", article: breach, id: "b")
        XCTAssertNotEqual(three.verdict, .agreement)
    }

    // What the cold review found the first versions of these readings got wrong.

    func testANegationStillReachesAcrossAPronounOrTheClaimsOwnWord() {
        let trial = page + "No one who took the drug during the Velora trial died.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("Patients who took the drug during the Velora trial died.", article: trial, id: "t").verdict, .agreement)
        let search = page + "Nothing was found when police searched the house in Elm Road.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("Police found drugs when they searched the house in Elm Road.", article: search, id: "s").verdict, .agreement)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Police searched the house in Elm Road.", article: search, id: "s"), .agreement, cites: [5])
        let suspect = page + "The suspect in the Dunmore killing was never charged because the evidence was lost.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("The evidence in the Dunmore killing was lost.", article: suspect, id: "d").verdict, .conflict)
    }

    func testARankIsComparedOnlyWhereItIsPlain() {
        let acting = page + "Acting Director Ann Lee said the agency would hire 300 nurses.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("Deputy Director Ann Lee said the agency would hire 300 nurses.", article: acting, id: "a").verdict, .conflict)
        let vice = page + "Vice Media President Nancy Dubuc announced 100 layoffs on Thursday.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("Vice President Nancy Dubuc announced 100 layoffs on Thursday.", article: vice, id: "v").verdict, .conflict)
        let two = page + "Emma Hart, deputy director of the city's arts council and director of the Museum of London, opened the exhibition on Friday.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("Museum of London Director Emma Hart opened the exhibition on Friday.", article: two, id: "e").verdict, .conflict)
    }

    func testLooseOrEarlierStartsAreNoRivals() {
        let band = page + "The Velvet Owls have toured Europe every summer since the 1990s.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("The Velvet Owls have toured Europe every summer since 1995.", article: band, id: "b").verdict, .conflict)
        let rail = page + "Rail workers at Harwich have been on strike since January 2023.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("Rail workers at Harwich have been on strike since January.", article: rail, id: "r").verdict, .agreement)
        let bridge = page + "The Tarn bridge has been closed since March 2019.\n"
        XCTAssertEqual(Fixtures.rulesVerdict("The Tarn bridge has been closed since January 2019.", article: bridge, id: "t").verdict, .conflict)
        let year = page + "The Tarn bridge has been closed since 2019.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("The Tarn bridge has been closed since December 2019.", article: year, id: "t").verdict, .conflict)
    }

    func testOnlyTheForecastsOwnFigureIsHedged() {
        let walmart = page + "Target rival Walmart grew sales 5% in the quarter.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Walmart grew sales 5% in the quarter.", article: walmart, id: "w"), .agreement, cites: [5])
        let nexo = page + "Nexo raised its full-year guidance after revenue rose 12% in the quarter.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Nexo's revenue rose 12% in the quarter.", article: nexo, id: "n"), .agreement, cites: [5])
        XCTAssertEqual(Fixtures.rulesVerdict("Nexo's revenue rose 20% in the quarter.", article: nexo, id: "n").verdict, .conflict)
        let storm = page + "The forecast storm dumped 80 millimetres of rain on Bergen on Sunday.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The storm dumped 80 millimetres of rain on Bergen on Sunday.", article: storm, id: "s"), .agreement, cites: [5])
    }

    func testAgreeingToDoItIsNoRefusal() {
        let merger = page + "The board opposed the merger, but chief executive Dan Reyes agreed to sign the deal.\n"
        XCTAssertEqual(Fixtures.rulesVerdict("Dan Reyes refused to sign the deal.", article: merger, id: "m").verdict, .conflict)
        let club = page + "Luis Ortiz turned down an offer from Madrid and agreed to stay at Valencia.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("Luis Ortiz refused to stay at Valencia.", article: club, id: "c").verdict, .agreement)
    }

    func testAFigureStatedLeavesTheDateToCompare() {
        let emission = page + "The last recorded high emission at Mount Harrow was 11,556 tons on September 11, 2023, the agency said.\n"
        let v = Fixtures.rulesVerdict("Mount Harrow's last recorded high emission, 11,556 tons, was on October 11, 2023.", article: emission, id: "e")
        Fixtures.assertVerdict(v, .conflict, cites: [5])
        XCTAssertTrue(v.reason.contains("September 11"), v.reason)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Mount Harrow's last recorded high emission, 11,556 tons, was on September 11, 2023.", article: emission, id: "e"),
                               .agreement, cites: [5])
        // A running total as of a day says nothing of the days before it.
        let cases = page + "As of 7 April 2020, Harrow County has confirmed a total of 26 cases.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("Harrow County had confirmed 26 cases before 7 April 2020.", article: cases, id: "c").verdict, .conflict)
        XCTAssertNotEqual(Fixtures.rulesVerdict("Harrow County had confirmed 26 cases on 3 April 2020.", article: cases, id: "c").verdict, .conflict)
    }
}

