import Foundation
import XCTest

/// `factcheck draft` and `factcheck conflicts` as a newsroom's script runs them, and `:draft`/`:conflicts` piped to the shell.
final class DraftCommandTests: CLITestCase {
    static let draft = "Tests/FactCheckKitTests/Fixtures/drafts/mallory-draft.md"

    private func run(_ args: [String], stdin: String? = nil, in dir: String) throws -> CLI.Outcome {
        try CLI.run(args, home: dir, stdin: stdin)
    }

    /// Verdict and cited `source:line`s per sentence, from the JSON report.
    private func sentences(_ json: String) throws -> [(text: String, verdict: String?, cited: Set<String>)] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        return (object["sentences"] as! [[String: Any]]).map { s in
            let cited = (s["parts"] as! [[String: Any]]).flatMap { p in
                (p["sources"] as! [[String: Any]]).flatMap { sv in
                    (sv["citations"] as! [[String: Any]]).map { "\((sv["source"] as! String).prefix(3)):\($0["line"] as! Int)" }
                }
            }
            return (s["text"] as! String, s["verdict"] as? String, Set(cited))
        }
    }

    func testTheDraftInJSONWithTheDefaultVerifier() throws {
        let dir = home
        let r = try run(["draft", Self.draft, "--format", "json"], in: dir)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stderr, "", "no progress line when stderr is not a terminal")
        let all = try sentences(r.stdout)
        func find(_ prefix: String) -> (text: String, verdict: String?, cited: Set<String>) { all.first { $0.text.hasPrefix(prefix) }! }
        XCTAssertEqual(find("Kevin Mallory, a former CIA officer").verdict, "supported")
        XCTAssertTrue(find("Kevin Mallory, a former CIA officer").cited.isSuperset(of: ["000:7", "001:5"]))
        XCTAssertEqual(find("Mallory, a fluent Mandarin").verdict, "contradicted")
        XCTAssertTrue(find("Mallory, a fluent Mandarin").cited.isSuperset(of: ["002:13", "000:30"]))
        XCTAssertEqual(find("\"Your object is to gain information, and my object is to be paid").verdict, "supported")
        XCTAssertEqual(find("\"Your object is to gain information, and my object is to get rich").verdict, "contradicted")
        XCTAssertEqual(find("\"Your object is to gain information, and my object is to get rich").cited, ["000:19", "002:15"])
        XCTAssertEqual(find("Ron Hansen was sentenced").verdict, "unverified")
        XCTAssertEqual(find("Hansen might face").verdict, "supported")
        XCTAssertEqual(find("Mallory owned a vineyard").verdict, "unverified")
        XCTAssertEqual(find("Mallory owned a vineyard").cited, [])
        XCTAssertNil(find("It is a shameful").verdict)
    }

    func testFailOnGivesCIAnExitStatus() throws {
        let dir = home
        let draft = ["draft", Self.draft, "--verifier", "rules", "--format", "json"]
        XCTAssertEqual(try run(draft, in: dir).status, 0)
        XCTAssertEqual(try run(draft + ["--fail-on", "contradicted"], in: dir).status, 1)
        let clean = dir + "/clean.txt"
        try "Mallory was paid $25,000. Mallory owned a vineyard in Oregon. Surely that matters.".write(toFile: clean, atomically: true, encoding: .utf8)
        XCTAssertEqual(try run(["draft", clean, "--verifier", "rules", "--fail-on", "contradicted"], in: dir).status, 0)
        XCTAssertEqual(try run(["draft", clean, "--verifier", "rules", "--fail-on", "disputed"], in: dir).status, 0)
        XCTAssertEqual(try run(["draft", clean, "--verifier", "rules", "--fail-on", "unverified"], in: dir).status, 1)
        let bad = try run(["draft", clean, "--fail-on", "wrong"], in: dir)
        XCTAssertEqual(bad.status, 2, "a usage error")
    }

    func testReportsAreWrittenAtomicallyAndBadInputIsOneLine() throws {
        let dir = home
        for format in ["html", "md", "text", "json"] {
            let r = try run(["draft", Self.draft, "--verifier", "rules", "--format", format, "-o", dir + "/r." + format], in: dir)
            XCTAssertEqual(r.status, 0, r.stderr)
            XCTAssertEqual(r.stdout, "")
            let written = try String(contentsOfFile: dir + "/r." + format, encoding: .utf8)
            XCTAssertTrue(written.contains("14 sentences, 10 claims") || written.contains("\"sentences\": 14"), format)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".tmp") }, [])
        let missing = try run(["draft", dir + "/nope.md"], in: dir)
        XCTAssertEqual(missing.status, 2)
        XCTAssertEqual(missing.stderr, "factcheck: \(dir)/nope.md: no such file; pass a draft as .txt, .md or .html\n")
        try "x".write(toFile: dir + "/d.docx", atomically: true, encoding: .utf8)
        let docx = try run(["draft", dir + "/d.docx"], in: dir)
        XCTAssertEqual(docx.status, 2)
        XCTAssertEqual(docx.stderr, "factcheck: \(dir)/d.docx: .docx drafts are not read; save it as .txt, .md or .html\n")
    }

    func testConflictsInBatch() throws {
        let dir = home
        let r = try run(["conflicts", "--verifier", "rules", "--format", "json"], in: dir)
        XCTAssertEqual(r.status, 0, r.stderr)
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        let topics = (json["topics"] as! [[String: Any]]).map { $0["topic"] as! String }
        XCTAssertTrue(Set(topics).isSuperset(of: ["sentencing — Mallory", "payment — Mallory", "travel — Mallory", "sentencing — Hansen"]), "\(topics)")
        XCTAssertEqual((json["conflicts"] as! [Any]).count, 0)

        let one = try run(["conflicts", "--verifier", "rules", "--source", "002"], in: dir)
        XCTAssertEqual(one.status, 0, one.stderr)
        XCTAssertTrue(one.stdout.hasPrefix("002_6577e5e06abfb62b against 2 other sources, 17 statements checked"), one.stdout)
        XCTAssertTrue(one.stdout.contains("002:13 states “Mallory was paid $25,000USD” ✓ 000:3"), one.stdout)
        let unknown = try run(["conflicts", "--source", "zzz"], in: dir)
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.hasPrefix("factcheck: --source zzz: no single source matches; sources: 000_"), unknown.stderr)
    }

    func testDraftAndConflictsPipedToTheShell() throws {
        let dir = home
        let r = try run(["--verifier", "rules"], stdin: ":draft \(Self.draft) \(dir)/d.html\n:conflicts 001\n:draft nope.md\n", in: dir)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("── 7:102 CONTRADICTED — \"Your object is to gain information, and my object is to get rich,\""), r.stdout)
        XCTAssertTrue(r.stdout.contains("conflict: misquote — draft “get rich” ≠ source “be paid”"))
        XCTAssertTrue(r.stdout.contains("wrote the draft report to \(dir)/d.html"))
        XCTAssertTrue(try String(contentsOfFile: dir + "/d.html", encoding: .utf8).contains("14 sentences, 10 claims"))
        XCTAssertTrue(r.stdout.contains("001_acc0a76dd6db6269 against 2 other sources"), r.stdout)
        XCTAssertTrue(r.stdout.contains("001:16 states “Mallory flight from Shanghai in April 2017” ✓ 000:9, 002:11"), r.stdout)
        XCTAssertTrue(r.stdout.contains("nope.md: no such file; pass a draft as .txt, .md or .html"))
        XCTAssertFalse(r.stdout.contains("\u{1B}"))
    }

    func testAWebPageDraftIsReadAsItsArticle() throws {
        let dir = home
        let page = """
        <!doctype html><html><head><title>The price of a secret</title></head><body>
        <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/subscribe">Subscribe to our newsletter</a></nav>
        <article><h1>The price of a secret</h1>
        <p>Kevin Mallory, a former CIA officer, was sentenced to 20 years in prison for spying for China. Mallory was paid $50,000.</p>
        <p>Mallory traveled to Shanghai in March and April 2017, where he met an agent who claimed to work for a think tank.</p>
        </article><footer>Copyright 2026 Example News. All rights reserved.</footer></body></html>
        """
        try page.write(toFile: dir + "/draft.html", atomically: true, encoding: .utf8)
        let r = try run(["draft", dir + "/draft.html", "--verifier", "rules", "--format", "json"], in: dir)
        XCTAssertEqual(r.status, 0, r.stderr)
        let all = try sentences(r.stdout)
        XCTAssertFalse(all.contains { $0.text.contains("Subscribe") || $0.text.contains("Copyright") }, "\(all.map(\.text))")
        XCTAssertEqual(all.first { $0.text.hasPrefix("Kevin Mallory, a former CIA officer") }?.verdict, "supported")
        XCTAssertEqual(all.first { $0.text == "Mallory was paid $50,000." }?.verdict, "contradicted")
        XCTAssertEqual(all.first { $0.text.hasPrefix("Mallory traveled to Shanghai") }?.verdict, "supported", "a think tank is not the writer thinking")
    }
}
