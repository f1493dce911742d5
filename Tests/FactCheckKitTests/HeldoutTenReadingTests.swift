import XCTest
@testable import FactCheckKit

/// Readings the tenth held-out set and a look at allegations and roles found missing: a denial or an allegation
/// pinned on the claim's subject states nothing of the act, a participle set off by commas has the noun before it as
/// its subject, a passive claim without its doer is not stated by the subject doing the act, a sentence about a kind
/// is not about the page's one thing, a sentence that shares only the event does not date the claim's act, a
/// percentage may be written in words, a present-tense verb after "and" opens a part of its own, and a change from one
/// figure to another is stated by the same two figures in the same order, a length per hour is a speed however
/// written, initials name what they abbreviate, and an amount "more a year" or "extra" is an increase per year.
final class HeldoutTenReadingTests: XCTestCase {
    private let page = "---\ntitle: County news\n---\n"

    func testADenialOrAllegationOnTheSubjectIsNoStatement() {
        let claim = "Sam Reed took bribes from the developer."
        for sentence in ["Governor Sam Reed denied taking bribes from the developer in 2010.",
                         "Sam Reed denied that he took bribes from the developer.",
                         "Sam Reed was accused of taking bribes from the developer in 2010.",
                         "Sam Reed allegedly took bribes from the developer."] {
            let v = Fixtures.rulesVerdict(claim, article: page + sentence + "\n", id: "county")
            Fixtures.assertVerdict(v, .absence)
            XCTAssertTrue(v.reason.contains("only hedged"), "\(sentence): \(v.reason)")
        }
        // A claim of the denial itself is stated by it.
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Sam Reed denied taking bribes.", article: page + "Sam Reed denied taking bribes from the developer.\n",
                                                      id: "county"), .agreement, cites: [4])
        // With a plain object "denied" is the act: a judge's ruling.
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Sam Reed denied the motion.", article: page + "Judge Sam Reed denied the motion on Tuesday.\n",
                                                     id: "county"), .agreement, cites: [4])
    }

    func testAParticipleBetweenCommasTakesTheNounBeforeItAsSubject() {
        let label = page + "The label, founded by Simon Cowell in 2002, signed Paula Abdul in 2005.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Simon Cowell founded the label.", article: label, id: "county"), .agreement, cites: [4])
        let v = Fixtures.rulesVerdict("Paula Abdul founded the label.", article: label, id: "county")
        Fixtures.assertVerdict(v, .absence)
        XCTAssertTrue(v.reason.contains("Simon Cowell"), v.reason)
        let novel = page + "The novel, written by Anne Tyler, was adapted for film by Lawrence Kasdan.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Lawrence Kasdan wrote the novel.", article: novel, id: "county"), .absence)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Anne Tyler wrote the novel.", article: novel, id: "county"), .agreement, cites: [4])
    }

    func testAPassiveClaimIsNotStatedByItsSubjectDoingTheAct() {
        let v = Fixtures.rulesVerdict("Ellen Park was appointed police chief in March.",
                                      article: page + "Mayor Ellen Park appointed Tom Ruiz as police chief in March.\n", id: "county")
        Fixtures.assertVerdict(v, .absence)
        XCTAssertTrue(v.reason.contains("Tom Ruiz"), v.reason)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Tom Ruiz was appointed police chief in March.",
                                                     article: page + "Mayor Ellen Park appointed Tom Ruiz as police chief in March.\n", id: "county"),
                               .agreement, cites: [4])
    }

    func testASentenceAboutAKindIsNotAboutThePagesOneThing() {
        let page = "---\ntitle: Confirmed tornado in Winona\n---\n"
            + "According to the weather service, an EF-1 tornado causes roofs to peel off and can overturn mobile homes.\n\n"
            + "The tornado damaged a modular building and overturned two mobile homes on Monday.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The Winona tornado overturned mobile homes.", article: page, id: "winona"), .agreement, cites: [6])
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The Winona tornado caused roofs to peel off.", article: page, id: "winona"), .absence)
    }

    func testASentenceSharingOnlyTheEventDoesNotDateTheClaimsAct() {
        let page = "---\ntitle: Ex-mayor sentenced\n---\nFormer mayor Catherine Pugh was sentenced on Thursday to three years in prison for a book scam.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Pugh must report to federal prison by the end of March.", article: page, id: "pugh"), .absence)
        // A sentence that says the rest of the claim still dates it.
        let dated = "---\ntitle: Ex-mayor sentenced\n---\nFormer mayor Catherine Pugh was sentenced on May 3, 2019 to three years in prison for a book scam.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Pugh was sentenced to three years in prison for a book scam in March 2019.", article: dated, id: "pugh"),
                               .conflict, cites: [4])
    }

    func testALaterActOfTheEventTakesItsOwnDate() {
        let page = "---\ntitle: Sentenced\n---\nKay Dee was sentenced in June to 18 months in prison.\n\nKay Dee will begin serving the sentence on September 1.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Kay Dee was sentenced in September.", article: page, id: "dee"), .absence)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Kay Dee was sentenced in June.", article: page, id: "dee"), .agreement, cites: [4])
    }

    func testAPercentageMayBeWrittenInWords() {
        let quantities = { (text: String) in QuantityParser.parse(Tokenizer.tokenize(text)).filter { $0.kind == .percent }.map(\.value) }
        XCTAssertEqual(quantities("a two percent cut"), [2])
        XCTAssertEqual(quantities("a rise of five per cent"), [5])
        let page = "---\ntitle: Budget\n---\nLeffingwell surprised his colleagues by calling for a two percent cut to most departments.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Leffingwell called for a 5 percent cut to most departments.", article: page, id: "budget"),
                               .conflict, cites: [4], reason: "conflict: two percent ≠ 5 percent")
    }

    func testAPresentTenseVerbAfterAndOpensAPart() {
        XCTAssertEqual(ClaimSplitter.parts("The budget gives employees a 3 percent raise and adds about 250 jobs."),
                       ["The budget gives employees a 3 percent raise", "The budget adds about 250 jobs."])
        XCTAssertEqual(ClaimSplitter.parts("The report says prices rose and wages fell."), ["The report says prices rose and wages fell."])
        XCTAssertEqual(ClaimSplitter.parts("The Sands Hotel and Casino opened in 1952."), ["The Sands Hotel and Casino opened in 1952."])
    }

    func testAChangeFromOneFigureToAnotherIsStatedByTheSameSeries() {
        let page = "---\ntitle: Quarantine\n---\nData from Poland shows that test positivity nearly doubled, increasing from 3.9 per cent to 5.8 per cent.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Test positivity in Poland went up from 3.9% to 5.8%.", article: page, id: "uk"), .agreement, cites: [4])
        let reversed = "---\ntitle: Quarantine\n---\nData from Poland shows that test positivity fell from 5.8 per cent to 3.9 per cent.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("Test positivity in Poland went up from 3.9% to 5.8%.", article: reversed, id: "uk").verdict, .agreement)
    }

    func testALengthPerHourIsASpeedHoweverWritten() {
        let speeds = { (text: String) in QuantityParser.parse(Tokenizer.tokenize(text)).filter { $0.unit == "speed" }.map { ($0.value * 1000).rounded() / 1000 } }
        XCTAssertEqual(speeds("winds of 95 miles per hour"), speeds("winds of 95 mph"))
        XCTAssertEqual(speeds("gusts of 95 miles an hour"), speeds("gusts of 95 mph"))
        XCTAssertEqual(speeds("a top speed of 120 km/h"), [120])
        let page = "---\ntitle: Tornado\n---\nThe weather service said the tornado had winds of 95 miles per hour.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The tornado had winds of 95 mph.", article: page, id: "tornado"), .agreement, cites: [4])
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The tornado had winds of 105 mph.", article: page, id: "tornado"), .conflict, cites: [4])
    }

    func testInitialsNameWhatTheyAbbreviateInADocumentThatWritesBoth() {
        let page = "---\ntitle: Tornado\n---\nThe National Weather Service confirmed that the storm in Winona was a tornado.\n\nNWS said the tornado had winds of 95 mph.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The NWS confirmed the storm in Winona was a tornado.", article: page, id: "tornado"), .agreement, cites: [4])
        // Initials alone name nothing: "NBA" is not the National Boxing Association of a text that never writes "NBA".
        let boxing = "---\ntitle: Boxing\n---\nThe National Boxing Association suspended fighter Joe Kane for six months.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The NBA suspended Joe Kane for six months.", article: boxing, id: "boxing"), .absence)
        var context = NameContext()
        let sentences = ["The National Weather Service confirmed it.", "NWS said so.", "The Arizona Police and the AP arrived."].map(Tokenizer.tokenize)
        for t in sentences { context.learn(t) }
        context.learnInitials(sentences)
        XCTAssertEqual(context.acronyms["nws"], "n:national weather service")
        XCTAssertNotNil(context.acronyms["ap"], "a document that writes both pairs them")
    }

    func testAnExtraAmountAYearIsAnIncreasePerYear() {
        let page = "---\ntitle: Budget\n---\nThe owner of a 200,000 dollar home will pay an extra $22 per year.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The owner of a $200,000 home will pay $22 more a year.", article: page, id: "budget"), .agreement, cites: [4])
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The owner of a $200,000 home will pay $22 less a year.", article: page, id: "budget"), .conflict, cites: [4])
        XCTAssertNotEqual(Fixtures.rulesVerdict("The owner of a $200,000 home will pay an extra $22 a month.", article: page, id: "budget").verdict, .agreement)
    }
}
