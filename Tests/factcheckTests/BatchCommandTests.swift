import Foundation
import XCTest

final class BatchCommandTests: CLITestCase {
    func testRepositoryClaimsPassAndExitZero() throws {
        let r = try run(["check", "Claims/", "--sources", "Sources.d"])
        XCTAssertEqual(r.status, 0, r.stderr + String(r.stdout.suffix(600)))
        XCTAssertTrue(r.stdout.contains("expectations: "), String(r.stdout.suffix(300)))
        XCTAssertTrue(r.stdout.contains(" met, 0 failed"))
    }

    func testABrokenExpectationExitsOneNamingFileAndLine() throws {
        let dir = CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var text = try String(contentsOfFile: CLI.root + "/Claims/mallory.claims", encoding: .utf8)
        text = text.replacingOccurrences(of: "Mallory was paid $2,500 => 000: conflict@40", with: "Mallory was paid $2,500 => 000: agreement@40")
        try text.write(toFile: dir + "/broken.claims", atomically: true, encoding: .utf8)
        let line = text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("Mallory was paid $2,500 =>") }! + 1
        let r = try run(["check", dir + "/broken.claims"])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stdout.contains("failed: \(dir)/broken.claims:\(line)  Mallory was paid $2,500"), String(r.stdout.suffix(400)))
        XCTAssertTrue(r.stdout.contains("✗ \(dir)/broken.claims:\(line): 000: expected agreement, got conflict"))
    }

    func testABadLineIsReportedTheRestRunsAndExitIsTwo() throws {
        let dir = CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "Mallory was paid $25,000 => supported\nMallory was paid => 000: agremeent\n".write(toFile: dir + "/bad.claims", atomically: true, encoding: .utf8)
        let r = try run(["check", dir + "/bad.claims", "--format", "json"])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("\(dir)/bad.claims:2: unknown verdict `agremeent`"), r.stderr)
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        XCTAssertEqual((json["claims"] as! [Any]).count, 1, "the good line still ran")
    }

    func testFailOnConflict() throws {
        let dir = CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "Mallory was paid $2,500\n".write(toFile: dir + "/c.claims", atomically: true, encoding: .utf8)
        XCTAssertEqual(try run(["check", dir + "/c.claims"]).status, 0)
        XCTAssertEqual(try run(["check", dir + "/c.claims", "--fail-on", "conflict"]).status, 1)
        XCTAssertEqual(try run(["check", dir + "/c.claims", "--fail-on", "disputed"]).status, 0)
    }

    func testOutputFileIsWrittenAndMissingPathsAreOneLineErrors() throws {
        let dir = CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try run(["check", "Claims/", "--format", "html", "--output", dir + "/r.html"])
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.stdout, "")
        XCTAssertTrue(try String(contentsOfFile: dir + "/r.html", encoding: .utf8).hasPrefix("<!doctype html>"))
        let missing = try run(["check", "nope.claims"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertEqual(missing.stderr, "factcheck: nope.claims:0: no such file or folder\n")
        let noSources = try run(["sources", "--sources", dir + "/absent"])
        XCTAssertNotEqual(noSources.status, 0)
        XCTAssertTrue(noSources.stderr.contains("\(dir)/absent: no such file or folder"), noSources.stderr)
        XCTAssertEqual(noSources.stderr.split(separator: "\n").filter { !$0.isEmpty && !$0.hasPrefix("Usage") && !$0.hasPrefix("  See") }.count, 1, noSources.stderr)
    }

    func testCtrlCInTheMiddleOfABatchLeavesThePreviousReport() throws {
        let dir = CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let claims = (0..<20_000).map { "Mallory was paid $\($0),000" }.joined(separator: "\n")
        try claims.write(toFile: dir + "/many.claims", atomically: true, encoding: .utf8)
        try "previous report".write(toFile: dir + "/r.json", atomically: true, encoding: .utf8)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CLI.binary)
        p.arguments = ["check", dir + "/many.claims", "--sources", CLI.root + "/Sources.d", "--format", "json", "--output", dir + "/r.json"]
        let err = Pipe()
        p.standardError = err
        p.standardOutput = Pipe()
        try p.run()
        Thread.sleep(forTimeInterval: 1.5)
        kill(p.processIdentifier, SIGINT)
        p.waitUntilExit()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertEqual(p.terminationStatus, 130, stderr)
        XCTAssertTrue(stderr.contains("interrupted after "), stderr)
        XCTAssertTrue(stderr.contains("no report written (\(dir)/r.json unchanged)"), stderr)
        XCTAssertEqual(try String(contentsOfFile: dir + "/r.json", encoding: .utf8), "previous report")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir).sorted(), ["many.claims", "r.json"])
    }

    func testTheAnalysisIsCachedBetweenRunsUnlessNoCache() throws {
        let dir = CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let cached = try run(["check", "Claims/mallory.claims", "--format", "json"], environment: ["XDG_CACHE_HOME": dir + "/on"])
        XCTAssertEqual(cached.status, 0, cached.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir + "/on/factcheck").filter { $0.hasSuffix(".fcc") }.count, 1)
        let again = try run(["check", "Claims/mallory.claims", "--format", "json"], environment: ["XDG_CACHE_HOME": dir + "/on"])
        let fresh = try run(["check", "Claims/mallory.claims", "--format", "json", "--no-cache"], environment: ["XDG_CACHE_HOME": dir + "/off"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/off"), "--no-cache writes nothing")
        // Reports differ only in their date line; verdicts and citations must be identical.
        func body(_ json: String) -> String { json.split(separator: "\n").filter { !$0.contains("\"date\"") }.joined(separator: "\n") }
        XCTAssertEqual(body(again.stdout), body(fresh.stdout))
        XCTAssertEqual(body(again.stdout), body(cached.stdout))
    }

    func testSourcesListingAndVerbose() throws {
        let r = try run(["sources", "--verbose"])
        XCTAssertEqual(r.status, 0)
        XCTAssertTrue(r.stdout.contains("002_6577e5e06abfb62b  2017-06-23  20 sentences, 19 citable  US Government Contractor Charged With Spying for China"), r.stdout)
        XCTAssertTrue(r.stdout.contains("001_acc0a76dd6db6269:39  [trailer]"), r.stdout)
    }

    /// Weights that cannot be read are one warning line; the check runs on the rules and still meets the repository's expectations.
    func testMissingWeightsAreOneLineAndRulesOnly() throws {
        let r = try run(["check", "Claims/mallory.claims", "--sources", "Sources.d", "--no-cache"], environment: ["FACTCHECK_MODEL": "/nonexistent/weights"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = r.stderr.split(separator: "\n").filter { $0.contains("learned verifier unavailable") }
        XCTAssertEqual(lines.count, 1, r.stderr)
        XCTAssertTrue(lines[0].contains("/nonexistent/weights"), String(lines[0]))
    }
}
