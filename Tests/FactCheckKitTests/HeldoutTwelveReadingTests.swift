import XCTest
@testable import FactCheckKit

/// Readings the twelfth held-out set found missing: a bound written after its number ("three or more cups"), a word
/// that describes a candidate before the name ("Democrat Begich"), a figure's owner across an aside set off by
/// commas, and the nouns of not doing ("the district's failure to offer").
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
    }

    func testTheNounOfNotDoingDenies() {
        let strike = page + "The district's failure to offer higher wages led to the strike, Mayor Ana Ruiz said.\n"
        let v = Fixtures.rulesVerdict("The district offered higher wages, Mayor Ana Ruiz said.", article: strike, id: "s")
        Fixtures.assertVerdict(v, .conflict, cites: [4])
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

    func testANumberThatNumbersANameCountsNothing() {
        let parse = { (text: String) in QuantityParser.parse(Tokenizer.tokenize(text)) }
        XCTAssertTrue(parse("He kept his District 9 seat in the House.").isEmpty)
        XCTAssertTrue(parse("The airline grounded its Boeing 737 jets.").isEmpty)
        XCTAssertTrue(parse("Voters backed Proposition 13 measures.").isEmpty)
        // A count after an ordinary word is still a count.
        XCTAssertEqual(parse("He kept 9 seats in the House.").map(\.unit), ["seat"])
    }
}
