import XCTest
@testable import FactCheckKit

/// A version written after a name is part of the name: another version is another thing, not the same one.
final class VersionedNameTests: XCTestCase {
    private static let page = """
    ---
    title: Lantern's road to Ruby 3
    ---
    Lantern 4.1 was released on 2 March 2021, the first version to run on Ruby 3.
    In June 2016, Lantern dropped support for Ruby 1.8 and 1.9.
    In April 2018, the team dropped support for Ruby 2.0 as well.
    """

    private func verdict(_ claim: String) -> SourceVerdict {
        Fixtures.rulesVerdict(claim, article: Self.page, id: "lantern")
    }

    func testAVersionIsPartOfTheName() {
        let names = TextAnalyzer.analyse("Lantern dropped support for Ruby 1.8 and 1.9 before Windows 10 devices shipped.",
                                         context: NameContext(), reference: nil).entities.map(\.text)
        XCTAssertTrue(names.contains("Ruby 1.8"), "\(names)")
        // A number the next word counts stays a count.
        XCTAssertTrue(names.contains("Windows"), "\(names)")
        XCTAssertEqual(TextAnalyzer.analyse("Lantern 4.1 was released.", context: NameContext(), reference: nil).entities.first?.text, "Lantern 4.1")
    }

    func testAnotherVersionsDateIsNoConflict() {
        // The 2016 drop concerns Ruby 1.8 and 1.9: nothing here dates the drop of Ruby 2.0 to 2016.
        XCTAssertNotEqual(verdict("Lantern dropped support for Ruby 1.9 in April 2018.").verdict, .agreement)
        XCTAssertNotEqual(verdict("Lantern dropped support for Ruby 2.0 in June 2016.").verdict, .agreement)
        // A version in a list ("Ruby 1.8 and 1.9") is not replaced by the claim's.
        let listed = verdict("Lantern dropped support for Ruby 2.2 in June 2016.")
        XCTAssertFalse(listed.verdict == .conflict && listed.citations.map(\.line) == [5], listed.reason)
        Fixtures.assertVerdict(verdict("Lantern 4.1 was released on 2 March 2021."), .agreement, cites: [4])
    }

    func testAShortenedTitleStillNamesThePage() {
        let name = { (text: String) in TextAnalyzer.analyse(text, context: NameContext(), reference: nil).entities[0] }
        XCTAssertTrue(Topic.names(name("In Dolphin 2, Mavis swims away."), title: "Dolphin Tale 2"))
        XCTAssertFalse(Topic.names(name("In Dolphin 3, Mavis swims away."), title: "Dolphin Tale 2"))
    }
}
