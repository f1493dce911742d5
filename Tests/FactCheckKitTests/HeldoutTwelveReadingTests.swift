import XCTest
@testable import FactCheckKit

/// Readings the twelfth held-out set found missing: a bound written after its number ("three or more cups"), a word
/// that describes a candidate before the name ("Democrat Begich"), a figure's owner across an aside set off by
/// commas, an event read at the claim's own verb, and two figures of one unit paired in order.
final class HeldoutTwelveReadingTests: XCTestCase {
    private let page = "---\ntitle: Town news\n---\n"

    func testABoundAfterItsNumber() {
        let study = page + "People who drink three or more cups of coffee per day had a lower risk of death.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("People who drink at least three cups of coffee per day had a lower risk of death.", article: study, id: "s"),
                               .agreement, cites: [4])
        let v = Fixtures.rulesVerdict("People who drink two or fewer cups of coffee per day had a lower risk of death.", article: study, id: "s")
        Fixtures.assertVerdict(v, .conflict, cites: [4])
        XCTAssertTrue(v.reason.contains("three or more cups"), v.reason)
        // Money too: "$500 or less" is at most $500.
        let fee = page + "Residents who earn $500 or less a week pay no fee.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Residents who earn up to $500 a week pay no fee.", article: fee, id: "s"), .agreement, cites: [4])
    }

    func testAPartyOrRaceWordBeforeANameIsNoPartOfIt() {
        let race = page + "Competitor Mike Begich, running on the Democratic ticket, netted 37.5 percent of the vote.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Democrat Begich netted 37.5 percent of the vote.", article: race, id: "r"), .agreement, cites: [4])
        let v = Fixtures.rulesVerdict("Democrat Begich took 27.5 percent of the vote.", article: race, id: "r")
        Fixtures.assertVerdict(v, .conflict, cites: [4])
        XCTAssertTrue(v.reason.contains("37.5"), v.reason)
    }

    func testAFigureBelongsToTheNameAnAsideHangsFrom() {
        let race = page + "Walker, who suspended his campaign last month and threw his support behind Begich, still received 1.7 percent of the vote.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Walker received 1.7 percent of the vote.", article: race, id: "r"), .agreement, cites: [4])
        // Begich, named inside the aside, is given no figure.
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Begich received 27.5 percent of the vote.", article: race, id: "r"), .absence)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Begich received 1.7 percent of the vote.", article: race, id: "r"), .absence)
        // However long the aside, and whether or not a name stands in it.
        let coach = page + "Ann Lister, who replaced Dan Royce as coach in March, has won 14 games.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Dan Royce has won 14 games.", article: coach, id: "r"), .absence)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Ann Lister has won 14 games.", article: coach, id: "r"), .agreement, cites: [4])
        let deputy = page + "Ann Lister, Dan Royce's former deputy, has won 14 games.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Dan Royce has won 14 games.", article: deputy, id: "r"), .absence)
        let sheriff = page + "George Rauscher, a former sheriff, won 52 percent against Amy Mills.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Amy Mills won 52 percent.", article: sheriff, id: "r"), .absence)
    }

    func testABoundAfterItsNumberDrawsALine() {
        // "or more" after the unit too, and a line states only the same line.
        let polls = page + "Polls show 40 percent or more of voters back the measure.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("Polls show at most 40 percent of voters back the measure.", article: polls, id: "p").verdict, .agreement)
        let rebate = page + "Households earning $500 or less a week qualify for the rebate.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("Households earning up to $600 a week qualify for the rebate.", article: rebate, id: "p").verdict, .agreement)
        // A line is no exact figure, nor an exact figure a line.
        let bridge = page + "The bridge carries 5,000 vehicles or more each day.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("The bridge carries 5,000 vehicles each day.", article: bridge, id: "p").verdict, .agreement)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The bridge carries at least 5,000 vehicles each day.", article: bridge, id: "p"), .agreement, cites: [4])
        // "two or three" is either: it states neither "three or more" nor its denial.
        let fire = page + "Two or three people were hurt in the fire.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Three or more people were hurt in the fire.", article: fire, id: "p"), .absence)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Two or three people were hurt in the fire.", article: fire, id: "p"), .agreement, cites: [4])
    }

    func testTwoFiguresOfOneUnitPairInTheirOrder() {
        let cricket = "---\ntitle: Swing bowling\n---\nA ball becomes old when around 40 or more overs old, and reverse swing has been seen in balls as few as 15 overs old.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("A ball becomes old when 40 or more overs old and reverse swing has been seen in balls as few as 15 overs old.",
                                                     article: cricket, id: "c"), .agreement, cites: [4])
        // Swapped, the pair states neither.
        XCTAssertNotEqual(Fixtures.rulesVerdict("A ball becomes old when 15 or more overs old and reverse swing has been seen in balls as few as 40 overs old.",
                                                article: cricket, id: "c").verdict, .agreement)
    }

    func testAnEventIsReadAtTheClaimsOwnVerb() {
        // "earn" and "pay" are both payments; the claim's "pay no fee" is the source's "pay no fee", not its "earn".
        let fee = page + "Residents who earn $500 or less a week pay no fee.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Residents who earn up to $500 a week pay no fee.", article: fee, id: "s"), .agreement, cites: [4])
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Residents who earn up to $500 a week pay a fee.", article: fee, id: "s"), .conflict, cites: [4])
    }

    func testASentencesOpeningPrepositionIsNoPartOfAName() {
        let city = page + "He succeeded Tom Murphy. During Murphy's 12-year tenure, the city had sunk to near bankruptcy.\n"
        let v = Fixtures.rulesVerdict("The city sank to near bankruptcy during Tom Murphy's eight-year tenure.", article: city, id: "c")
        Fixtures.assertVerdict(v, .conflict, cites: [4])
        XCTAssertTrue(v.reason.contains("12-year"), v.reason)
    }

    func testAFigureBothGiveIsNoAgreementWhenTheSidesAreSwapped() {
        let race = page + "Dave Stone beat Lisa Marsh by 400 votes.\n"
        let v = Fixtures.rulesVerdict("Lisa Marsh beat Dave Stone by 400 votes.", article: race, id: "r")
        Fixtures.assertVerdict(v, .conflict, cites: [4])
        XCTAssertTrue(v.reason.contains("Dave Stone beat Lisa Marsh"), v.reason)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Dave Stone beat Lisa Marsh by 400 votes.", article: race, id: "r"), .agreement, cites: [4])
    }
}
