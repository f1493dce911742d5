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

    func testAnotherVersionSayingTheRestConflicts() {
        let page = "---\ntitle: Lantern\n---\nLantern 4.1 was released on 2 March 2021.\nLantern 4.2 was the first version to drop Ruby 2.\n"
        // The neighbour naming 4.1 lends it nothing: 4.2 is the first.
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Lantern 4.1 was the first version to drop Ruby 2.", article: page, id: "lantern"), .conflict, cites: [5],
                               reason: "conflict: Lantern 4.2 ≠ Lantern 4.1")
        // A number before a verb is a version too, but two versions may share a fact: only a claim one version can be
        // true of ("the first") conflicts with another's.
        let apollo = "---\ntitle: Moon landings\n---\nApollo 11 was the first mission to land on the Moon.\nApollo 12 landed on the Moon in November 1969.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Apollo 13 was the first mission to land on the Moon.", article: apollo, id: "moon"), .conflict, cites: [4],
                               reason: "conflict: Apollo 11 ≠ Apollo 13")
        XCTAssertNotEqual(Fixtures.rulesVerdict("Apollo 11 landed on the Moon in 1969.", article: apollo, id: "moon").verdict, .conflict)
        // A version inside another is no rival: Ruby 3.1 is a Ruby 3.
        let ruby = "---\ntitle: Lantern\n---\nLantern 5.0 was the first version to require Ruby 3.1.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("Lantern 5.0 was the first version to require Ruby 3.", article: ruby, id: "lantern").verdict, .conflict)
        // A version in a list is one of several; a version the list names is stated.
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Lantern dropped support for Ruby 1.9 in June 2016.", article: Self.page, id: "lantern"), .agreement, cites: [5])
        XCTAssertNotEqual(Fixtures.rulesVerdict("Lantern dropped support for Ruby 1.7 in June 2016.", article: Self.page, id: "lantern").verdict, .conflict)
    }

    func testAScoreIsNoVersion() {
        let page = "---\ntitle: Final\n---\nEngland beat Spain 4 to 1 on Sunday.\n"
        XCTAssertEqual(TextAnalyzer.analyse("England beat Spain 4 to 1 on Sunday.", context: NameContext(), reference: nil).entities.map(\.text), ["England", "Spain", "Sunday"])
        XCTAssertNotEqual(Fixtures.rulesVerdict("England beat Spain 3 to 1 on Sunday.", article: page, id: "final").verdict, .agreement)
    }

    func testATitleShortenedByMoreThanOneWordIsAnotherName() {
        let name = TextAnalyzer.analyse("Two million viewers watched Scream 6.", context: NameContext(), reference: nil).entities[0]
        XCTAssertFalse(Topic.names(name, title: "Scream Queens Season 6"))
    }

    func testTheModelMayNotContradictFromAnotherVersionsSentence() {
        let v = Fixtures.rulesVerdict("Lantern dropped support for Ruby 2.6 in May 2017.", article: Self.page, id: "lantern")
        let mayConflict = { (line: Int) in v.explanation.candidates.first { $0.citations.map(\.line) == [line] }?.modelMayConflict }
        // Line 5 is about Ruby 1.8 and 1.9; line 4 names no Ruby version but the claim's own base in "Ruby 3".
        XCTAssertEqual(mayConflict(5), false, "another version's date is its own")
        let plain = Fixtures.rulesVerdict("Lantern dropped support for Ruby in June 2016.", article: Self.page, id: "lantern")
        XCTAssertNotEqual(plain.explanation.candidates.first { $0.citations.map(\.line) == [5] }?.modelMayConflict, false)
    }
}
