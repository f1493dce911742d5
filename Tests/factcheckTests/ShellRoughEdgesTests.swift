import Foundation
import XCTest

/// What a new user tripped over in the terminal: completion into folders, resizing, `:show`, `:sources`, short ids,
/// and a bad claim line said once — each driven through tmux as a person would.
final class ShellRoughEdgesTests: CLITestCase {
    /// Rows of the screen and its scrollback.
    private func rows(_ session: String) -> [String] {
        tmux("capture-pane", "-p", "-S", "-500", "-t", session).components(separatedBy: "\n")
    }

    func testTabOnAFolderAddsNoSpaceSoTheNextTabListsInsideIt() throws {
        try inTerminal("tab", command: { _, env in "\(env) \(CLI.binary) --sources Sources.d --verifier rules" }) { session, _ in
            XCTAssertTrue(waitFor(session, "factcheck>"), screen(session))
            Thread.sleep(forTimeInterval: 0.5)
            type(session, ":check Cla", "Tab")
            XCTAssertTrue(waitFor(session, "factcheck> :check Claims/"), screen(session))
            Thread.sleep(forTimeInterval: 0.2)
            type(session, "mal", "Tab")
            XCTAssertTrue(waitFor(session, "factcheck> :check Claims/mallory.claims"), screen(session))
        }
    }

    func testAResizedWindowRewrapsTheNextOutput() throws {
        try inTerminal("resize", command: { _, env in "\(env) \(CLI.binary) --sources Sources.d --verifier rules" }) { session, _ in
            XCTAssertTrue(waitFor(session, "factcheck>"), screen(session))
            _ = tmux("resize-window", "-t", session, "-x", "64", "-y", "50")
            Thread.sleep(forTimeInterval: 0.5)
            type(session, ":show 000:9", "Enter")
            XCTAssertTrue(waitFor(session, "▶ line 9"), screen(session))
            let rows = screen(session).components(separatedBy: "\n")
            let marked = try XCTUnwrap(rows.firstIndex { $0.hasPrefix("▶   9 ▌ Kevin Mallory") }, rows.joined(separator: "\n"))
            // Wrapped by the program at the new width (indented under the text), not cut by the terminal mid-word.
            XCTAssertTrue(rows[marked + 1].hasPrefix("        ") && rows[marked + 1].dropFirst(8).first?.isLetter == true, rows.joined(separator: "\n"))
            XCTAssertTrue(rows[marked].hasSuffix(" jury") || rows[marked].last?.isLetter == true, rows[marked])
            XCTAssertFalse(rows[marked].hasSuffix(" "), rows[marked])
        }
    }

    func testShowMarksTheLineAskedForAndShowsItsWholeSentence() throws {
        try inTerminal("show", command: { _, env in "\(env) \(CLI.binary) --sources Sources.d --verifier rules" }) { session, _ in
            XCTAssertTrue(waitFor(session, "factcheck>"), screen(session))
            Thread.sleep(forTimeInterval: 0.5)
            type(session, ":show 001:18", "Enter")
            XCTAssertTrue(waitFor(session, "▶ line 18"), screen(session))
            let shown = screen(session)
            XCTAssertTrue(shown.contains("▶  18 ▌ Mallory’s lawyers used a recent spying case"), shown)
            // The end of that long line is on screen, not cut off with "…".
            XCTAssertTrue(shown.contains("sentenced in September and might face 15 years in jail."), shown)
            XCTAssertTrue(shown.contains("   15"), shown)
            XCTAssertTrue(shown.contains("   21"), shown)
        }
    }

    /// `:sources` lines up with long ids, and reasons and citations name a source by the same short id.
    func testSourcesAlignAndOneShortIDIsUsedEverywhere() throws {
        let corpus = try makeCorpus([
            "wire_ap_mallory_2019": "Spy case\n\nKevin Mallory was paid $25,000 by Chinese agents.\n\nMallory met the agents in Shanghai in 2017.\n",
            "wirecutter_review": "Best routers\n\nThe router we tested was fast.\n",
            "a-very-long-source-identifier-from-the-regional-archive_2021": "Weather\n\nIt rained in Denver on Monday.\n",
        ])
        try inTerminal("ids", command: { _, env in "\(env) \(CLI.binary) --sources \(corpus) --verifier rules" }) { session, _ in
            XCTAssertTrue(waitFor(session, "factcheck>"), screen(session))
            Thread.sleep(forTimeInterval: 0.5)
            type(session, ":sources", "Enter")
            XCTAssertTrue(waitFor(session, "3 sources, "), screen(session))
            let listed = screen(session).components(separatedBy: "\n").filter { $0.contains(" sentences, ") && !$0.hasPrefix("3 sources") }
            XCTAssertEqual(listed.count, 3, screen(session))
            let columns = Set(listed.map { $0.distance(from: $0.startIndex, to: $0.range(of: " citable ")!.lowerBound) })
            XCTAssertEqual(columns.count, 1, listed.joined(separator: "\n"))

            Thread.sleep(forTimeInterval: 0.3)
            type(session, "Mallory was sentenced to 20 years", "Enter")
            XCTAssertTrue(waitFor(session, "⇒ unverified"), screen(session))
            type(session, "Mallory was paid $25,000", "Enter")
            XCTAssertTrue(waitFor(session, "⇒ supported"), screen(session))
            let all = rows(session).joined(separator: "\n")
            XCTAssertTrue(all.contains("(closest wire_ap:"), all)
            XCTAssertTrue(all.contains("wire_ap:3 “Kevin Mallory was paid $25,000"), all)
            XCTAssertTrue(all.contains("agreement wire_ap  Spy case"), all)
            XCTAssertFalse(all.contains("wir:"), all)
        }
    }

    /// A text report on the terminal ends with its errors; stderr, on the same screen, does not repeat them.
    func testABadClaimLineIsSaidOnceOnTheTerminal() throws {
        try inTerminal("once", command: { dir, env in
            "printf 'Mallory was paid $25,000\\nMallory was paid => 000: agremeent\\n' > \(dir)/bad.claims; "
                + "\(env) \(CLI.binary) check \(dir)/bad.claims --verifier rules; echo EXIT=$?; sleep 60"
        }) { session, _ in
            XCTAssertTrue(waitFor(session, "EXIT="), screen(session))
            let all = rows(session).joined(separator: "\n")
            XCTAssertTrue(all.contains("EXIT=2"), all)
            XCTAssertEqual(all.components(separatedBy: "bad.claims:2: unknown verdict").count - 1, 1, all)
            XCTAssertTrue(all.contains("text report on standard output"), all)
        }
    }

    private func makeCorpus(_ files: [String: String]) throws -> String {
        let dir = home + "/corpus"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for (id, text) in files { try text.write(toFile: "\(dir)/\(id).txt", atomically: true, encoding: .utf8) }
        return dir
    }
}
