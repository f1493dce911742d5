import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest
import FactCheckKit

/// Where the binary keeps the analysis of a sources folder, given `XDG_CACHE_HOME`.
enum MatcherCachePath {
    static func file(home: String, sources: String) -> String {
        MatcherCache(directory: MatcherCache.defaultDirectory(environment: ["XDG_CACHE_HOME": home])).file(for: sources)
    }
}

/// Files the user cannot read or write, and disks that fill up: one clear line, and nothing already written is lost.
final class NoLostWorkTests: CLITestCase {
    private var dir = ""

    override func setUpWithError() throws {
        try super.setUpWithError()
        dir = CLI.temporaryFolder()
        // Reachable by the unprivileged user the permission tests run as.
        chmod(dir, 0o755)
        try FileManager.default.createDirectory(atPath: dir + "/sources", withIntermediateDirectories: true)
        chmod(dir + "/sources", 0o755)
        try "Mallory was paid $25,000 by a Chinese agent.\n".write(toFile: dir + "/sources/open.txt", atomically: true, encoding: .utf8)
        chmod(dir + "/sources/open.txt", 0o644)
        try "Mallory was paid $25,000\n".write(toFile: dir + "/c.claims", atomically: true, encoding: .utf8)
        chmod(dir + "/c.claims", 0o644)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: dir)
        super.tearDown()
    }

    func testAnUnreadableArticleAsAnUnprivilegedUser() throws {
        try "Secret.".write(toFile: dir + "/sources/locked.txt", atomically: true, encoding: .utf8)
        chmod(dir + "/sources/locked.txt", 0)
        let r = try run(["sources", "--sources", dir + "/sources"], launcher: CLI.unprivileged)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stderr, "factcheck: \(dir)/sources/locked.txt: skipped: permission denied or unreadable\n")
        XCTAssertTrue(r.stdout.contains("open"), r.stdout)
        XCTAssertFalse(r.stdout.contains("locked"), r.stdout)
    }

    func testAReadOnlyOutputFolderLeavesThePreviousReport() throws {
        let out = dir + "/reports"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try "previous report".write(toFile: out + "/r.md", atomically: true, encoding: .utf8)
        chmod(out + "/r.md", 0o644)
        chmod(out, 0o555)
        let r = try run(["check", dir + "/c.claims", "--sources", dir + "/sources", "--format", "md", "--output", out + "/r.md", "--no-cache"],
                            launcher: CLI.unprivileged)
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertEqual(r.stderr, "factcheck: \(out)/r.md: cannot write report: Permission denied; the previous file (if any) is unchanged\n")
        XCTAssertEqual(try String(contentsOfFile: out + "/r.md", encoding: .utf8), "previous report")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out), ["r.md"])
    }

    /// A disk that fills mid-write, made with a file-size limit: the write fails part-way (EFBIG instead of ENOSPC).
    func testAFullDiskLeavesThePreviousReportAndNoTemporaryFile() throws {
        let previous = "previous report"
        try previous.write(toFile: dir + "/r.json", atomically: true, encoding: .utf8)
        // 1 block of 512 bytes; the JSON report is larger. SIGXFSZ is ignored so write(2) returns an error instead of killing.
        let limited = ["/bin/sh", "-c", "ulimit -f 1; trap '' XFSZ; exec \"$0\" \"$@\""]
        let r = try run(["check", dir + "/c.claims", "--sources", dir + "/sources", "--format", "json", "--output", dir + "/r.json"], launcher: limited)
        XCTAssertEqual(r.status, 2, r.stderr)
        // The analysis cache is larger still: it cannot be saved either, which costs only time.
        let cacheFile = MatcherCachePath.file(home: home + "/cache", sources: dir + "/sources")
        // The cache is written on another thread, so its line comes last, before exiting.
        XCTAssertEqual(r.stderr.split(separator: "\n"), [
            "factcheck: \(dir)/r.json: cannot write report: File too large; the previous file (if any) is unchanged",
            "factcheck: \(cacheFile): cannot save the analysed corpus (File too large); the next start will analyse again",
        ])
        XCTAssertEqual(try String(contentsOfFile: dir + "/r.json", encoding: .utf8), previous)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir).sorted(), ["c.claims", "r.json", "sources"])
    }
}
