import XCTest
@testable import FactCheckKit

/// The analysed corpus on disk: reused only when nothing changed, rebuilt otherwise, never trusted when damaged.
final class MatcherCacheTests: XCTestCase {
    private var dir = ""
    private var sources: String { dir + "/sources" }
    private var cache: MatcherCache { MatcherCache(directory: dir + "/cache") }

    override func setUpWithError() throws {
        dir = Fixtures.temporaryFolder()
        try FileManager.default.createDirectory(atPath: sources, withIntermediateDirectories: true)
        for doc in Fixtures.seeds.documents {
            try FileManager.default.copyItem(atPath: doc.path, toPath: sources + "/" + (doc.path as NSString).lastPathComponent)
        }
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: dir) }

    private var claims: [String] {
        ClaimFileParser.parse(file: Fixtures.repositoryRoot + "/Claims/mallory.claims").entries.map(\.text)
            + ClaimFileParser.parse(file: Fixtures.repositoryRoot + "/Claims/paraphrases.claims").entries.map(\.text)
    }

    func testASecondLoadReusesTheAnalysisAndAnswersExactlyAsAFreshOne() throws {
        let first = try cache.load(sources: sources)
        XCTAssertEqual(first.outcome, .built(reason: "no saved analysis yet"))
        XCTAssertNil(first.warning)
        let second = try cache.load(sources: sources)
        XCTAssertEqual(second.outcome, .reused)
        let fresh = ClaimMatcher(corpus: try Corpus.load(from: sources))
        XCTAssertEqual(second.matcher.corpus.documents, fresh.corpus.documents)
        XCTAssertEqual(second.matcher.entityNames, fresh.entityNames)
        XCTAssertGreaterThan(claims.count, 200)
        for claim in claims {
            XCTAssertEqual(second.matcher.check(claim), fresh.check(claim), claim)
        }
    }

    func testTheCacheIsReadableOnlyByItsOwner() throws {
        _ = try cache.load(sources: sources)
        let file = try FileManager.default.attributesOfItem(atPath: cache.file(for: sources))
        XCTAssertEqual((file[.posixPermissions] as? NSNumber)?.intValue, 0o600, "it holds the articles' text")
        let folder = try FileManager.default.attributesOfItem(atPath: cache.directory)
        XCTAssertEqual((folder[.posixPermissions] as? NSNumber)?.intValue, 0o700)
    }

    func testSavingCanBeLeftToTheCaller() throws {
        let loaded = try cache.load(sources: sources, savingLater: true)
        XCTAssertEqual(loaded.outcome, .built(reason: "no saved analysis yet"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: cache.file(for: sources)), "nothing written yet")
        let save = try XCTUnwrap(loaded.pendingSave)
        XCTAssertNil(save.run())
        let again = try cache.load(sources: sources, savingLater: true)
        XCTAssertEqual(again.outcome, .reused)
        XCTAssertNil(again.pendingSave, "nothing to save when nothing changed")
    }

    func testAnEditedArticleIsAnalysedAgain() throws {
        _ = try cache.load(sources: sources)
        let path = sources + "/002_6577e5e06abfb62b.txt"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "$25,000", with: "$50,000").write(toFile: path, atomically: true, encoding: .utf8)
        let again = try cache.load(sources: sources)
        XCTAssertEqual(again.outcome, .built(reason: "1 article changed"))
        let verdict = again.matcher.check("Mallory was paid $25,000").sources.first { $0.sourceID.hasPrefix("002") }
        XCTAssertEqual(verdict?.verdict, .conflict, "the edited text is what is checked")
        XCTAssertEqual(try cache.load(sources: sources).outcome, .reused)
    }

    func testATouchedButUnchangedArticleIsReusedByItsHash() throws {
        _ = try cache.load(sources: sources)
        let path = sources + "/000_030b1a8708c7af75.txt"
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 3600)], ofItemAtPath: path)
        XCTAssertEqual(try cache.load(sources: sources).outcome, .reused)
    }

    func testSameSizeNewContentAndNewTimeIsAnalysedAgain() throws {
        _ = try cache.load(sources: sources)
        let path = sources + "/000_030b1a8708c7af75.txt"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        // One digit for another: the size stays, the content and modification time change.
        try text.replacingOccurrences(of: "2017", with: "2018").write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: path)
        XCTAssertEqual(try cache.load(sources: sources).outcome, .built(reason: "1 article changed"))
    }

    func testAnAddedArticleIsAnalysedAgain() throws {
        _ = try cache.load(sources: sources)
        try "Lee was paid $1 by nobody.".write(toFile: sources + "/zzz.txt", atomically: true, encoding: .utf8)
        let again = try cache.load(sources: sources)
        XCTAssertEqual(again.outcome, .built(reason: "articles added or removed"))
        XCTAssertEqual(again.matcher.corpus.documents.last?.id, "zzz")
    }

    func testADamagedCacheIsRebuiltNeverTrusted() throws {
        _ = try cache.load(sources: sources)
        let file = cache.file(for: sources)
        let good = try Data(contentsOf: URL(fileURLWithPath: file))
        var flipped = good
        flipped[good.count - 10] ^= 0x04 // one bit in the index postings: still parses, the checksum tells
        for damaged in [good.prefix(good.count / 2), good.prefix(3), Data(good.reversed()), good + Data([1, 2, 3]), Data(), flipped] {
            try damaged.write(to: URL(fileURLWithPath: file))
            let loaded = try cache.load(sources: sources)
            XCTAssertEqual(loaded.outcome, .built(reason: "saved analysis unreadable"))
            XCTAssertEqual(loaded.matcher.corpus.documents.count, 3)
            XCTAssertEqual(try cache.load(sources: sources).outcome, .reused, "rewritten whole")
        }
    }

    func testLoadIssuesComeBackWithTheCachedCorpus() throws {
        try Data([0x4C, 0x65, 0x65, 0x20, 0xE9, 0x74, 0xE9, 0x2E]).write(to: URL(fileURLWithPath: sources + "/latin1.txt"))
        try Data([0, 1, 2, 0]).write(to: URL(fileURLWithPath: sources + "/binary.txt"))
        try "notes".write(toFile: sources + "/notes.pdf", atomically: true, encoding: .utf8)
        let first = try cache.load(sources: sources)
        let second = try cache.load(sources: sources)
        XCTAssertEqual(second.outcome, .reused)
        XCTAssertEqual(second.matcher.corpus.issues, first.matcher.corpus.issues)
        XCTAssertEqual(second.matcher.corpus.issues, try Corpus.load(from: sources).issues)
        XCTAssertEqual(second.matcher.corpus.issues.count, 3)
    }

    func testAnUnwritableCacheIsAWarningAndTheMatcherStillWorks() throws {
        // A file where the cache folder should be: creating the folder fails even for root.
        try "in the way".write(toFile: dir + "/blocked", atomically: true, encoding: .utf8)
        let loaded = try MatcherCache(directory: dir + "/blocked").load(sources: sources)
        XCTAssertEqual(loaded.matcher.check("Mallory was paid $25,000").summary, .supported)
        XCTAssertTrue(loaded.warning?.hasPrefix("\(dir)/blocked: cannot create the cache folder") == true, loaded.warning ?? "no warning")
    }

    func testAMissingFolderIsTheSameErrorAsWithoutACache() {
        XCTAssertThrowsError(try cache.load(sources: dir + "/absent")) { error in
            XCTAssertEqual(error as? LoadError, .missing(dir + "/absent"))
        }
    }
}
