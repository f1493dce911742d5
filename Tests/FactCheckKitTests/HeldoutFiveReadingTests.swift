import XCTest
@testable import FactCheckKit

/// Readings that VitaminC dev and the fourth and fifth held-out news sets (Tests/Corpora/heldout4 and heldout5, articles kept
/// out of the repository) showed missing: a name's slot past a clause's comma, days without a year, years before 1800,
/// estimates' ceilings, periods before or after, and which office a person holds.
final class HeldoutFiveReadingTests: XCTestCase {
    private static let article = """
    ---
    title: Harbour Lights (film)
    ---
    Harbour Lights is a 2012 drama film directed by Mara Quint, and also produced by Tidewater Studios.

    The film was released in Canada on March 9, 2012.

    The Old Mill was built in 1742 beside the river.

    A rally on 4 May in the square drew up to 300 people, organisers said.

    The council vote came three weeks after the deadline for objections.

    Pressure grew on the transport secretary, Ilse Varga, to resign.

    Tomas Brek, a city councillor in Alder Bay, voted against the plan.

    Despite three trips to Porto and many tastings, the critic Ana Ruiz has never learned to like port wine.

    Harbour Lights Racer is a game developed for the Vireo 4 and Zenbox One.
    """

    private func verdict(_ claim: String) -> SourceVerdict {
        Fixtures.rulesVerdict(claim, article: Self.article, id: "lights")
    }

    func testANameAfterItsSlotIsReplacedEvenWhenAClauseFollowsItsComma() {
        // ", and also produced by" goes on to another clause: Mara Quint is no item of a list.
        Fixtures.assertVerdict(verdict("Harbour Lights was directed by Olek Brandt."), .conflict, cites: [4], reason: "conflict: Mara Quint ≠ Olek Brandt")
        Fixtures.assertVerdict(verdict("Harbour Lights was directed by Mara Quint."), .agreement, cites: [4])
    }

    func testAStudioIsAnOrganisationNotAPerson() {
        for text in ["It was produced by Tidewater Studios.", "It aired on Fox Channel.", "It stands beside Prague Castle."] {
            XCTAssertEqual(TextAnalyzer.analyseClaim(text, context: NameContext(), reference: nil).entities.map(\.kind), [.organisation], text)
        }
    }

    func testANumberedNameInAListIsOneOfSeveral() {
        // "the Vireo 4 and Zenbox One": Vireo is one of two platforms, no rival to a third.
        Fixtures.assertVerdict(verdict("Harbour Lights Racer is a game developed for the Palmtop."), .absence)
        Fixtures.assertVerdict(verdict("Harbour Lights Racer is a game developed for the Zenbox One."), .agreement, cites: [20])
    }

    func testADayWithoutAYearConflictsWithAnotherDayOfTheSameMonth() {
        Fixtures.assertVerdict(verdict("Harbour Lights was released on March 2."), .conflict, cites: [6], reason: "conflict: March 9, 2012 (2012-03-09) ≠ March 2")
        Fixtures.assertVerdict(verdict("Harbour Lights was released on March 9."), .agreement, cites: [6])
    }

    func testAYearBefore1800IsADateWhereADateIsExpected() {
        Fixtures.assertVerdict(verdict("The Old Mill was built in 1699."), .conflict, cites: [8], reason: "conflict: 1742 (1742) ≠ 1699")
        Fixtures.assertVerdict(verdict("The Old Mill was built in 1742."), .agreement, cites: [8])
        // Before a noun it counts, a number is no year.
        XCTAssertTrue(TextAnalyzer.analyseClaim("The mill ground 1500 sacks in a week.", context: NameContext(), reference: nil).dates.isEmpty)
    }

    func testTwoCeilingsNameTheirOwnFigures() {
        // "up to 300" neither states nor allows "up to 3,000": the estimate's top is the figure.
        Fixtures.assertVerdict(verdict("The rally in the square on 4 May drew up to 3,000 people."), .conflict, cites: [10], reason: "conflict: up to 300 people ≠ up to 3,000 people")
        Fixtures.assertVerdict(verdict("The rally in the square on 4 May drew up to 300 people."), .agreement, cites: [10])
    }

    func testAPeriodBeforeIsNotAPeriodAfter() {
        Fixtures.assertVerdict(verdict("The council vote came three weeks before the deadline for objections."), .conflict, cites: [12],
                               reason: "conflict: three weeks after ≠ three weeks before")
        Fixtures.assertVerdict(verdict("The council vote came three weeks after the deadline for objections."), .agreement, cites: [12])
    }

    func testAnOfficeWithOtherWordsIsAnotherOffice() {
        // The title inside the capitalised run is the office; the person is the name after it.
        XCTAssertEqual(TextAnalyzer.analyseClaim("Health Secretary Ilse Varga spoke.", context: NameContext(), reference: nil).entities.map(\.text), ["Ilse Varga"])
        Fixtures.assertVerdict(verdict("Pressure grew on Health Secretary Ilse Varga to resign."), .conflict, cites: [14],
                               reason: "conflict: transport secretary ≠ Health Secretary")
        Fixtures.assertVerdict(verdict("Pressure grew on Transport Secretary Ilse Varga to resign."), .agreement, cites: [14])
        // A standing ("former") says nothing against the office's own words: no conflict, and no agreement either.
        Fixtures.assertVerdict(verdict("Pressure grew on former Transport Secretary Ilse Varga to resign."), .absence)
        // The office's place: "a Kessling city councillor" is not "a city councillor in Alder Bay".
        Fixtures.assertVerdict(verdict("Tomas Brek, a Kessling city councillor, voted against the plan."), .conflict, cites: [16],
                               reason: "conflict: part 1 “Tomas Brek voted against the plan.” — agreement: “Tomas Brek, a city councillor in Alder Bay, voted against…”; "
                                   + "part 2 “Tomas Brek is a Kessling city councillor” — conflict: city councillor in Alder Bay ≠ Kessling city councillor")
        Fixtures.assertVerdict(verdict("Tomas Brek, a city councillor in Alder Bay, voted against the plan."), .agreement, cites: [16])
    }

    func testANegationDeniesWhatAClaimSaysBesideItsEvents() {
        // The trips agree; "never learned to like" denies the rest.
        Fixtures.assertVerdict(verdict("After three trips to Porto, Ana Ruiz has learned to like port wine."), .conflict, cites: [18], reason: "conflict: the source denies it")
        Fixtures.assertVerdict(verdict("Ana Ruiz made three trips to Porto."), .agreement, cites: [18])
    }

    func testDaysWithOrdinalsAndDaysWithoutAYear() {
        let dates = TextAnalyzer.analyseClaim("It rained on 1st April 2020, on April 2nd, 2020, on the 28th of October 2011 and on 13 April.",
                                              context: NameContext(), reference: nil).dates
        XCTAssertEqual(dates.map(\.normalized), ["2020-04-01", "2020-04-02", "2011-10-28", "13 April"])
        // A page's "As of 13 April" (its year unknown) states a claim's "by April 13, 2020".
        let page = "---\ntitle: Outbreak in Veloria\n---\nAs of 13 April, Veloria had 1,506 officially confirmed cases.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Veloria had reported under 1500 cases by April 13, 2020.", article: page, id: "veloria"), .conflict, cites: [4],
                               reason: "conflict: 1,506 officially confirmed cases ≠ under 1500 cases")
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Veloria had reported more than 1500 cases by April 13, 2020.", article: page, id: "veloria"), .agreement, cites: [4])
    }

    func testAMakerNamedActiveOrAsANounIsTheNameAfterDirectedBy() {
        // "Mara Quint, and also produced by …": the director is Mara Quint, whichever way a claim puts it.
        Fixtures.assertVerdict(verdict("Olek Brandt directed Harbour Lights."), .conflict, cites: [4], reason: "conflict: Mara Quint ≠ Olek Brandt")
        Fixtures.assertVerdict(verdict("Olek Brandt is the director of the film Harbour Lights."), .conflict, cites: [4], reason: "conflict: Mara Quint ≠ Olek Brandt")
        Fixtures.assertVerdict(verdict("Mara Quint is the director of the film Harbour Lights."), .agreement, cites: [4])
    }

    func testWhatWasMeantToHappenIsNotWhatHappened() {
        // The page's title names the film; the sentence says only what was intended.
        let page = "---\ntitle: Quiet Harbour (film)\n---\nThe film was meant to be followed by a television series and a novel.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Quiet Harbour was followed by a television series.", article: page, id: "harbour"), .absence)
        let done = "---\ntitle: Quiet Harbour (film)\n---\nThe film was followed by a television series and a novel.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Quiet Harbour was followed by a television series.", article: done, id: "harbour"), .agreement, cites: [4])
    }

    func testAFilingsWordsAreAnAllegation() {
        // The courts pack's documents: what a complaint "said" is alleged, however far the payment stands from it.
        let page = "---\ntitle: Mayor held\n---\nA police complaint said Ivo Marsh had agreed, in a series of calls, to steer the contract to a friend in return for a payment of $40,000.\n"
        let v = Fixtures.rulesVerdict("Ivo Marsh received a $40,000 payment for steering the contract.", article: page, id: "mayor")
        Fixtures.assertVerdict(v, .absence)
        XCTAssertTrue(v.reason.hasPrefix("absence: only hedged — “complaint said Ivo Marsh had agreed"), v.reason)
    }
}
