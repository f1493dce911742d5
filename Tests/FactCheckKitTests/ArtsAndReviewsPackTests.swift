import XCTest
@testable import FactCheckKit

/// The arts pack's vocabulary: an aggregator's reviews are counted as its critics are.
final class ArtsAndReviewsPackTests: XCTestCase {
    private static let article = """
    ---
    title: Northern Lanterns (film)
    ---
    On the aggregator Screenwise, Northern Lanterns has an approval rating of 64% based on 78 reviews.
    """

    private func verdict(_ claim: String) -> SourceVerdict {
        Fixtures.rulesVerdict(claim, article: Self.article, id: "lanterns")
    }

    func testReviewsAndCriticsCountTheSameThing() {
        Fixtures.assertVerdict(verdict("Northern Lanterns was rated by more than 90 critics on Screenwise."), .conflict, cites: [4],
                               reason: "conflict: 78 reviews ≠ more than 90 critics")
        Fixtures.assertVerdict(verdict("Northern Lanterns was rated by fewer than 80 critics on Screenwise."), .agreement, cites: [4])
    }

    func testAnAggregatorIsASiteNotARivalPersonAndAScoreComparesOnItsScale() {
        // The sentence names the film only as "the film": an aggregator named in it ("Rotten Tomatoes") is no one else
        // the sentence could be about, and "8.8/10" is a score out of 10, never a count.
        let page = """
        ---
        title: Harbour by the Sea (film)
        ---
        As more reviews came in, Rotten Tomatoes gave the film an approval rating of 95% based on 296 reviews, with an average rating of 8.8/10.
        """
        let v = { (claim: String) in Fixtures.rulesVerdict(claim, article: page, id: "harbour") }
        Fixtures.assertVerdict(v("Harbour by the Sea has an average rating of less than 8.9/10."), .agreement, cites: [4])
        Fixtures.assertVerdict(v("Harbour by the Sea has an average rating of 7.2/10."), .conflict, cites: [4], reason: "conflict: 8.8/10 ≠ 7.2/10")
        Fixtures.assertVerdict(v("Harbour by the Sea has an average rating of 8.8 out of 10."), .agreement, cites: [4])
        // A score out of 10 is not a count of 10 things, nor a score out of 100.
        XCTAssertNotEqual(v("Harbour by the Sea has an average rating of 88/100.").verdict, .agreement)
        XCTAssertEqual(QuantityParser.parse(Tokenizer.tokenize("a score of 26 out of 100")).map(\.unit), ["score out of 100"])
        XCTAssertEqual(QuantityParser.parse(Tokenizer.tokenize("3/4 of the members")).first?.unit, nil)
        // Stars or points are the score's own ("4/5 stars" is four stars out of five, not five stars).
        XCTAssertEqual(QuantityParser.parse(Tokenizer.tokenize("The Guardian gave it 4/5 stars.")).map(\.unit), ["score out of 5"])
        XCTAssertEqual(QuantityParser.parse(Tokenizer.tokenize("The Guardian gave it 4/5 stars.")).map(\.value), [4])
        // A date is no score, nor a share of things counted.
        for text in ["released as a single on 9/10 and praised", "released on 4/5/2019 to positive reviews", "won 8 out of 10 home games"] {
            XCTAssertFalse(QuantityParser.parse(Tokenizer.tokenize(text)).contains { $0.unit?.hasPrefix("score") == true }, text)
        }
    }

    func testAnAggregatorReportsAFigureItDoesNotOwn() {
        let page = "---\ntitle: Tide Line (2015 film)\n---\nThe review aggregator website Rotten Tomatoes reported a 65% approval rating, based on 34 reviews.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Tide Line had an approval rating above 64%.", article: page, id: "tide"), .agreement, cites: [4])
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Tide Line had an approval rating above 70%.", article: page, id: "tide"), .conflict, cites: [4])
    }

    func testAShareCountsItsPartNotItsWhole() {
        let page = "---\ntitle: Harbour Hawks\n---\nThe Harbour Hawks won 8 out of 10 home games last season.\nPolice said two of the three suspects were arrested on Monday.\nThe Harbour Hawks scored three of their four goals in the second half.\n"
        let v = { (claim: String) in Fixtures.rulesVerdict(claim, article: page, id: "hawks") }
        Fixtures.assertVerdict(v("The Harbour Hawks won 9 home games last season."), .conflict, cites: [4])
        Fixtures.assertVerdict(v("The Harbour Hawks won 8 out of 10 home games last season."), .agreement, cites: [4])
        // A share states a bare count only as a share: "three of their four goals" in the second half does not say
        // they scored three; nor is the whole stated of what the sentence says ("played 10 home games" may be true).
        for claim in ["The Harbour Hawks won 10 home games last season.", "The Harbour Hawks played 10 home games last season.",
                      "The Harbour Hawks won 8 home games last season.", "The Harbour Hawks scored three goals."] {
            XCTAssertEqual(v(claim).verdict, .absence, claim)
        }
        let share = QuantityParser.parse(Tokenizer.tokenize("won 8 out of 10 home games"))
        XCTAssertEqual(share.map(\.value), [8])
        XCTAssertEqual(share.map(\.whole), [10])
        // "one of the 10 best films" ranks; a score is no share.
        XCTAssertEqual(QuantityParser.parse(Tokenizer.tokenize("one of the 10 best films")).compactMap(\.whole), [])
        XCTAssertEqual(QuantityParser.parse(Tokenizer.tokenize("gave it 4 out of 5 stars")).map(\.unit), ["score out of 5"])
    }

    func testAYearBeforeAWorkNounIsItsReleaseButAFestivalsIsNot() {
        let page = """
        ---
        title: Tide Line (film)
        ---
        Tide Line is a 1994 American romantic fantasy film starring Dana Quill.
        It was shown at the 2007 Toronto International Film Festival.
        """
        let v = { (claim: String) in Fixtures.rulesVerdict(claim, article: page, id: "tide") }
        Fixtures.assertVerdict(v("The film Tide Line was released in 1994."), .agreement, cites: [4])
        let wrong = v("The film Tide Line was released in 1990.")
        Fixtures.assertVerdict(wrong, .conflict, cites: [4])
        XCTAssertTrue(wrong.reason.contains("1994") && wrong.reason.contains("≠ 1990"), wrong.reason)
        // The festival's year says when it was shown there, not when the film came out.
        XCTAssertEqual(v("The film Tide Line was released in 2007.").verdict, .conflict, "1994 is the release year")
        XCTAssertTrue(EvidenceComparer.datedConcepts([TextAnalyzer.analyseClaim("It was shown at the 2007 Toronto International Film Festival.",
                                                                                 context: NameContext(), reference: nil)]).isEmpty)
    }
    func testTheYearDatesTheHeadOfItsPhraseNotItsFirstWord() {
        // "romantic" has a noun sense too; the phrase's head is "film", whose year is its release.
        let page = """
        ---
        title: Grey Harbours
        ---
        Grey Harbours is a 2001 romantic comedy film directed by Dana Quill.
        The director's 2019 memoir said little about it.
        """
        let v = { (claim: String) in Fixtures.rulesVerdict(claim, article: page, id: "grey") }
        Fixtures.assertVerdict(v("Grey Harbours premiered in 2006."), .conflict, cites: [4], reason: "conflict: 2001 (2001) ≠ 2006")
        Fixtures.assertVerdict(v("Grey Harbours was released in 2001."), .agreement, cites: [4])
        // A memoir's year dates the memoir, not the film's showing.
        XCTAssertNotEqual(v("Grey Harbours was shown on television in 2019.").verdict, .conflict)
    }
}
