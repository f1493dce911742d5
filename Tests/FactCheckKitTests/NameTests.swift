import XCTest
@testable import FactCheckKit

final class NameTests: XCTestCase {
    private var context: NameContext {
        var c = NameContext()
        for doc in Fixtures.seeds.documents { for s in doc.citableSentences { c.learn(Tokenizer.tokenize(s.text)) } }
        return c
    }

    private func entities(_ text: String) -> [EntityMention] {
        TextAnalyzer.analyse(text, context: context, reference: nil).entities
    }

    func testAPartyMembersWordBeforeANameIsNoPartOfItButAPartyAdjectiveStays() {
        XCTAssertEqual(entities("Republican Sarah Palin conceded the race.").map(\.text), ["Sarah Palin"])
        XCTAssertEqual(entities("Green Day played in Oakland.").map(\.text), ["Green Day", "Oakland"])
        XCTAssertEqual(entities("The Liberal Democrats won 11 seats.").map(\.text), ["Liberal Democrats"])
    }

    func testSurnameStandsForTheFullName() {
        let c = context
        XCTAssertEqual(c.people["mallory"], ["kevin", "patrick"])
        XCTAssertEqual(c.people["lee"], ["jerry", "chun", "shing"])
        let claim = entities("Mallory was paid")[0]
        let full = entities("Kevin Patrick Mallory, of Leesburg")[0]
        XCTAssertEqual(claim.key, "p:mallory")
        XCTAssertTrue(claim.refers(to: full))
        XCTAssertTrue(entities("Kevin Mallory spied")[0].refers(to: full))
        XCTAssertFalse(entities("Robert Mallory spied")[0].refers(to: full), "a different given name is a different person")
    }

    func testATitleNamesThePersonTheBodyCallsBySurname() {
        let game = """
        ---
        title: Joel Embiid leads Sixers to statement victory over Celtics
        ---
        Embiid scored 10 points on four baskets early on.
        """
        let v = Fixtures.rulesVerdict("Joel Embiid scored 10 points on four baskets early on", article: game, id: "game")
        Fixtures.assertVerdict(v, .agreement, cites: [4])
        // A title in title case names no one: its words are seen in lower case in the body.
        var c = NameContext()
        let body = Tokenizer.tokenize("The drives hold nine platters, and Drives from Seagate follow.")
        c.learn(body)
        c.learnTitle(Tokenizer.tokenize("Next-Gen HAMR Platters Promise 80TB Hard Drives"), bodyNames: ["drives", "seagate"])
        XCTAssertNil(c.people["drives"])
    }

    func testTitlesAreStrippedAndOrganisationsAreNotPeople() {
        let keys = entities("Assistant Attorney General John Demers said the Central Intelligence Agency (CIA) and the Shanghai Academy of Social Sciences").map(\.key)
        XCTAssertTrue(keys.contains("p:demers"))
        XCTAssertTrue(keys.contains("CIA"))
        XCTAssertTrue(keys.contains("n:shanghai academy of social sciences"))
        XCTAssertFalse(keys.contains { $0.hasPrefix("p:") && $0 != "p:demers" }, "\(keys)")
    }

    func testAcronymsDefinedInTheTextAndCommonOnes() {
        XCTAssertEqual(context.acronyms["sass"], "n:shanghai academy of social sciences")
        XCTAssertEqual(entities("SASS recruited him")[0].key, "n:shanghai academy of social sciences")
        XCTAssertEqual(entities("the Central Intelligence Agency")[0].key, entities("the CIA")[0].key)
        XCTAssertEqual(entities("U.S. officials")[0].key, "US")
        XCTAssertEqual(entities("Chinese agents")[0].key, "China")
    }

    func testAnOrganisationNamesItsCountryButNotTheReverse() {
        let china = entities("the Chinese paid")[0], mss = entities("paid by the MSS")[0]
        XCTAssertTrue(china.refers(to: mss), "evidence naming the MSS names China")
        XCTAssertFalse(mss.refers(to: china), "evidence naming China does not name the MSS")
    }

    func testCurrencyPrefixIsNotACountry() {
        XCTAssertTrue(entities("He received US$25,000").isEmpty)
        XCTAssertTrue(entities("He received $25,000USD").isEmpty)
    }

    func testPronounsAndDescriptionsResolveToTheArticlesPeople() {
        let doc001 = Fixtures.seed("001")
        let analyses = DocumentAnalyzer.analyse(doc001, context: context)
        let gave = doc001.sentences.firstIndex { $0.text.hasPrefix("He gave sensitive") }!
        XCTAssertEqual(analyses[gave].entities.first { $0.resolvedFrom == "he" }?.key, "p:mallory")
        let doc000 = Fixtures.seed("000")
        let a000 = DocumentAnalyzer.analyse(doc000, context: context)
        let officer = doc000.sentences.firstIndex { $0.text.contains("officer has been sentenced") }!
        XCTAssertEqual(a000[officer].entities.first { $0.resolvedFrom == "officer" }?.key, "p:mallory")
        let arrested = doc000.sentences.firstIndex { $0.text.hasPrefix("Arrested in January 2018") }!
        XCTAssertEqual(a000[arrested].entities.first { $0.resolvedFrom == "he" }?.key, "p:lee", "he = Lee, named in the sentence before")
    }
}
