import XCTest
@testable import FactCheckKit

/// The health pack's vocabulary: deaths are counted as fatalities are.
final class HealthPackTests: XCTestCase {
    private static let page = """
    ---
    title: 2020 coronavirus pandemic in Lowmark
    ---
    As of 12 April 2020, 85,025 cases have been reported in Lowmark, with 1,111 deaths and about 21,400 recoveries.
    """

    private func verdict(_ claim: String) -> SourceVerdict {
        Fixtures.rulesVerdict(claim, article: Self.page, id: "lowmark")
    }

    func testDeathsAndFatalitiesCountTheSameThing() {
        Fixtures.assertVerdict(verdict("Lowmark has recorded fewer than 1,150 fatalities from the coronavirus."), .agreement, cites: [4])
        Fixtures.assertVerdict(verdict("Lowmark has recorded more than 2,000 fatalities from the coronavirus."), .conflict, cites: [4],
                               reason: "conflict: 1,111 deaths ≠ more than 2,000 fatalities")
        // Recoveries are no deaths.
        XCTAssertNotEqual(verdict("Lowmark has recorded more than 21,000 fatalities from the coronavirus.").verdict, .agreement)
    }
}
