import XCTest
@testable import FactCheckKit

/// Readings the sixteenth held-out set and the known gaps found missing: a journey's ends, a town's state, a count of
/// a name's things ("Alibaba shares"), those a figure counts by what befell them, an age as a decade of life, more
/// verbs of change, and a preposition opening a sentence.
final class HeldoutSixteenReadingTests: XCTestCase {
    private let page = "---\ntitle: Town news\npublished: 2024-02-10\n---\n"

    func testAJourneysEndsAreNotSwapped() {
        let train = page + "The Southwest Chief was traveling from Los Angeles to Chicago when it struck a dump truck near Mendon, Mo.\n"
        let swapped = Fixtures.rulesVerdict("The Southwest Chief was traveling from Chicago to Los Angeles when it struck a dump truck.", article: train, id: "t")
        Fixtures.assertVerdict(swapped, .conflict, cites: [5])
        XCTAssertTrue(swapped.reason.contains("from Los Angeles to Chicago"), swapped.reason)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The Southwest Chief was traveling from Los Angeles to Chicago when it struck a dump truck.", article: train, id: "t"),
                               .agreement, cites: [5])
        // One end given: the place at the other end of the journey is no origin.
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The Southwest Chief was traveling from Chicago when it struck a dump truck.", article: train, id: "t"),
                               .conflict, cites: [5])
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The Southwest Chief was traveling to Chicago when it struck a dump truck.", article: train, id: "t"),
                               .agreement, cites: [5])
        // A sentence that gives both ways contradicts neither.
        let both = page + "The Southwest Chief runs daily from Los Angeles to Chicago and from Chicago to Los Angeles.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The Southwest Chief runs daily from Chicago to Los Angeles.", article: both, id: "b"), .agreement, cites: [5])
    }

    func testATownsStateSaysWhichTown() {
        let firm = page + "The drug is the first product of Incyte, a biotechnology company based in Wilmington, Del.\n"
        let v = Fixtures.rulesVerdict("Incyte is a biotechnology company based in Wilmington, North Carolina.", article: firm, id: "f")
        Fixtures.assertVerdict(v, .conflict, cites: [5])
        XCTAssertTrue(v.reason.contains("Wilmington, Del. ≠ Wilmington, North Carolina"), v.reason)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Incyte is a biotechnology company based in Wilmington, Delaware.", article: firm, id: "f"), .agreement, cites: [5])
        // A town with no state after it in the source ties nothing.
        let bare = page + "The drug is the first product of Incyte, a biotechnology company based in Wilmington.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("Incyte is a biotechnology company based in Wilmington, North Carolina.", article: bare, id: "f").verdict, .conflict)
    }

    func testANamesThingsAreCountedByTheNoun() {
        let ipo = "---\ntitle: Alibaba IPO\npublished: 2014-09-19\n---\nSome 271 million shares changed hands on Friday. Alibaba has a market value of $231 billion.\n"
        let v = Fixtures.rulesVerdict("Some 172 million Alibaba shares changed hands on Friday.", article: ipo, id: "a")
        XCTAssertEqual(v.verdict, .conflict, v.reason)
        XCTAssertTrue(v.reason.contains("271 million shares"), v.reason)
        XCTAssertFalse(v.reason.contains("$231 billion"), v.reason)
        let q = TextAnalyzer.analyse("They sold 20 Boeing shares.", context: NameContext(), reference: nil).quantities
        XCTAssertEqual(q.first?.unit, "share")
    }

    func testFiguresCountThoseToWhomOneThingHappened() {
        let bridge = page + "At least 35 people were killed when a bridge collapsed in Genoa, police said.\n"
        XCTAssertEqual(Fixtures.rulesVerdict("Between 10 and 12 people were buried when a bridge collapsed in Genoa.", article: bridge, id: "g").verdict, .absence)
        XCTAssertEqual(Fixtures.rulesVerdict("Twelve people were injured when a bridge collapsed in Genoa.", article: bridge, id: "g").verdict, .absence)
        let died = Fixtures.rulesVerdict("Twelve people were killed when a bridge collapsed in Genoa.", article: bridge, id: "g")
        Fixtures.assertVerdict(died, .conflict, cites: [5])
        Fixtures.assertVerdict(Fixtures.rulesVerdict("At least 35 people were killed when a bridge collapsed in Genoa.", article: bridge, id: "g"), .agreement, cites: [5])
    }

    func testAnAgeAsADecadeOfLife() {
        let park = page + "Wiltshire Police said that a man in his 20s died following an incident at Cotswold Leisure Park on Monday.\n"
        let v = Fixtures.rulesVerdict("Wiltshire Police said a man in his 50s died after an incident at Cotswold Leisure Park on Monday.", article: park, id: "p")
        Fixtures.assertVerdict(v, .conflict, cites: [5])
        XCTAssertTrue(v.reason.contains("in his 20s"), v.reason)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Wiltshire Police said a man in his 20s died after an incident at Cotswold Leisure Park on Monday.", article: park, id: "p"),
                               .agreement, cites: [5])
        let ages = { (s: String) in TextAnalyzer.analyse(s, context: NameContext(), reference: nil).quantities.map { [$0.low, $0.high] } }
        XCTAssertEqual(ages("A woman in her early sixties was hurt."), [[60, 63]])
        XCTAssertEqual(ages("He was in his mid-30s."), [[33, 37]])
        XCTAssertEqual(ages("The man, in his 20's, fled."), [[20, 29]])
    }

    func testMoreVerbsOfChange() {
        // "soared 2,000 units" is a change's size, no level.
        let sales = page + "Kestrel's sales soared by 2,000 units to 48,000 units this year.\n"
        let v = Fixtures.rulesVerdict("Kestrel's sales soared to 2,000 units.", article: sales, id: "k")
        Fixtures.assertVerdict(v, .conflict, cites: [5])
        XCTAssertTrue(v.reason.contains("48,000"), v.reason)
        XCTAssertTrue(Lexicon.changeVerbs.isSuperset(of: ["soared", "plunged", "dipped", "sank", "edged", "surging"]))
    }

    func testAPrepositionOpeningASentenceIsNoName() {
        let a = TextAnalyzer.analyse("Between 10 and 12 people were buried in the avalanche.", context: NameContext(), reference: nil)
        XCTAssertTrue(a.entities.isEmpty, "\(a.entities.map(\.text))")
    }
}
