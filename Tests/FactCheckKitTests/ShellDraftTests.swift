import Foundation
import XCTest
@testable import FactCheckKit

/// `:draft` and `:conflicts` in a shell session, without a terminal.
final class ShellDraftTests: XCTestCase {
    private func session() -> ShellSession {
        ShellSession(matcher: DraftTests.matcher, sourcePaths: [Fixtures.sourcesPath], renderer: TextRenderer(width: 100))
    }

    func testDraftPrintsEverySentenceAndWritesTheReportNamedByItsExtension() throws {
        let dir = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = session().handle(":draft \(DraftTests.draftPath) \(dir)/r.json").text
        XCTAssertTrue(out.hasPrefix("draft \(DraftTests.draftPath): 14 sentences, 10 claims: 5 supported, 3 contradicted"), out)
        XCTAssertTrue(out.contains("── 9:1 UNVERIFIED — Ron Hansen was sentenced to 15 years in prison."), out)
        XCTAssertTrue(out.hasSuffix("wrote the draft report to \(dir)/r.json"), out)
        XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/r.json"))))
        XCTAssertEqual(session().handle(":draft \(DraftTests.draftPath) \(dir)/r.pdf").text,
                       "\(dir)/r.pdf: cannot tell the report format from .pdf; end the name in .html, .md, .json or .txt")
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/r.pdf"))
        XCTAssertEqual(session().handle(":draft").text, "usage: :draft FILE [REPORT.html|.md|.json|.txt]")
        // Ctrl-C between sentences stops the draft and says how far it got.
        var polls = 0
        XCTAssertEqual(session().handle(":draft \(DraftTests.draftPath)", shouldStop: { polls += 1; return polls > 3 }).text,
                       "interrupted after 3 of 14 sentences")
    }

    func testConflictsForOneSourceOrAll() {
        let one = session().handle(":conflicts 001").text
        XCTAssertTrue(one.hasPrefix("001_acc0a76dd6db6269 against 2 other sources"), one)
        XCTAssertTrue(one.contains("001:5 states “Kevin Patrick Mallory was sentenced to 20 years in prison” ✓ 000:1, 000:7"), one)
        XCTAssertFalse(one.contains("\n000_030b1a8708c7af75: "), "only the chosen source's corroboration")
        XCTAssertTrue(session().handle(":conflicts").text.hasPrefix("3 sources, "))
        XCTAssertTrue(session().handle(":conflicts 9").text.hasPrefix("no single source matches 9; sources: 000_"))
    }

    func testCompletionOfDraftPathsAndConflictSources() {
        let c = session().completer
        XCTAssertEqual(c.candidates(line: ":conflicts 00", word: "00"), Fixtures.seeds.documents.map(\.id))
        let root = Fixtures.repositoryRoot + "/Tests/FactCheckKitTests/Fixtures/dra"
        XCTAssertEqual(c.candidates(line: ":draft " + root, word: root), [Fixtures.repositoryRoot + "/Tests/FactCheckKitTests/Fixtures/drafts/"])
    }
}
