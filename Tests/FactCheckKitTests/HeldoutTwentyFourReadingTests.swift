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
        Fixtures.assertVerdict(v("He joined Northport United for more than £16.2 million."), .conflict, cites: [5])
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
        // A quoted title opening a paragraph is no one's words.
        let title = page + "Ana Ruiz, the theatre's director, said: \"We are thrilled.\"\n\n\"Hamlet\" opens the season on May 4.\n"
        let sentences = DocumentAnalyzer.analyse(Fixtures.document(title, id: "h"), context: NameContext())
        XCTAssertFalse(sentences.last?.entities.contains { $0.key == "p:ruiz" } ?? true)
        // Where the paragraph is the speaker's words, the speaker is read on.
        let words = DocumentAnalyzer.analyse(Fixtures.document(quotes, id: "q"), context: NameContext())
        XCTAssertTrue(words.contains { $0.text.hasPrefix("\"In recent years") && $0.entities.contains { $0.key == "p:byrne" && $0.resolvedFrom != nil } })
    }

    func testAPluralNounAndAPastVerbAfterACommaAndOpenAClause() {
        XCTAssertEqual(ClaimSplitter.parts("The glacier once covered 50 square kilometres, and local residents recalled drinking pure water from it."),
                       ["The glacier once covered 50 square kilometres", "local residents recalled drinking pure water from it."])
        // Without the comma, or with a list of nouns, it is one claim.
        XCTAssertEqual(ClaimSplitter.parts("The bank raised its fees and charges for overdrafts."), ["The bank raised its fees and charges for overdrafts."])
        XCTAssertEqual(ClaimSplitter.parts("Officials counted the ballots, and voters rejected the measure.").count, 2)
    }

    func testAnAreaIsALengthSquared() {
        let area = QuantityParser.parse(Tokenizer.tokenize("The glacier used to stretch 15 square kilometres."))
        XCTAssertEqual(area.first?.unit, "area")
        XCTAssertEqual(area.first?.value ?? 0, 15_000_000, accuracy: 1)
        XCTAssertEqual(QuantityParser.parse(Tokenizer.tokenize("a fire of 2,000 acres")).first?.unit, "area")
    }

    func testAYearBeforeAPrepositionsObjectDatesThatObject() {
        let film = page + "Grey Harbours is a romantic comedy film based on a 1987 novel by Lena Marsh.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("Grey Harbours was released in 2006.", article: film, id: "g").verdict, .conflict)
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
        // A line drawn or a way travelled runs both ways.
        let road = page + "The new road runs from the village to the quarry, and the ferry sails from the island to the mainland each morning.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("The new road runs from the quarry to the village.", article: road, id: "r").verdict, .conflict)
        XCTAssertNotEqual(Fixtures.rulesVerdict("The ferry sails from the mainland to the island each morning.", article: road, id: "r").verdict, .conflict)
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
        // A negation before a content word still denies it, past an idiomatic verb or two.
        let medication = page + "Patients do not have to bring their own medication to the clinic.\n"
        XCTAssertEqual(Fixtures.rulesVerdict("Patients have to bring their own medication to the clinic.", article: medication, id: "m").verdict, .conflict)
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
        // Beside a figure of today, the figure yet to come is compared: 65 buses, not 40.
        let fleet = page + "The fleet currently has 40 buses and will grow to 65 buses by 2026.\n"
        let more = Fixtures.rulesVerdict("The fleet will grow to 80 buses by 2026.", article: fleet, id: "b")
        Fixtures.assertVerdict(more, .conflict, cites: [5])
        XCTAssertTrue(more.reason.contains("65") && !more.reason.contains("40"), more.reason)
        XCTAssertNotEqual(Fixtures.rulesVerdict("The fleet will grow to 65 buses by 2026.", article: fleet, id: "b").verdict, .conflict)
        // A plan is yet to come as "will" is: "are to be increased to a maximum of £10,000".
        let fines = page + "He added that the penalties for people who refuse to self-isolate are to be increased to a maximum of £10,000 for repeat offenders.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Penalties for repeat offenders who refuse to self-isolate will rise to as much as £10,000.", article: fines, id: "f"),
                               .agreement, cites: [5])
        // A figure of the claim's that is not yet to come is compared as before: "a $200,000 home" is today's value.
        let budget = page + "Under the budget, the owner of a $200,000 home will pay $22 more a year in property taxes.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The owner of a $200,000 home will pay $22 more a year.", article: budget, id: "p"), .agreement, cites: [5])
    }

    func testTwoExclusiveOfficesOfOnePersonConflict() {
        let chills = page + "\"I got chills,\" Mayor Marty Small said. \"This is a historic moment.\"\n"
        let governor = Fixtures.rulesVerdict("New Jersey Governor Marty Small said the implosion gave him chills.", article: chills, id: "c")
        Fixtures.assertVerdict(governor, .conflict, cites: [5])
        XCTAssertTrue(governor.reason.contains("Mayor ≠ New Jersey Governor"), governor.reason)
        // An office dated or listed beside another may be held too; and one office in two words is one.
        // The post under an office is another post.
        let lieutenant = page + "Lieutenant Governor Ann Reyes signed the order on Monday.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Governor Ann Reyes signed the order on Monday.", article: lieutenant, id: "l"), .conflict, cites: [5])
        let council = page + "Councilwoman Dana Quill, a former mayor, spoke on Tuesday.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("Councilor Dana Quill spoke on Tuesday.", article: council, id: "q").verdict, .conflict)
        XCTAssertNotEqual(Fixtures.rulesVerdict("Former Mayor Dana Quill spoke on Tuesday.", article: council, id: "q").verdict, .conflict)
    }
}
