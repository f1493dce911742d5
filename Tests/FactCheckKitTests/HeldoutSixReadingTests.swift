import XCTest
@testable import FactCheckKit

/// Readings that VitaminC dev and the sixth held-out news set (Tests/Corpora/heldout6, articles kept out of the
/// repository) showed missing: names written with or without accents, a surname's suffix, a longer form of a name,
/// a capitalised word that only opens a sentence, the page's subject behind a pronoun, a disease's names, and
/// hedges that a future "will", an empty "it seems" or "suggested" put on a sentence.
final class HeldoutSixReadingTests: XCTestCase {
    private static let article = """
    ---
    title: Nadia Corr
    published: 2020-02-19
    ---
    Following her early career in radio, she was best known for her role as Lena Fox on Harbour Street.

    Édouard Séguin is remembered for his work with children in Lyon.

    Lucio Marin Vega was born in Leon in 1936.

    It seems KTR Health is enjoying the trust of its customers.

    In March, Norvale Press will begin a series on youth coaching.

    Ilse Varga, the former governor, joined the debate stage Wednesday in Reno.

    The mayor suggested the flooding had been caused by the new dam.
    """

    private func verdict(_ claim: String) -> SourceVerdict {
        Fixtures.rulesVerdict(claim, article: Self.article, id: "corr")
    }

    private func entities(_ text: String) -> [EntityMention] {
        TextAnalyzer.analyseClaim(text, context: NameContext(), reference: nil).entities
    }

    func testANameWithoutItsAccentsIsTheSameName() {
        Fixtures.assertVerdict(verdict("Edouard Seguin is remembered for his work with children."), .agreement, cites: [7])
    }

    func testAShorterFormOfAFullNameNamesTheSamePerson() {
        // "Lucio Marin" opens "Lucio Marin Vega": the same person, so his birthplace is compared.
        Fixtures.assertVerdict(verdict("Lucio Marin was born in Leon."), .agreement, cites: [9])
        Fixtures.assertVerdict(verdict("Lucio Marin was born in Madrid."), .conflict, cites: [9], reason: "conflict: Leon ≠ Madrid")
        // Another given name is someone else.
        Fixtures.assertVerdict(verdict("Pablo Marin was born in Madrid."), .absence)
    }

    func testAShortGivenNameIsTheFullOnes() {
        let page = """
        ---
        title: Talk radio
        ---
        Alexander Emerick Jones (born 1974) is an American radio host.
        """
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Alex Jones is an American radio host.", article: page, id: "radio"), .agreement, cites: [4])
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Peter Jones is an American radio host.", article: page, id: "radio"), .absence)
    }

    func testAGenerationalSuffixIsNoSurname() {
        XCTAssertEqual(entities("Dario Pell Jr. wrote most of the songs.").map(\.key), ["p:pell"])
    }

    func testARunOpenedByAnAcronymIsNoPerson() {
        XCTAssertEqual(entities("The report by KTR Health was late.").map(\.kind), [.name])
        XCTAssertEqual(entities("The report by Kara Vell was late.").map(\.kind), [.person])
        // A known agency before a name is dropped, as a title is: "CIA officer" stays out of the person.
        XCTAssertEqual(entities("The report by CIA Kara Vell was late.").map(\.key).last, "p:vell")
    }

    func testAnInflectedWordOpeningASentenceIsNoName() {
        XCTAssertEqual(entities("Averaged over 40 reviews, the film scored 61 out of 100.").map(\.text), [])
        XCTAssertEqual(entities("Globally, the film earned $40 million.").map(\.text), [])
        // A surname WordNet lists as a noun of its own keeps its capital's meaning.
        XCTAssertEqual(entities("Jones scored twice.").map(\.kind), [.name])
    }

    func testAPronounBeforeAnyNameIsThePageSubject() {
        // The page is about Nadia Corr; "she" comes before Lena Fox, the role, is named.
        Fixtures.assertVerdict(verdict("Nadia Corr was best known for her role on Harbour Street."), .agreement, cites: [5])
    }

    func testACommonNounOpeningTheSentenceIsThePageSubject() {
        let page = """
        ---
        title: Harbour Cup Final
        ---
        The match was played on May 6, 2011, at Dorran Park, where coach Ilse Varga had trained.
        """
        // "The match" is the page's subject; Ilse Varga, named later, is not.
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Harbour Cup Final was played on May 6, 2011.", article: page, id: "cup"), .agreement, cites: [4])
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Harbour Cup Final was played on May 9, 2011.", article: page, id: "cup"), .conflict, cites: [4],
                               reason: "conflict: May 6, 2011 (2011-05-06) ≠ May 9, 2011")
    }

    func testAnEmptyItSeemsHedgesItsClause() {
        Fixtures.assertVerdict(verdict("KTR Health is enjoying the trust of its customers."), .absence, cites: [11],
                               reason: "absence: only hedged — “It seems KTR Health is enjoying the trust of its customers.”")
    }

    func testAFutureWillHedgesItsOwnSubject() {
        Fixtures.assertVerdict(verdict("Norvale Press has begun a series on youth coaching."), .absence, cites: [13],
                               reason: "absence: only hedged — “In March, Norvale Press will begin a series on youth coaching.”")
    }

    func testSuggestedIsAHedge() {
        Fixtures.assertVerdict(verdict("The flooding was caused by the new dam."), .absence, cites: [17],
                               reason: "absence: only hedged — “The mayor suggested the flooding had been caused by the new dam.”")
    }

    func testAWeekdayInWhatMustBeDoneIsTheComingOne() {
        // Thursday 1 October 2020: "must self-isolate after Saturday" is the Saturday to come.
        let thursday = CalendarDate(year: 2020, month: 10, day: 1)
        let must = DateParser.parse(Tokenizer.tokenize("Travellers must self-isolate after 4am on Saturday."), reference: thursday)
        XCTAssertEqual(must.map(\.normalized), ["2020-10-03"])
        let did = DateParser.parse(Tokenizer.tokenize("Travellers began to self-isolate on Saturday."), reference: thursday)
        XCTAssertEqual(did.map(\.normalized), ["2020-09-26"])
    }

    func testAWeekdayIsNoRivalToASpanOfYears() {
        // "Wednesday" is the news of the day (2020-02-19), not when she governed.
        Fixtures.assertVerdict(verdict("Ilse Varga was governor from 2002 to 2013."), .absence)
        // Against another day it still is one.
        Fixtures.assertVerdict(verdict("Ilse Varga joined the debate stage on Monday."), .conflict, cites: [15], reason: "conflict: Wednesday ≠ Monday")
    }

    func testADiseaseNamedWithCapitalsIsATermAndItsCodeNoFigure() {
        let page = """
        ---
        title: 2020 coronavirus pandemic in Ruritania
        ---
        The country had 480 confirmed cases by the end of March.
        """
        let more = Fixtures.rulesVerdict("More than 500 cases of COVID-19 were confirmed in Ruritania.", article: page, id: "rur")
        Fixtures.assertVerdict(more, .conflict, cites: [4], reason: "conflict: 480 confirmed cases ≠ More than 500 cases")
        let fewer = Fixtures.rulesVerdict("Ruritania had fewer than 500 COVID-19 cases.", article: page, id: "rur")
        Fixtures.assertVerdict(fewer, .agreement, cites: [4])
        XCTAssertEqual(TextAnalyzer.analyseClaim("Ruritania had 480 COVID-19 cases.", context: NameContext(), reference: nil).quantities.map(\.display),
                       ["480 COVID-19 cases"])
    }
}

/// Hyphenated names, and verbs that tell a payment only beside a sum.
final class HyphenAndMoneyReadingTests: XCTestCase {
    private static let article = """
    ---
    title: Siege hospitals
    ---
    The Al-Shifa Hospital, located in Gaza City, lost power on Monday.

    Dana Reyes earned a place on the debate stage after her rise in the polls.

    Dana Reyes received $40,000 from the fund in May.
    """

    private func verdict(_ claim: String) -> SourceVerdict {
        Fixtures.rulesVerdict(claim, article: Self.article, id: "siege")
    }

    func testAHyphenatedNameIsOneName() {
        let names = TextAnalyzer.analyseClaim("The Al-Shifa Hospital lost power.", context: NameContext(), reference: nil).entities
        XCTAssertEqual(names.map(\.text), ["Al-Shifa Hospital"])
        Fixtures.assertVerdict(verdict("The Al-Shifa Hospital lost power on Monday."), .agreement, cites: [4])
    }

    func testEarningAPlaceIsNoPayment() {
        let claim = TextAnalyzer.analyseClaim("Dana Reyes earned a place on the debate stage.", context: NameContext(), reference: nil)
        XCTAssertEqual(claim.events.map(\.type), [])
        Fixtures.assertVerdict(verdict("Dana Reyes earned a place on the debate stage."), .agreement, cites: [6])
        // Beside a sum, receiving is still a payment, compared as one.
        Fixtures.assertVerdict(verdict("Dana Reyes received $50,000 from the fund."), .conflict, cites: [8], reason: "conflict: $40,000 ≠ $50,000")
    }
}

/// What the learned verifier may not agree with, and figures per period.
final class ModelGateAndRateTests: XCTestCase {
    private static let article = """
    ---
    title: Quarterly results
    ---
    A recent company report revealed that Norvale Press had a strong fourth quarter in 2015.

    The dam became a national quarrel, with Ilse Varga saying the council built it to flood the valley.

    There are more than 9,000 patients in the region, said Omar Haddad, of the Cedar Clinic.

    Before the strike, the Cedar Clinic treated 400 patients a day.
    """

    private func verdict(_ claim: String) -> SourceVerdict {
        Fixtures.rulesVerdict(claim, article: Self.article, id: "results")
    }

    private func mayAgree(_ claim: String, line: Int) -> Bool? {
        verdict(claim).explanation.candidates.first { $0.citations.map(\.line) == [line] }?.modelMayAgree
    }

    func testTheModelMayNotAgreeWhereTheEvidenceSaysTheOpposite() {
        XCTAssertEqual(mayAgree("Norvale Press reported a weak fourth quarter in 2015.", line: 4), false, "strong is weak's opposite")
        XCTAssertEqual(mayAgree("Norvale Press reported a good fourth quarter in 2015.", line: 4), true)
    }

    func testTheModelMayNotAgreeWithWhatSomeoneIsSaidToClaim() {
        XCTAssertEqual(mayAgree("The council built the dam to flood the valley.", line: 6), false, "Ilse Varga saying it is her view")
        XCTAssertEqual(mayAgree("Ilse Varga is saying the council built the dam to flood the valley.", line: 6), true, "the claim ascribes it as the source does")
    }

    func testAFigurePerDayIsNoTotal() {
        let perDay = TextAnalyzer.analyseClaim("The Cedar Clinic treated 400 patients a day.", context: NameContext(), reference: nil).quantities
        XCTAssertEqual(perDay.map(\.rate), ["day"])
        // 9,000 patients in the region is a count, not the clinic's daily rate: no conflict with it.
        Fixtures.assertVerdict(verdict("The Cedar Clinic treated 500 patients a day."), .conflict, cites: [10], reason: "conflict: 400 patients ≠ 500 patients")
        Fixtures.assertVerdict(verdict("The Cedar Clinic treated 400 patients a day."), .agreement, cites: [10])
    }
}
