import XCTest
@testable import FactCheckKit

/// Readings the twentieth held-out set found missing or wrong: a count given by its order of magnitude ("millions of
/// students"); "over" after a figure spans what follows ("$2.4 million over 32 games"); an adverb of seeming hedges
/// the word after it.
final class HeldoutTwentyReadingTests: XCTestCase {
    private let page = "---\ntitle: Exam news\npublished: 2018-03-30\n---\n"
    private func counts(_ text: String) -> [(Double, Double, String?)] {
        QuantityParser.parse(Tokenizer.tokenize(text)).map { ($0.low, $0.high, $0.unit) }
    }

    func testOrdersOfMagnitudeAreSpans() {
        XCTAssertEqual(counts("forcing millions of students to resit").map(\.0), [1e6])
        XCTAssertEqual(counts("forcing millions of students to resit").map(\.1), [1e9 - 1])
        XCTAssertEqual(counts("Tens of thousands of homes lost power").map(\.0), [1e4])
        XCTAssertEqual(counts("Tens of thousands of homes lost power").map(\.1), [1e5 - 1])
        XCTAssertEqual(counts("a few thousand students").map(\.0), [2000])
        XCTAssertEqual(counts("several hundred workers").map(\.2), ["worker"])
        // Only with what is counted after it.
        XCTAssertTrue(counts("hundreds of them were hurt").isEmpty)
    }

    func testAnotherMagnitudeContradictsAndOneInsideStates() {
        let leak = page + "Exam papers were leaked in advance, forcing millions of students to resit their finals.\n"
        let few = Fixtures.rulesVerdict("The leak forced only a few thousand students to resit their finals.", article: leak, id: "l")
        Fixtures.assertVerdict(few, .conflict, cites: [5])
        XCTAssertTrue(few.reason.contains("millions of students"), few.reason)
        let crowd = page + "Police said about 300 protesters gathered outside the town hall on Monday.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Hundreds of protesters gathered outside the town hall.", article: crowd, id: "c"), .agreement, cites: [5])
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Thousands of protesters gathered outside the town hall.", article: crowd, id: "c"), .conflict, cites: [5])
        // A precise figure is not stated by a magnitude, nor contradicted by one that holds it.
        let vague = page + "Police said hundreds of protesters gathered outside the town hall on Monday.\n"
        XCTAssertEqual(Fixtures.rulesVerdict("About 300 protesters gathered outside the town hall.", article: vague, id: "v").verdict, .absence)
    }

    func testOverAfterAFigureSpansWhatFollows() {
        XCTAssertEqual(counts("Holzhauer won $2,462,216 over 32 games").filter { $0.2 == "game" }.map(\.0), [32])
        XCTAssertEqual(counts("Holzhauer won $2,462,216 over 32 games").filter { $0.2 == "game" }.map(\.1), [32])
        // Elsewhere "over" is still "more than".
        XCTAssertEqual(counts("He has played over 32 games").first?.1, .infinity)
        let run = page + "Holzhauer won $2,462,216 over 32 games, and needed $58,485 more to break the record.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Holzhauer won $2,462,216 in 32 games.", article: run, id: "r"), .agreement, cites: [5])
    }

    func testAnAdverbOfSeemingHedgesTheWordAfterIt() {
        let run = page + "Holzhauer, who steamrolled more than 60 contestants with his seemingly endless trivia knowledge, lost on Monday.\n"
        let v = Fixtures.rulesVerdict("Holzhauer's knowledge of trivia is endless.", article: run, id: "r")
        XCTAssertEqual(v.verdict, .absence, v.reason)
        XCTAssertTrue(v.reason.contains("hedged"), v.reason)
        // And it takes back a figure the sentence seems to give.
        let cvs = page + "It seems Acme Health is really enjoying the confidence of its millions of customers around the world.\n"
        XCTAssertEqual(Fixtures.rulesVerdict("Acme Health enjoys the confidence of its millions of customers.", article: cvs, id: "a").verdict, .absence)
    }
}

extension HeldoutTwentyReadingTests {
    func testAFirstNumberBeforeOrSharesTheSecondsScale() {
        XCTAssertEqual(counts("worth three or four trillion Zimbabwe dollars").map(\.0), [3e12])
        XCTAssertEqual(counts("two or three people").map(\.0), [2])
        let rate = page + "On Sunday, one US dollar was equal to three or four trillion Zimbabwe dollars.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("On Sunday one US dollar was worth three or four billion Zimbabwe dollars.", article: rate, id: "z"),
                               .conflict, cites: [5])
    }
}

extension HeldoutTwentyReadingTests {
    func testAnAllegationBeforeANounHedgesOnlyThatNoun() {
        let aadhaar = page + "It is another embarrassment for the government, which has weathered storms over alleged cracks in its Aadhaar system, a database containing the personal details of more than 1 billion Indians.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The Aadhaar system is a database containing the personal details of more than 1 billion Indians.", article: aadhaar, id: "a"),
                               .agreement, cites: [5])
        // The noun it stands before stays hedged, and so does an allegation that is the clause's verb.
        XCTAssertEqual(Fixtures.rulesVerdict("The Aadhaar system has cracks.", article: aadhaar, id: "a").verdict, .absence)
        let said = page + "Prosecutors alleged that the Aadhaar database holds the personal details of more than 1 billion Indians.\n"
        XCTAssertEqual(Fixtures.rulesVerdict("The Aadhaar database holds the personal details of more than 1 billion Indians.", article: said, id: "s").verdict, .absence)
    }

    func testAClaimsMayOfPermissionIsTheEvidencesCan() {
        let rule = page + "Last week, acting finance minister Patrick Chinamasa announced that Zimbabweans can now legally use foreign currencies alongside the local dollar.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Patrick Chinamasa announced that Zimbabweans may now legally use foreign currencies.", article: rule, id: "r"),
                               .agreement, cites: [5])
        // Another kind of hedge still needs its own word.
        XCTAssertEqual(Fixtures.rulesVerdict("Patrick Chinamasa announced that Zimbabweans will probably use foreign currencies.", article: rule, id: "r").verdict, .absence)
    }

    func testAPairIsTwo() {
        XCTAssertEqual(counts("from a pair of tiny satellites that had been trailing it").map(\.0), [2])
        XCTAssertEqual(counts("from a pair of tiny satellites that had been trailing it").map(\.1), [2])
    }
}

extension HeldoutTwentyReadingTests {
    func testWhatTheColdReviewFound() {
        // "over" after a year or a day is still "more than".
        XCTAssertEqual(counts("In 2020 over 200 companies went bust.").first { $0.2 != nil }?.1, .infinity)
        XCTAssertEqual(counts("By March 2021 over 30,000 people had been vaccinated.").first { $0.2 != nil }?.1, .infinity)
        // Dozens are not hundreds.
        let hurt = page + "Dozens of people were injured when the stand collapsed.\n"
        XCTAssertEqual(Fixtures.rulesVerdict("Hundreds of people were injured when the stand collapsed.", article: hurt, id: "h").verdict, .conflict)
        // A hedging adverb before an adjective hedges that adjective only.
        let panel = page + "The ostensibly independent panel found 12 violations at the plant.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The panel found 12 violations at the plant.", article: panel, id: "p"), .agreement, cites: [5])
        XCTAssertEqual(Fixtures.rulesVerdict("The independent panel found 12 violations at the plant.", article: panel, id: "p").verdict, .absence)
        // A count split by place is no toll of the first place's figure elsewhere.
        let storm = page + "The storm killed 12 people in Texas and four in Oklahoma.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("There were 12 deaths in Oklahoma.", article: storm, id: "s").verdict, .agreement)
        // Digits before "or" span too.
        XCTAssertEqual(counts("worth 40 or 50 million dollars").map(\.0), [40e6])
    }
}
