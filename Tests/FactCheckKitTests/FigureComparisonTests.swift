import XCTest
@testable import FactCheckKit

/// A counted figure against the evidence's figure of the same unit, for the subject the source's title names.
final class FigureComparisonTests: XCTestCase {
    private static let film = """
    ---
    title: Harbour Lights (2019 film)
    ---
    The film opened in March.
    On the aggregator Rotten Tomatoes, the film holds an approval rating of 72% based on 118 reviews.
    It sold 8 million tickets at home and 41 million tickets worldwide.
    """

    private func verdict(_ claim: String) -> SourceVerdict {
        Fixtures.rulesVerdict(claim, article: Self.film, id: "film")
    }

    private func assertVerdict(_ claim: String, _ expected: Verdict, citing line: Int, reasonContains: String? = nil, file: StaticString = #filePath, line l: UInt = #line) {
        let v = verdict(claim)
        XCTAssertEqual(v.verdict, expected, "\(claim): \(v.reason)", file: file, line: l)
        XCTAssertEqual(v.citations.map(\.line), [line], "\(claim): \(v.reason)", file: file, line: l)
        if let reasonContains { XCTAssertTrue(v.reason.contains(reasonContains), "\(claim): \(v.reason)", file: file, line: l) }
    }

    func testAFigureInsideTheClaimsBoundAgreesAndOneOutsideConflicts() {
        // The sentence says "the film"; the title names Harbour Lights.
        assertVerdict("Harbour Lights has an approval rating above 70%", .agreement, citing: 5)
        assertVerdict("Harbour Lights has an approval rating under 70%", .conflict, citing: 5, reasonContains: "72%")
        assertVerdict("Harbour Lights was rated on fewer than 120 reviews", .agreement, citing: 5)
        assertVerdict("Harbour Lights was rated on more than 120 reviews", .conflict, citing: 5, reasonContains: "118 reviews")
    }

    func testOfSeveralFiguresOfOneUnitTheOneInTheClaimsContextIsCompared() {
        // "worldwide" picks 41 million out of 8 million and 41 million tickets.
        assertVerdict("Harbour Lights sold more than 40 million tickets worldwide", .agreement, citing: 6)
        assertVerdict("Harbour Lights sold more than 50 million tickets worldwide", .conflict, citing: 6, reasonContains: "41 million tickets")
        // 8 million lies inside "fewer than 40 million": with a figure on each side of the bound, nothing is settled.
        XCTAssertNotEqual(verdict("Harbour Lights sold fewer than 40 million tickets worldwide").verdict, .agreement)
    }

    func testAPlanWordBeforeAFigureHedgesItOnlyBeforeTo() {
        let page = "---\ntitle: Lowmark league\n---\nOf the 30 scheduled games, 12 games were cancelled.\n"
        // "Scheduled games" are games, and 12 stays a figure of the sentence: 30 alone would have "supported" this.
        let twenty = Fixtures.rulesVerdict("More than 20 games were cancelled.", article: page, id: "league")
        XCTAssertEqual(twenty.verdict, .absence, twenty.reason)
        XCTAssertTrue(twenty.reason.contains("both sides"), twenty.reason)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("More than 10 games were cancelled.", article: page, id: "league"), .agreement, cites: [4])
    }

    func testAPlaceAfterAPrepositionDoesNotOwnTheNextFigure() {
        // "in the United States" says where 8.1 million were sold; the range after "and" is still the subject's.
        let page = """
        ---
        title: Mira Sol discography
        ---
        As of 2008, she had sold 8.1 million albums in the United States and an estimated 24 to 32 million albums worldwide.
        """
        let more = Fixtures.rulesVerdict("Mira Sol sold more than 20 million albums worldwide", article: page, id: "mira")
        Fixtures.assertVerdict(more, .agreement, cites: [4])
        let fewer = Fixtures.rulesVerdict("Mira Sol sold fewer than 20 million albums worldwide", article: page, id: "mira")
        // 8.1 million lies inside "fewer than 20 million" too: figures on both sides settle nothing.
        XCTAssertEqual(fewer.verdict, .absence, fewer.reason)
        XCTAssertTrue(fewer.reason.contains("both sides of it (8.1 million albums, 24 to 32 million albums)"), fewer.reason)
    }

    func testAFigureOfAnotherUnitOrAnotherSubjectSettlesNothing() {
        XCTAssertEqual(verdict("Harbour Lights sold more than 40 million albums worldwide").verdict, .absence)
        XCTAssertEqual(verdict("Quiet Rooms has an approval rating above 70%").verdict, .absence)
        // "after 118 reviews" dates the claim; another rating at another count is not this one.
        XCTAssertEqual(verdict("After 90 reviews, Harbour Lights had an approval rating under 70%").verdict, .absence)
    }
}

/// A tally (`2-for-10`, `106-103`) belongs to the side named just before it.
final class TallyComparisonTests: XCTestCase {
    private static let game = """
    ---
    title: Rovers edge Athletic in the cup
    ---
    The Rovers beat Athletic 3-2 on Saturday.
    The Rovers went 1-for-6 on penalties in the first half, while Athletic went 4-for-5.
    """

    private func verdict(_ claim: String) -> SourceVerdict {
        Fixtures.rulesVerdict(claim, article: Self.game, id: "game")
    }

    func testAnotherSidesTallyConflictsAndTheSidesOwnAgrees() {
        let wrong = verdict("The Rovers went 4-for-5 on penalties in the first half")
        Fixtures.assertVerdict(wrong, .conflict, cites: [5])
        XCTAssertTrue(wrong.reason.contains("1-for-6"), wrong.reason)
        let right = verdict("The Rovers went 1-for-6 on penalties in the first half")
        Fixtures.assertVerdict(right, .agreement, cites: [5])
        // A score may be written from either side.
        XCTAssertEqual(verdict("The Rovers beat Athletic 3-2").verdict, .agreement)
    }

    func testAnotherScoreConflictsAndATallyNoSentenceGivesIsNotStated() {
        let score = verdict("The Rovers beat Athletic 3-1 on Saturday")
        Fixtures.assertVerdict(score, .conflict, cites: [4])
        let v = verdict("Athletic drew 1-1 in the league last month")
        XCTAssertEqual(v.verdict, .absence, v.reason)
    }
}

/// A difference's direction: the same figure higher or lower, and a level that states no difference.
final class DirectionComparisonTests: XCTestCase {
    private static let forecast = """
    ---
    title: Cold wave
    ---
    Tuesday brought the first frost of the season.
    Wednesday is forecast to be colder, with morning temperatures two to five degrees lower than Tuesday's.
    Seoul reached five degrees on Thursday.
    """

    private func check(_ claim: String) -> SourceVerdict {
        Fixtures.rulesVerdict(claim, article: Self.forecast, id: "forecast")
    }

    func testTheOtherDirectionConflicts() {
        let higher = check("Wednesday morning temperatures will be two to five degrees higher than Tuesday's")
        Fixtures.assertVerdict(higher, .conflict, cites: [5], reason: "conflict: two to five degrees lower ≠ two to five degrees higher")
    }

    func testAListedNameSharesTheFigureAndADifferenceIsNoLevel() {
        let article = """
        ---
        title: Cold wave
        ---
        With daytime temperatures in Seoul, Daejeon and Cheongju reaching ten degrees, Gwangju hitting 14 degrees and Daegu, 15 degrees, the cold lasted.
        Wednesday will be two to five degrees lower than Tuesday.
        """
        // Ten degrees is Seoul's as much as Cheongju's; 15 is Daegu's; "two to five degrees lower" is a difference.
        let seoul = Fixtures.rulesVerdict("Seoul's daytime temperature reached 15 degrees", article: article, id: "cold")
        Fixtures.assertVerdict(seoul, .conflict, cites: [4], reason: "conflict: ten degrees ≠ 15 degrees")
        let daejeon = Fixtures.rulesVerdict("Daejeon's daytime temperature reached ten degrees", article: article, id: "cold")
        Fixtures.assertVerdict(daejeon, .agreement, cites: [4])
    }

    func testTheSameDirectionAgreesAndALevelStatesNoDifference() {
        let lower = check("Wednesday morning temperatures will be two to five degrees lower than Tuesday's")
        Fixtures.assertVerdict(lower, .agreement, cites: [5])
        // "reached five degrees" is a level: nothing there says Thursday was five degrees warmer.
        let warmer = check("Seoul was five degrees warmer on Thursday")
        XCTAssertEqual(warmer.verdict, .absence, warmer.reason)
        XCTAssertTrue(warmer.reason.contains("as a level"), warmer.reason)
    }
}

/// A headline names several things; it stands in for the claim's subject only in sentences that name nothing else.
final class HeadlineSubjectTests: XCTestCase {
    private static let list = """
    ---
    title: Turkey, Poland and three Caribbean islands added to UK quarantine list
    ---
    Travellers arriving from Turkey and Poland must self-isolate for 14 days.
    At the time, Denmark was recording a seven-day rate of 65.2 cases per 100,000 people.
    The seven-day rate there is 41.3 cases per 100,000 people.
    """

    func testAnotherPlacesFigureIsNotTheHeadlinesSubjects() {
        // 65.2 is Denmark's: the headline's Turkey does not stand in where Denmark is named.
        let turkey = Fixtures.rulesVerdict("Turkey's seven-day rate was 30.1 cases per 100,000 people", article: Self.list, id: "uk")
        XCTAssertNotEqual(turkey.citations.map(\.line), [5], turkey.reason)
        // A sentence naming nothing else is still read as about the headline's subject.
        let bare = Fixtures.rulesVerdict("Turkey's seven-day rate was 30.1 cases per 100,000 people", article: Self.list.replacingOccurrences(of: "At the time, Denmark was recording a seven-day rate of 65.2 cases per 100,000 people.\n", with: ""), id: "uk")
        Fixtures.assertVerdict(bare, .conflict, cites: [5])
    }

    func testAPageTitleStillStandsInEverywhere() {
        let page = """
        ---
        title: Turkey
        ---
        At the time, Denmark reported 65.2 cases per 100,000 people and Turkey's neighbours fewer.
        The seven-day rate is 41.3 cases per 100,000 people.
        """
        let v = Fixtures.rulesVerdict("Turkey's seven-day rate was 30.1 cases per 100,000 people", article: page, id: "turkey")
        Fixtures.assertVerdict(v, .conflict, cites: [5])
    }
}

/// Figures of one subject in several sentences are figures of several periods: none alone contradicts the claim's.
final class FigureFrameTests: XCTestCase {
    private static let game = """
    ---
    title: Joel Embiid leads Sixers past Celtics
    ---
    Embiid was the only Sixer who could get going early on. Embiid scored 10 points on four baskets and two free throws.
    The third quarter belonged to Embiid. He poured in 13 huge points, carrying a slow offense.
    """

    private func check(_ claim: String) -> SourceVerdict {
        Fixtures.rulesVerdict(claim, article: Self.game, id: "game")
    }

    func testAnotherPeriodsFigureIsNoConflict() {
        // The source gives 13 points elsewhere: 10 points early on does not contradict the claim.
        XCTAssertNotEqual(check("Embiid scored 13 points in the third quarter").verdict, .conflict)
        // Two figures for two periods, and none for the game: nothing contradicts 35 in all.
        let total = check("Embiid finished the game with 35 points")
        XCTAssertEqual(total.verdict, .absence, total.reason)
    }

    func testOneFigureOfTheSubjectStillConflicts() {
        let single = Fixtures.rulesVerdict("Embiid scored 13 points on four baskets", article: """
        ---
        title: Sixers beat Celtics
        ---
        Embiid scored 10 points on four baskets and two free throws.
        """, id: "game")
        Fixtures.assertVerdict(single, .conflict, cites: [4], reason: "conflict: 10 points ≠ 13 points")
    }

    func testASaleByPronounIsThePagesSubjectsWhenTheTitleIsItsName() {
        // "Sold" is a trade the rules compare by its participants; "it" on a page titled with the claim's name is that name.
        let album = "---\ntitle: Harbour Lights\n---\nAccording to the label, it has sold 4.7 million copies in the United States.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Harbour Lights has sold over 5.5 million copies in the US.", article: album, id: "album"),
                               .conflict, cites: [4])
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Harbour Lights has sold over 4.5 million copies in the US.", article: album, id: "album"),
                               .agreement, cites: [4])
        // A party the sentence leaves unsaid is not the page's subject: who paid is not said, on the payer's page or under a headline.
        for title in ["Harbour Records", "Harbour Records engineer jailed for leaking demos"] {
            let page = "---\ntitle: \(title)\n---\nDana Quill leaked the band's demos in exchange for just $25,000.\n"
            XCTAssertEqual(Fixtures.rulesVerdict("Harbour Records paid Dana Quill $25,000.", article: page, id: "label").verdict, .absence, title)
        }
        // Nor the subject of a passive (he was paid), nor of a possessive (his mother paid).
        for sentence in ["He was paid £12 million by the newspaper.", "His mother paid £12 million to settle the lawsuit."] {
            let page = "---\ntitle: Tom Reed\n---\n\(sentence)\n"
            XCTAssertNotEqual(Fixtures.rulesVerdict("Tom Reed paid £12 million to the newspaper.", article: page, id: "reed").verdict, .agreement, sentence)
        }
    }

    func testWorldwideAndGloballyAreOneScope() {
        let page = "---\ntitle: Harbour Lights (2019 film)\n---\nWith three sequels released to date, the series has grossed over $1.3 billion worldwide.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The Harbour Lights series has earned less than $1.2 billion globally.", article: page, id: "film"),
                               .conflict, cites: [4])
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The Harbour Lights series has earned more than $1.2 billion globally.", article: page, id: "film"),
                               .agreement, cites: [4])
    }

    func testAShareIsAShareOfWhatFollowsIt() {
        let page = """
        ---
        title: Quarry Bank
        ---
        Quarry Bank stores 95% of its deposits in government bonds.
        Quarry Bank charges account fees as high as 0.8%.
        """
        let verdict = { (claim: String) in Fixtures.rulesVerdict(claim, article: page, id: "bank") }
        // Fees of 0.8% say nothing of the share of deposits held in bonds.
        Fixtures.assertVerdict(verdict("Quarry Bank holds 60% of its deposits in government bonds."), .conflict, cites: [4],
                               reason: "conflict: 95% ≠ 60%")
        // Whatever verb stands before it ("stores", "holds").
        Fixtures.assertVerdict(verdict("Quarry Bank holds 95% of its deposits in government bonds."), .agreement, cites: [4])
        XCTAssertNotEqual(verdict("Quarry Bank keeps 60% of its deposits abroad.").citations.map(\.line), [5])
        // What each figure measures: the share's whole after "of", the noun before "as high as".
        let attribute = { (text: String) -> String? in
            let a = TextAnalyzer.analyse(text, context: NameContext(), reference: nil)
            return a.quantities.first.flatMap { QuantityAttribute.attribute($0, a) }
        }
        XCTAssertEqual(attribute("Quarry Bank keeps 95% of its deposits offline."), Thesaurus.concept(Stemmer.shared.stem("deposits")))
        XCTAssertEqual(attribute("Quarry Bank charges account fees as high as 0.8%."), Thesaurus.concept(Stemmer.shared.stem("fees")))
        XCTAssertNotEqual(attribute("Quarry Bank keeps 95% of its deposits offline."), attribute("Quarry Bank stores 95% offline."))
        Fixtures.assertVerdict(verdict("Quarry Bank charges account fees as high as 2%."), .conflict, cites: [5])
    }
}
