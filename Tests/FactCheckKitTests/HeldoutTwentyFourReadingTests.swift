import XCTest
@testable import FactCheckKit

/// Readings from heldout24 and session 30: a rounded figure against a claim's bound, a quotation's speaker speaking
/// on in the next quoted paragraph, a continent's adjective opening a body's name, two plain ends the other way round,
/// idiomatic verbs, an opposite in the claim word's slot, a figure of today against one yet to come, exclusive offices.
final class HeldoutTwentyFourReadingTests: XCTestCase {
    private let page = "---\ntitle: Regional news\npublished: 2022-01-01\n---\n"

    override func setUpWithError() throws {
        guard WordNet.shared.isAvailable else { throw XCTSkip("wordnet-base is not installed; `make test` installs it") }
    }

    func testARoundedFigureIsReadAsWrittenAgainstABound() {
        let deal = page + "He returned to England the following season, where he joined Northport United for £16 million.\n"
        let v = { (claim: String) in Fixtures.rulesVerdict(claim, article: deal, id: "d") }
        Fixtures.assertVerdict(v("He joined Northport United for less than £16.5 million."), .agreement, cites: [5])
        Fixtures.assertVerdict(v("He joined Northport United for more than £15.5 million."), .agreement, cites: [5])
        Fixtures.assertVerdict(v("He joined Northport United for more than £16.5 million."), .conflict, cites: [5])
        // A point is still compared with the figure's rounding: "£16.2 million" may be what "£16 million" rounds.
        XCTAssertNotEqual(v("He joined Northport United for £18 million.").verdict, .agreement)
        let rounded = QuantityParser.parse(Tokenizer.tokenize("£16 million"))
        XCTAssertEqual(rounded.first?.isRounded, true)
        XCTAssertEqual(QuantityParser.parse(Tokenizer.tokenize("£16,000")).first?.isRounded, false)
    }

    func testAQuotedParagraphWithoutASpeakerContinuesTheLastSpeaker() {
        let quotes = page + """
        Thomas Byrne, the minister, said he was proud that the derogation is ending.

        "This reflects the work of the institutions and it is fitting that it is happening in the year of the treaty's anniversary," he said.

        "In recent years the volume of translations has risen almost six fold since 2016. This increase needed new staff.

        The report was published on Friday by the commission.
        """
        let v = { (claim: String) in Fixtures.rulesVerdict(claim, article: quotes, id: "q") }
        Fixtures.assertVerdict(v("Byrne said the volume of translations has risen almost six fold since 2016."), .agreement, cites: [9])
        let fell = v("Byrne said the volume of translations has fallen since 2016.")
        Fixtures.assertVerdict(fell, .conflict, cites: [9])
        // A paragraph of the reporter's own ends the quotation: the commission's report is no word of Byrne's.
        XCTAssertEqual(v("Byrne said the report was published on Friday.").verdict, .absence)
    }

    func testAContinentsAdjectiveOpensABodysNameNotAPersons() {
        let claim = TextAnalyzer.analyseClaim("Ireland signed the Treaty of Accession to the European Communities in 1972.", context: NameContext(), reference: nil)
        XCTAssertFalse(claim.entities.contains { $0.kind == .person }, "\(claim.entities.map(\.key))")
        XCTAssertEqual(TextAnalyzer.analyseClaim("Dana Quill spoke.", context: NameContext(), reference: nil).entities.first?.kind, .person)
    }
    func testTwoPlainEndsTheOtherWayRoundConflict() {
        let fall = page + "A series of loud explosions rocked the building around 9 a.m., and it started to collapse almost like a wave from back to front.\n"
        let v = { (claim: String) in Fixtures.rulesVerdict(claim, article: fall, id: "f") }
        let reversed = v("Loud explosions rocked the building at about 9 a.m., and it started to collapse like a wave from front to back.")
        Fixtures.assertVerdict(reversed, .conflict, cites: [5])
        XCTAssertTrue(reversed.reason.contains("from back to front ≠ from front to back"), reversed.reason)
        Fixtures.assertVerdict(v("Loud explosions rocked the building at about 9 a.m., and it started to collapse like a wave from back to front."), .agreement, cites: [5])
        // A range between two figures or two names is no pair of plain ends.
        XCTAssertTrue(EndsOrderComparison.ends(in: TextAnalyzer.analyseClaim("Prices rose from 8,000 to 46,000 and flights ran from Paris to Rome.",
                                                                             context: NameContext(), reference: nil)).isEmpty)
    }

    func testAnIdiomaticVerbHasNoOppositeAndDeniesNothing() {
        let quote = page + """
        Thomas Byrne said it is fitting that the work that has gone into the change is happening this year, the year of the treaty's anniversary.

        Lee said inflation will continue to affect retirees, so that they don't go 20 more years without a raise.
        """
        let v = { (claim: String) in Fixtures.rulesVerdict(claim, article: quote, id: "q") }
        XCTAssertNotEqual(v("Byrne said it is fitting that the change comes in the year of the treaty's anniversary.").verdict, .conflict)
        XCTAssertNotEqual(v("Lee said inflation will go on affecting retirees.").verdict, .conflict)
        // A negation before a content word still denies it.
        XCTAssertEqual(v("Lee said retirees will go 20 more years without a raise.").verdict, .conflict)
    }

    func testAnOppositeInTheClaimWordsOwnSlotConflicts() {
        let fares = page + "The agency's board approved the fare increases on Wednesday.\n\"I agree with everyone that our riders pay too much of the cost,\" board chairman Joseph Lhota said.\n"
        let little = Fixtures.rulesVerdict("Joseph Lhota said the agency's riders pay too little of the cost.", article: fares, id: "f")
        Fixtures.assertVerdict(little, .conflict, cites: [6])
        XCTAssertTrue(little.reason.contains("“much” is the opposite of “little”"), little.reason)
        // A manner adverb of the claim's is the opposite act's too.
        let volume = page + "Thomas Byrne said the volume of translations has risen almost six fold since 2016.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Byrne said the volume of translations has fallen sharply since 2016.", article: volume, id: "v"), .conflict, cites: [5])
    }

    func testAFigureOfTodayIsNoRivalToAFigureYetToCome() {
        let trains = page + "TGVs now in regular service run at up to 199mph. Philippe Mellier said this could go up to 224mph in the next five years.\n"
        let v = { (claim: String) in Fixtures.rulesVerdict(claim, article: trains, id: "t") }
        XCTAssertEqual(v("TGVs in regular service will run at up to 224mph within the next five years.").verdict, .absence)
        XCTAssertEqual(v("TGVs in regular service will run at up to 250mph within the next five years.").verdict, .absence)
        // A figure of today still contradicts a claim of today.
        Fixtures.assertVerdict(v("TGVs in regular service run at up to 224mph."), .conflict, cites: [5])
    }

    func testTwoExclusiveOfficesOfOnePersonConflict() {
        let chills = page + "\"I got chills,\" Mayor Marty Small said. \"This is a historic moment.\"\n"
        let governor = Fixtures.rulesVerdict("New Jersey Governor Marty Small said the implosion gave him chills.", article: chills, id: "c")
        Fixtures.assertVerdict(governor, .conflict, cites: [5])
        XCTAssertTrue(governor.reason.contains("Mayor ≠ New Jersey Governor"), governor.reason)
        // An office dated or listed beside another may be held too; and one office in two words is one.
        let council = page + "Councilwoman Dana Quill, a former mayor, spoke on Tuesday.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("Councilor Dana Quill spoke on Tuesday.", article: council, id: "q").verdict, .conflict)
        XCTAssertNotEqual(Fixtures.rulesVerdict("Former Mayor Dana Quill spoke on Tuesday.", article: council, id: "q").verdict, .conflict)
    }
}
