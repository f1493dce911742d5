import XCTest
@testable import FactCheckKit

/// How far a pronoun, a modal and a negation reach, as the seventh held-out set (Tests/Corpora/heldout7) showed:
/// the person a sentence is compared with is not its subject, a modal in a "before" clause hedges only that
/// clause, a negated event of the source's says nothing of an event-less claim, and a month is no modal.
final class ClauseScopeReadingTests: XCTestCase {
    private static let article = """
    ---
    title: Presidents and their books
    published: 2023-11-05
    ---
    Harlan Voss, on the other hand, believed in the written word, cranking out books all his life.

    Unlike Kessler, however, he never did jail time, having resigned the governorship on August 9, 1974, before he could be impeached.

    Released in May 1978, the memoir by Harlan Voss was priced at $19.95.
    """

    private func verdict(_ claim: String) -> SourceVerdict {
        Fixtures.rulesVerdict(claim, article: Self.article, id: "books")
    }

    func testThePersonASentenceIsComparedWithIsNotItsSubject() {
        // "he" is Voss, from the sentence before, not Kessler.
        Fixtures.assertVerdict(verdict("Harlan Voss resigned the governorship on August 9, 1974."), .agreement, cites: [7])
        let sentence = DocumentAnalyzer.analyse(Fixtures.document(Self.article, id: "books"), context: NameContext()).first { $0.text.hasPrefix("Unlike") }
        XCTAssertEqual(sentence?.entities.filter { $0.resolvedFrom == "he" }.map(\.text), ["Harlan Voss", "Harlan Voss"])
    }

    func testAModalInABeforeClauseHedgesOnlyThatClause() {
        let page = """
        ---
        title: Harlan Voss
        ---
        Harlan Voss resigned the governorship on August 9, 1974, before he could be impeached.
        """
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Harlan Voss resigned the governorship on August 9, 1974.", article: page, id: "voss"), .agreement, cites: [4])
        // A modal of the main clause still hedges it.
        let hedged = """
        ---
        title: Harlan Voss
        ---
        Harlan Voss could resign the governorship on August 9, 1974, before the vote.
        """
        XCTAssertEqual(Fixtures.rulesVerdict("Harlan Voss resigned the governorship on August 9, 1974.", article: hedged, id: "voss").verdict, .absence)
    }

    func testANegatedEventOfTheSourceDeniesNothingOfAnEventlessClaim() {
        // "never did jail time" is about jail, not about the resignation the claim states.
        let v = verdict("Harlan Voss resigned the governorship on August 9, 1974.")
        XCTAssertNotEqual(v.verdict, .conflict, v.reason)
    }

    func testAMonthIsNoModal() {
        let claim = TextAnalyzer.analyseClaim("The memoir by Harlan Voss was released in May 1978.", context: NameContext(), reference: nil)
        XCTAssertNil(claim.hedgeCue(Lexicon.sentenceWideHedges))
        XCTAssertNotNil(TextAnalyzer.analyseClaim("The memoir by Harlan Voss may be released in 1978.", context: NameContext(), reference: nil).hedgeCue(Lexicon.sentenceWideHedges))
        Fixtures.assertVerdict(verdict("The memoir by Harlan Voss was released in May 1978."), .agreement, cites: [9])
    }

    func testAPeriodBetweenTwoEventsComparesWithOneInTheSameDirection() {
        let page = """
        ---
        title: Harlan Voss
        ---
        A month after Harlan Voss resigned, Governor Ada Lindqvist pardoned him.
        """
        let v = { (claim: String) in Fixtures.rulesVerdict(claim, article: page, id: "voss") }
        Fixtures.assertVerdict(v("Ada Lindqvist pardoned Harlan Voss a year after Voss resigned."), .conflict, cites: [4], reason: "conflict: A month ≠ a year")
        Fixtures.assertVerdict(v("Ada Lindqvist pardoned Harlan Voss a month after Voss resigned."), .agreement, cites: [4])
        // A period before is another period.
        XCTAssertNotEqual(v("Ada Lindqvist pardoned Harlan Voss a year before Voss resigned.").verdict, .agreement)
    }

    func testARunningTotalIsNoRivalToOneIncidentsCount() {
        let page = """
        ---
        title: Fighting in Ruritania
        ---
        A November 6 attack struck the hospital's third floor, and four people were killed in Ruritania.

        In Ruritania, 9,870 people have been killed since the war began.
        """
        let v = { (claim: String) in Fixtures.rulesVerdict(claim, article: page, id: "war") }
        // The attack's four dead say nothing of the war's toll; the toll "since the war began" does.
        Fixtures.assertVerdict(v("More than 10,000 people have been killed in Ruritania since the war began."), .conflict, cites: [6])
        let incident = page.replacingOccurrences(of: "In Ruritania, 9,870 people have been killed since the war began.", with: "")
        XCTAssertEqual(Fixtures.rulesVerdict("More than 10,000 people have been killed in Ruritania since the war began.", article: incident, id: "war").verdict, .absence)
        // A count of the one attack still compares with the attack's.
        Fixtures.assertVerdict(v("Ten people were killed in the November 6 attack in Ruritania."), .conflict, cites: [4])
    }

    func testAnOpeningPhraseDoesNotUnhedgeTheMainClause() {
        let page = """
        ---
        title: Harlan Voss
        ---
        After the merger Harlan Voss could cut 2,000 jobs.
        """
        XCTAssertEqual(Fixtures.rulesVerdict("Harlan Voss cut 2,000 jobs.", article: page, id: "voss").verdict, .absence)
    }

    func testARunningTotalInTheClaimLeavesOtherFiguresCompared() {
        // "since 2010" makes no running count of an age.
        let page = """
        ---
        title: Harlan Voss
        ---
        Harlan Voss, 52, moved to Lisbon in 2010.
        """
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Harlan Voss, 45, has lived in Lisbon since 2010.", article: page, id: "voss"), .conflict, cites: [4])
    }
}
