import FactCheckKit
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
        XCTAssertEqual(missing.stderr.split(separator: "\n").first, "factcheck: nope.claims: no such file or folder")
        XCTAssertTrue(missing.stderr.contains("Usage: factcheck check <paths>"), missing.stderr)
        let noSources = try run(["sources", "--sources", dir + "/absent"])
        XCTAssertEqual(noSources.status, 2)
        XCTAssertTrue(noSources.stderr.contains("\(dir)/absent: no such file or folder"), noSources.stderr)
        XCTAssertTrue(noSources.stderr.contains("Usage: factcheck sources"), noSources.stderr)
        XCTAssertEqual(noSources.stderr.split(separator: "\n").filter { !$0.isEmpty && !$0.hasPrefix("Usage") && !$0.hasPrefix("  See") }.count, 1, noSources.stderr)
    }

    /// The README promises 2 for a usage or input error, with the usage of the command that was run.
    func testUsageAndInputErrorsExitTwoWithTheSubcommandsUsage() throws {
        let bare = try run(["check"])
        XCTAssertEqual(bare.status, 2, bare.stderr)
        XCTAssertTrue(bare.stderr.contains("Usage: factcheck check <paths>"), bare.stderr)
        XCTAssertFalse(bare.stderr.contains("<subcommand>"), bare.stderr)

        let badSources = try run(["check", "Claims/", "--sources", "/no/such/dir"])
        XCTAssertEqual(badSources.status, 2, badSources.stderr)
        let lines = badSources.stderr.split(separator: "\n")
        XCTAssertEqual(lines.filter { $0.contains("/no/such/dir") }, ["factcheck: /no/such/dir: no such file or folder (pass --sources DIR, or create /no/such/dir with .txt articles)"])
        XCTAssertTrue(lines.contains { $0.hasPrefix("Usage: factcheck check <paths>") }, badSources.stderr)
        XCTAssertFalse(badSources.stderr.contains("<subcommand>"), badSources.stderr)
        XCTAssertEqual(badSources.stdout, "")

        let badOption = try run(["check", "Claims/", "--format", "pdf"])
        XCTAssertEqual(badOption.status, 2, badOption.stderr)
        XCTAssertEqual(try run(["check", "--help"]).status, 0)
    }

    /// stdout stays the report; stderr says where it went and what it counts.
    func testCheckSaysWhereTheReportWentAndItsCounts() throws {
        let dir = CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let toFile = try run(["check", "Claims/mallory.claims", "--format", "md", "--output", dir + "/r.md"])
        XCTAssertEqual(toFile.status, 0, toFile.stderr)
        XCTAssertEqual(toFile.stdout, "")
        let claims = ClaimCount.in(CLI.root + "/Claims/mallory.claims")
        let last = try XCTUnwrap(toFile.stderr.split(separator: "\n").last)
        XCTAssertTrue(last.hasPrefix("factcheck: md report written to \(dir)/r.md; \(claims) claims: "), String(last))
        XCTAssertTrue(last.hasSuffix("; expectations: \(claims) met, 0 failed"), String(last))

        let toStdout = try run(["check", "Claims/mallory.claims", "--format", "json"])
        XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(toStdout.stdout.utf8)), "stdout is the report alone")
        XCTAssertTrue(toStdout.stderr.contains("factcheck: json report on standard output; \(claims) claims: "), toStdout.stderr)
    }

    /// The batch synopsis in the README names every option `check` takes.
    func testTheREADMESynopsisListsEveryCheckOption() throws {
        let help = try run(["check", "--help"]).stdout
        let options = Set(help.matches(of: /--[a-z][a-z-]+/).map { String($0.output) }).subtracting(["--help", "--version"])
        XCTAssertTrue(options.contains("--no-cache"), help)
        let readme = try String(contentsOfFile: CLI.root + "/README.md", encoding: .utf8)
        let synopsis = try XCTUnwrap(readme.components(separatedBy: "## Batch mode").dropFirst().first?.components(separatedBy: "```").dropFirst().first)
        for option in options.sorted() { XCTAssertTrue(synopsis.contains(option), "README's batch synopsis lacks \(option)") }
    }

    /// A bad claim line is said once per place it goes: stderr, and the report (which keeps it).
    func testABadLineIsSaidOnce() throws {
        let dir = CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "Mallory was paid $25,000\nMallory was paid => 000: agremeent\n".write(toFile: dir + "/bad.claims", atomically: true, encoding: .utf8)
        let r = try run(["check", dir + "/bad.claims", "--output", dir + "/r.txt"])
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stderr.components(separatedBy: "bad.claims:2: unknown verdict").count - 1, 1, r.stderr)
        let report = try String(contentsOfFile: dir + "/r.txt", encoding: .utf8)
        XCTAssertEqual(report.components(separatedBy: "bad.claims:2: unknown verdict").count - 1, 1, report)
    }

    /// Every run in these tests keeps its cache in the test's own folder, never in the user's.
    func testTheBinaryUnderTestKeepsItsCacheInTheTestsFolder() throws {
        let userCache = MatcherCache(directory: MatcherCache.defaultDirectory()).file(for: CLI.root + "/Sources.d")
        let before = try? FileManager.default.attributesOfItem(atPath: userCache)[.modificationDate] as? Date
        XCTAssertEqual(try run(["check", "Claims/mallory.claims"]).status, 0)
        let ours = try FileManager.default.contentsOfDirectory(atPath: home + "/cache/factcheck")
        XCTAssertEqual(ours.filter { $0.hasSuffix(".fcc") }.count, 1, ours.description)
        let after = try? FileManager.default.attributesOfItem(atPath: userCache)[.modificationDate] as? Date
        XCTAssertEqual(before, after, "the user's own cache is untouched")
    }

    /// FACTCHECK_CACHE_MAX_MIB bounds the cache: with 0, only the file just written stays.
    func testTheCacheSizeLimitComesFromTheEnvironment() throws {
        let dir = CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/other", withIntermediateDirectories: true)
        try "Kevin Mallory was paid $25,000.\n".write(toFile: dir + "/other/a.txt", atomically: true, encoding: .utf8)
        XCTAssertEqual(try run(["check", "Claims/mallory.claims"], environment: ["FACTCHECK_CACHE_MAX_MIB": "0"]).status, 0)
        try "Mallory was paid $25,000\n".write(toFile: dir + "/plain.claims", atomically: true, encoding: .utf8)
        let second = try run(["check", dir + "/plain.claims", "--sources", dir + "/other"], environment: ["FACTCHECK_CACHE_MAX_MIB": "0"])
        XCTAssertEqual(second.status, 0, second.stderr)
        let files = try FileManager.default.contentsOfDirectory(atPath: home + "/cache/factcheck").filter { $0.hasSuffix(".fcc") }
        XCTAssertEqual(files, [(MatcherCache(directory: "").file(for: dir + "/other") as NSString).lastPathComponent])
        let bad = try run(["check", "Claims/mallory.claims"], environment: ["FACTCHECK_CACHE_MAX_MIB": "lots"])
        XCTAssertEqual(bad.stderr.split(separator: "\n").filter { $0.contains("FACTCHECK_CACHE_MAX_MIB=lots is not a whole number of MiB") }.count, 1, bad.stderr)
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
        XCTAssertTrue(r.stdout.contains("002_6577e5e06abfb62b  002  2017-06-23  20 sentences,  19 citable  US Government Contractor Charged With Spying for China"), r.stdout)
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

/// Claims in a `.claims` file: lines that are neither blank nor comments.
enum ClaimCount {
    static func `in`(_ file: String) -> Int {
        ((try? String(contentsOfFile: file, encoding: .utf8)) ?? "").split(separator: "\n")
            .filter { let t = $0.trimmingCharacters(in: .whitespaces); return !t.isEmpty && !t.hasPrefix("#") }.count
    }
}
