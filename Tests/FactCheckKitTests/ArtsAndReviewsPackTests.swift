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
}
