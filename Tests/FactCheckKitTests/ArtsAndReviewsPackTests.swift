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

    func testReceptionIsToldInOtherWords() {
        let page = """
        ---
        title: Northern Lanterns (film)
        ---
        Northern Lanterns received generally unfavorable reviews from critics.
        """
        let v = { (claim: String) in Fixtures.rulesVerdict(claim, article: page, id: "lanterns") }
        Fixtures.assertVerdict(v("Northern Lanterns got negative reviews."), .agreement, cites: [4])
        Fixtures.assertVerdict(v("Northern Lanterns received positive reviews."), .conflict, cites: [4])
        // "Mixed" is neither: no verdict from the pack.
        XCTAssertNotEqual(v("Northern Lanterns received mixed reviews.").verdict, .agreement)
    }
}
