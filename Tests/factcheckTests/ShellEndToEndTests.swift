import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest

/// Drives the real binary in a real terminal (tmux), as a person would.
final class ShellEndToEndTests: CLITestCase {
    func testTypingCompletionHistoryCtrlCAndCtrlD() throws {
        try inTerminal("e2e", command: { dir, env in "\(env) \(CLI.binary) --sources Sources.d; echo EXIT=$? > \(dir)/exit" }) { session, dir in
            XCTAssertTrue(waitFor(session, "factcheck>"), screen(session))
            XCTAssertTrue(screen(session).contains("3 sources, 104 sentences (78 citable) loaded in"))

            // libedit switches the terminal to raw mode just after printing the prompt; type as a person would, not within a millisecond.
            Thread.sleep(forTimeInterval: 0.5)
            // Tab completes a name from the corpus.
            _ = tmux("send-keys", "-t", session, "Mal", "Tab")
            XCTAssertTrue(waitFor(session, "factcheck> Mallory"), screen(session))
            _ = tmux("send-keys", "-t", session, "was paid $2,500", "Enter")
            XCTAssertTrue(waitFor(session, "⇒ contradicted"), screen(session))
            XCTAssertTrue(screen(session).contains("conflict: $25,000USD ≠ $2,500"))

            // Ctrl-C clears a half-typed line and keeps the shell.
            _ = tmux("send-keys", "-t", session, "half typed")
            XCTAssertTrue(waitFor(session, "factcheck> half typed"), screen(session))
            _ = tmux("send-keys", "-t", session, "C-c")
            XCTAssertTrue(waitFor(session, "half typed^C"), screen(session))
            Thread.sleep(forTimeInterval: 0.3)
            _ = tmux("send-keys", "-t", session, ":sources", "Enter")
            XCTAssertTrue(waitFor(session, "3 sources, 104 sentences, 78 citable"), screen(session))

            // Up-arrow recalls the last claim (past the command).
            Thread.sleep(forTimeInterval: 0.3)
            _ = tmux("send-keys", "-t", session, "Up", "Up")
            XCTAssertTrue(waitFor(session, "factcheck> Mallory was paid $2,500"), screen(session))
            _ = tmux("send-keys", "-t", session, "C-u")

            // Ctrl-D on an empty line leaves with status 0, history saved.
            _ = tmux("send-keys", "-t", session, "C-d")
            let end = Date().addingTimeInterval(10)
            while Date() < end, !FileManager.default.fileExists(atPath: dir + "/exit") { Thread.sleep(forTimeInterval: 0.1) }
            XCTAssertEqual(try String(contentsOfFile: dir + "/exit", encoding: .utf8), "EXIT=0\n")
            let history = try String(contentsOfFile: dir + "/state/factcheck/history", encoding: .utf8)
            XCTAssertTrue(history.contains("Mallory\\040was\\040paid\\040$2,500"), history)
            XCTAssertTrue(history.contains(":sources"), history)
            let mode = (try FileManager.default.attributesOfItem(atPath: dir + "/state/factcheck/history")[.posixPermissions] as? NSNumber)?.intValue
            XCTAssertEqual(mode, 0o600, "claims typed may be unpublished work")
        }
    }

    /// A shell killed with SIGTERM (a closed window, a system shutdown) keeps every claim typed so far.
    func testHistorySurvivesSIGTERM() throws {
        // exec keeps the inner shell's pid, so the pid file names the factcheck process itself;
        // the terminal's settings before and after show whether it was left raw.
        try inTerminal("term", command: { dir, env in
            "stty -g > \(dir)/before; \(env) sh -c 'echo $$ > \(dir)/pid; exec \(CLI.binary) --sources Sources.d'; stty -g > \(dir)/after"
        }) { session, dir in
            XCTAssertTrue(waitFor(session, "factcheck>"), screen(session))
            Thread.sleep(forTimeInterval: 0.5)
            _ = tmux("send-keys", "-t", session, "Mallory was sentenced to 20 years", "Enter")
            XCTAssertTrue(waitFor(session, "⇒ supported"), screen(session))
            Thread.sleep(forTimeInterval: 0.3)
            _ = tmux("send-keys", "-t", session, "typed but not entered")
            XCTAssertTrue(waitFor(session, "typed but not entered"), screen(session))

            let pid = pid_t(try String(contentsOfFile: dir + "/pid", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines))!
            XCTAssertEqual(kill(pid, SIGTERM), 0)
            let end = Date().addingTimeInterval(10)
            while Date() < end, kill(pid, 0) == 0 { Thread.sleep(forTimeInterval: 0.1) }
            XCTAssertNotEqual(kill(pid, 0), 0, "the shell ended on SIGTERM")
            while Date() < end, !FileManager.default.fileExists(atPath: dir + "/after") { Thread.sleep(forTimeInterval: 0.1) }
            Thread.sleep(forTimeInterval: 0.2)
            XCTAssertEqual(try String(contentsOfFile: dir + "/after", encoding: .utf8), try String(contentsOfFile: dir + "/before", encoding: .utf8),
                           "terminal settings restored")
            let history = try String(contentsOfFile: dir + "/state/factcheck/history", encoding: .utf8)
            XCTAssertTrue(history.contains("Mallory\\040was\\040sentenced\\040to\\04020\\040years"), history)
            XCTAssertFalse(history.contains("typed"), "a line never entered is not history")
        }
    }

    func testDraftAndConflictsInTheShell() throws {
        try inTerminal("draft", command: { dir, env in "\(env) \(CLI.binary) --sources Sources.d --verifier rules" }) { session, dir in
            XCTAssertTrue(waitFor(session, "factcheck>"), screen(session))
            Thread.sleep(forTimeInterval: 0.5)
            _ = tmux("send-keys", "-t", session, ":draft Tests/FactCheckKitTests/Fixtures/drafts/mallory-draft.md \(dir)/d.md", "Enter")
            XCTAssertTrue(waitFor(session, "wrote the draft report to \(dir)/d.md"), screen(session))
            XCTAssertTrue(screen(session).contains("14 sentences, 10 claims: 5 supported, 3 contradicted, 0 disputed, 2 unverified; 4 not factual claims"), screen(session))
            XCTAssertTrue(try String(contentsOfFile: dir + "/d.md", encoding: .utf8).contains("**contradicted** — Mallory was convicted by a jury and sentenced to 10 years."))
            _ = tmux("send-keys", "-t", session, ":conflicts 002", "Enter")
            XCTAssertTrue(waitFor(session, "002_6577e5e06abfb62b: 2 confirmed by another source, 14 stand alone"), screen(session))
            _ = tmux("send-keys", "-t", session, ":quit", "Enter")
        }
    }

    func testPipedInputIsPlain() throws {
        let r = try run([], stdin: "Mallory was paid $25,000\n:quit\nnever checked\n")
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("agreement 002  US Government Contractor Charged With Spying for China (2017-06-23)"), r.stdout)
        XCTAssertTrue(r.stdout.hasSuffix("⇒ supported\n"), r.stdout)
        XCTAssertFalse(r.stdout.contains("\u{1B}"), "no escape codes when not a terminal")
        XCTAssertFalse(r.stdout.contains("factcheck>"), "no prompt when not a terminal")
    }
}
