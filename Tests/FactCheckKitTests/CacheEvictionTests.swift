import XCTest
@testable import FactCheckKit

/// The cache folder stays bounded: files for folders that are gone are dropped, then the least recently used.
final class CacheEvictionTests: XCTestCase {
    private func entry(_ name: String, mib: Int64, ageDays: Double, sources: String? = "/here") -> CacheEviction.Entry {
        .init(file: name, bytes: mib << 20, lastUsed: Date(timeIntervalSinceNow: -ageDays * 86_400), sources: sources)
    }

    func testFilesForFoldersThatAreGoneGoFirstThenTheLeastRecentlyUsed() {
        let entries = [entry("old", mib: 400, ageDays: 9), entry("gone", mib: 1, ageDays: 0, sources: "/gone"),
                       entry("recent", mib: 400, ageDays: 1), entry("new", mib: 400, ageDays: 0), entry("other-format", mib: 1, ageDays: 5, sources: nil)]
        let victims = CacheEviction.victims(entries, limit: 1 << 30, keep: "new") { $0 != "/gone" }
        XCTAssertEqual(victims, ["gone", "old"])
    }

    func testTheFileJustWrittenIsKeptEvenAloneOverTheLimit() {
        let entries = [entry("big", mib: 50, ageDays: 9), entry("a", mib: 1, ageDays: 3)]
        XCTAssertEqual(CacheEviction.victims(entries, limit: 10 << 20, keep: "big") { _ in true }, ["a"])
    }

    func testTheLimitComesFromTheEnvironment() {
        XCTAssertEqual(MatcherCache.limit(environment: [:]).bytes, 1 << 30)
        XCTAssertEqual(MatcherCache.limit(environment: ["FACTCHECK_CACHE_MAX_MIB": "64"]).bytes, 64 << 20)
        let bad = MatcherCache.limit(environment: ["FACTCHECK_CACHE_MAX_MIB": "1GB"])
        XCTAssertEqual(bad.bytes, 1 << 30)
        XCTAssertEqual(bad.problem, "FACTCHECK_CACHE_MAX_MIB=1GB is not a whole number of MiB; the cache is kept under 1024 MiB")
    }

    /// On disk: three sources folders cached under a limit that holds two; one folder deleted; each write prunes.
    func testWritesPruneTheFolderOnDisk() throws {
        let dir = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var folders: [String] = []
        for name in ["a", "b", "c"] {
            let folder = dir + "/" + name
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try String(repeating: "Kevin Mallory of \(name) was paid $25,000 by agents in Shanghai. ", count: 200)
                .write(toFile: folder + "/story.txt", atomically: true, encoding: .utf8)
            folders.append(folder)
        }
        let unbounded = MatcherCache(directory: dir + "/cache")
        _ = try unbounded.load(sources: folders[0])
        let size = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: unbounded.file(for: folders[0]))[.size] as? NSNumber).int64Value
        let cache = MatcherCache(directory: dir + "/cache", limitBytes: 2 * size + size / 2)
        func cached() -> Set<String> { Set(folders.filter { FileManager.default.fileExists(atPath: cache.file(for: $0)) }.map { ($0 as NSString).lastPathComponent }) }
        // Used longer ago than anything written next.
        utimensat(AT_FDCWD, cache.file(for: folders[0]), [timespec(tv_sec: 1_000_000, tv_nsec: 0), timespec(tv_sec: 1_000_000, tv_nsec: 0)], 0)
        _ = try cache.load(sources: folders[1])
        XCTAssertEqual(cached(), ["a", "b"])
        // Reusing a refreshes it, so b is now the least recently used.
        Thread.sleep(forTimeInterval: 0.05)
        XCTAssertEqual(try cache.load(sources: folders[0]).outcome, .reused)
        Thread.sleep(forTimeInterval: 0.05)
        _ = try cache.load(sources: folders[2])
        XCTAssertEqual(cached(), ["a", "c"])
        // A folder that no longer exists loses its file at the next write.
        try FileManager.default.removeItem(atPath: folders[2])
        _ = try cache.load(sources: folders[1])
        XCTAssertEqual(cached(), ["a", "b"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: cache.file(for: folders[2])))
    }
}
