import XCTest
@testable import FactCheckKit

/// Readings that the third held-out news set (Tests/Corpora/unseen, kept out of the repository) and VitaminC dev
/// showed missing: bounds on dates, numbers the parser cannot place, names inside counts, modals over their
/// subject, and figures that belong to another of the claim's figures.
final class UnseenReadingTests: XCTestCase {
    private static let article = """
    ---
    title: Lumo raises new funds
    date: 2024-03-01
    ---
    Lumo is a delivery company based in Lisbon, with operations in 53 cities across Europe.

    The Lantern Club was founded in 1994 by three teachers.

    A new strain of Linux malware, dubbed “Night Owl,” has infected 3 million servers, researchers said.

    If prices keep rising, the Northfield plan could become a serious burden for tenants.

    The tool skips archives larger than 50 MB. Photos with a file size under 150 KB are also skipped.

    The ferry carried 300 passengers on its first crossing.
    """

    private func verdict(_ claim: String) -> SourceVerdict {
        Fixtures.rulesVerdict(claim, article: Self.article, id: "lumo")
    }

    func testAPlaceAfterAPrepositionDoesNotOwnAFigureAfterWith() {
        // "based in Lisbon, with operations in 53 cities": the 53 cities are Lumo's, not Lisbon's.
        Fixtures.assertVerdict(verdict("Lumo operates in more than 60 cities."), .conflict, cites: [5], reason: "conflict: 53 cities ≠ more than 60 cities")
        Fixtures.assertVerdict(verdict("Lumo operates in more than 50 cities."), .agreement, cites: [5])
    }

    func testADateOutsideABeforeOrAfterBoundConflicts() {
        Fixtures.assertVerdict(verdict("The Lantern Club was founded before 1990."), .conflict, cites: [7], reason: "conflict: 1994 (1994) ≠ before 1990")
        Fixtures.assertVerdict(verdict("The Lantern Club was founded after 1990."), .agreement, cites: [7])
    }

    func testANameBetweenANumberAndItsNounIsPartOfTheCountAndStaysAName() {
        // "30,000 Linux servers" is a count of servers; "Linux" is still a name the evidence must have.
        Fixtures.assertVerdict(verdict("The Night Owl malware has infected 30,000 Linux servers."), .conflict, cites: [9],
                               reason: "conflict: 3 million servers ≠ 30,000 Linux servers")
        Fixtures.assertVerdict(verdict("The Night Owl malware has infected 3 million Linux servers."), .agreement, cites: [9])
        XCTAssertEqual(TextAnalyzer.analyseClaim("Lumo has 28 Portuguese depots", context: NameContext(), reference: nil).entities.map(\.text), ["Lumo", "Portuguese"])
    }

    func testANumberTheRulesCannotReadMustBeInTheEvidence() {
        // "infected 30,000" says what it counts nowhere: a sentence without the number does not state it.
        let v = verdict("The Night Owl malware has infected 30,000.")
        Fixtures.assertVerdict(v, .absence)
        XCTAssertTrue(v.reason.contains("does not give 30,000"), v.reason)
        // A number that numbers a title is part of the name, not a figure to find.
        let film = "---\ntitle: Iron Gate: Chapter 3\n---\nThe film grossed $41 million worldwide in its first week.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Iron Gate: Chapter 3 grossed more than $40 million worldwide.", article: film, id: "film"), .agreement, cites: [4])
    }

    func testAModalHedgesTheSubjectOfItsOwnClause() {
        let v = verdict("The Northfield plan has become a serious burden for tenants.")
        Fixtures.assertVerdict(v, .absence, cites: [11])
        XCTAssertTrue(v.reason.hasPrefix("absence: only hedged"), v.reason)
    }

    func testAFigureThatStatesOneOfTheClaimsFiguresIsNoRivalToAnother() {
        // 150 KB states "under 150 KB"; it says nothing against "larger than 50 MB".
        XCTAssertNotEqual(verdict("The tool skips archives larger than 50 MB and photos under 150 KB.").verdict, .conflict)
    }

    func testACountedNounIsAWordRetrievalMatches() {
        // Nothing but the counted noun ties the claim to the sentence; it must still be a candidate.
        let outbreak = "---\ntitle: 2024 measles outbreak in Norway\n---\nBy Friday the confirmed cases reached 54, most of them in the capital.\n"
        let v = Fixtures.rulesVerdict("There are more than 56 confirmed cases of measles in Norway.", article: outbreak, id: "outbreak")
        XCTAssertEqual(v.explanation.candidates.first?.citations.map(\.line), [4], v.reason)
    }

    private static let seizure = """
    ---
    title: Harbour patrol seizes cargo
    date: 2024-05-14
    ---
    Coast Guard officers found Sunday 300 kilograms of resin hidden in a fishing boat at the Orla marina, the agency announced Tuesday.

    Federal Special Agents took custody of three men and the cargo for prosecution.

    The note warns that the files will be deleted after 72 hours.
    """

    private func seizureVerdict(_ claim: String) -> SourceVerdict {
        Fixtures.rulesVerdict(claim, article: Self.seizure, id: "seizure")
    }

    func testTheDayTheEvidenceGivesTheClaimsVerbIsComparedWithTheClaimsDay() {
        // "found … on Saturday": the day is the finding's, though other words stand between; Tuesday is the announcement's.
        Fixtures.assertVerdict(seizureVerdict("Coast Guard officers found the 300 kilograms of resin on Saturday."), .conflict, cites: [5],
                               reason: "conflict: Sunday ≠ Saturday")
    }

    func testATitleTheClaimWritesInLowerCaseIsTheClaimsOwnSubject() {
        // "Special Agents" is capitalised in the source only: the three men are theirs, and the claim's.
        Fixtures.assertVerdict(seizureVerdict("Federal special agents took custody of four men and the cargo."), .conflict, cites: [7],
                               reason: "conflict: three men ≠ four men")
        Fixtures.assertVerdict(seizureVerdict("Federal special agents took custody of three men and the cargo."), .agreement, cites: [7])
    }

    func testAClaimsOneFigureAfterAfterIsWhatItStates() {
        // "after 48 hours" is the claim's fact, not the time it is dated by ("After 71 reviews, the film …").
        Fixtures.assertVerdict(seizureVerdict("The note warns that the files will be deleted after 48 hours."), .conflict, cites: [9])
    }

    func testAClauseWithOnlyAuxiliariesBeforeItsNegationTakesTheSentencesSubject() {
        // No one is named: on Howard's page the sentence is Howard's, and "but is yet to land a role" denies the claim.
        let page = "---\ntitle: Ada Howard\n---\nShe has appeared in several radio dramas, but is yet to land a role in a film.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Ada Howard has had a role in a film.", article: page, id: "howard"), .conflict, cites: [4],
                               reason: "conflict: the source denies it")
    }

    func testALevelVerbGivesABareNumberTheCountOfItsSubject() {
        // "the confirmed cases reached 54": 54 counts cases, and Friday dates it rather than owning it.
        let outbreak = "---\ntitle: 2024 measles outbreak in Norway\n---\nBy Friday the confirmed cases reached 54, most of them in the capital.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("There are more than 56 confirmed cases of measles in Norway.", article: outbreak, id: "outbreak"), .conflict, cites: [4],
                               reason: "conflict: 54 ≠ more than 56 confirmed cases")
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Norway has more than 50 confirmed cases.", article: outbreak, id: "outbreak"), .agreement, cites: [4])
    }

    func testAStatedFigureIsNoAgreementWhenTheSentenceDeniesTheRest() {
        let page = "---\ntitle: Lumo\n---\nLumo opened 40 depots in Spain, yet it has never made a profit there.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Lumo has made a profit from its 40 depots in Spain.", article: page, id: "lumo"), .conflict, cites: [4])
    }
}
