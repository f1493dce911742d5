import XCTest
@testable import FactCheckKit

/// Folders people did not write: each bad input gives one line naming the file, and the rest loads.
final class HostileInputTests: XCTestCase {
    private var dir = ""

    override func setUp() { dir = Fixtures.temporaryFolder() }
    override func tearDown() { try? FileManager.default.removeItem(atPath: dir) }

    private func write(_ name: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: dir + "/" + name))
    }

    func testUTF16WithByteOrderMarkIsRead() throws {
        try write("utf16.txt", [0xFF, 0xFE] + Array("Mallory was paid $25,000.".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let corpus = try Corpus.load(from: dir)
        XCTAssertEqual(corpus.documents.first?.sentences.first?.text, "Mallory was paid $25,000.")
        XCTAssertEqual(corpus.issues.map(\.description), ["\(dir)/utf16.txt: warning: decoded as UTF-16 (byte-order mark)"])
    }

    func testWindowsLineEndingsSplitLines() throws {
        try write("crlf.txt", Array("Title line\r\n\r\nMallory was paid $25,000 by agents.\r\nHe was arrested in June.\r\n".utf8))
        let doc = try XCTUnwrap(Corpus.load(from: dir).documents.first)
        XCTAssertEqual(doc.lines, ["Title line", "", "Mallory was paid $25,000 by agents.", "He was arrested in June.", ""])
        XCTAssertEqual(doc.sentences.map(\.text), ["Title line", "Mallory was paid $25,000 by agents.", "He was arrested in June."])
        XCTAssertEqual(doc.sentences.map(\.line), [1, 3, 4])
        XCTAssertEqual(doc.title, "Title line")
    }

    func testSymlinkLoopIsWalkedOnce() throws {
        try FileManager.default.createDirectory(atPath: dir + "/a", withIntermediateDirectories: true)
        try "One article.".write(toFile: dir + "/a/x.txt", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir + "/a/loop", withDestinationPath: dir)
        let corpus = try Corpus.load(from: dir)
        XCTAssertEqual(corpus.documents.map(\.id), ["x"])
    }

    func testAFileOverTheSizeLimitIsSkippedWithoutBeingRead() throws {
        let path = dir + "/huge.txt"
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 50 * 1024 * 1024) // sparse: 50 MB on paper, nothing to read
        try handle.close()
        try "Small one.".write(toFile: dir + "/small.txt", atomically: true, encoding: .utf8)
        let corpus = try Corpus.load(from: dir)
        XCTAssertEqual(corpus.documents.map(\.id), ["small"])
        XCTAssertEqual(corpus.issues.map(\.description), ["\(path): skipped: 50 MB is over the 10 MB limit for one article; split it"])
    }

    func testASingleFiveMegabyteLineLoadsAndIsNeverCited() throws {
        let line = String(repeating: "word ", count: 1_000_000)
        try (line + "\n\nMallory was paid $25,000.").write(toFile: dir + "/long.txt", atomically: true, encoding: .utf8)
        let start = Date()
        let matcher = ClaimMatcher(corpus: try Corpus.load(from: dir))
        let result = matcher.check("Mallory was paid $25,000")
        XCTAssertLessThan(Date().timeIntervalSince(start), 30, "bounded time")
        let doc = matcher.corpus.documents[0]
        XCTAssertEqual(doc.sentences.first?.noise, .overlong)
        XCTAssertEqual(result.sources[0].verdict, .agreement)
        XCTAssertEqual(result.sources[0].citations.map(\.line), [3])
    }

    func testAFileThatVanishesBetweenListingAndReadingIsOneLine() throws {
        try "Mallory was paid $25,000.".write(toFile: dir + "/stays.txt", atomically: true, encoding: .utf8)
        try "Gone soon.".write(toFile: dir + "/gone.txt", atomically: true, encoding: .utf8)
        // The loader lists a folder, then reads each file: delete one in between, as another program might.
        let listed = try SourceFileFinder.files(at: dir)
        try FileManager.default.removeItem(atPath: dir + "/gone.txt")
        var corpus = Corpus()
        corpus.add(files: listed.files)
        XCTAssertEqual(corpus.documents.map(\.id), ["stays"])
        XCTAssertEqual(corpus.issues.map(\.description), ["\(dir)/gone.txt: skipped: file vanished while loading"])
    }

    func testAnUnreadableFileIsOneLineAndTheRestLoads() throws {
        // Root reads any file regardless of mode; the CLI test runs this case as an unprivileged user instead.
        guard getuid() != 0 else { throw XCTSkip("running as root; covered by NoLostWorkTests.testAnUnreadableArticleAsAnUnprivilegedUser") }
        try "Mallory was paid $25,000.".write(toFile: dir + "/open.txt", atomically: true, encoding: .utf8)
        try "Secret.".write(toFile: dir + "/locked.txt", atomically: true, encoding: .utf8)
        chmod(dir + "/locked.txt", 0)
        let corpus = try Corpus.load(from: dir)
        XCTAssertEqual(corpus.documents.map(\.id), ["open"])
        XCTAssertEqual(corpus.issues.map(\.description), ["\(dir)/locked.txt: skipped: permission denied or unreadable"])
    }

    /// Bounds: 10,000 small files load, analyse and answer a claim; one binary file among them is one line.
    func testTenThousandFilesInOneFolder() throws {
        let syllables = ["ba", "ke", "li", "mo", "nu", "ra", "se", "ti", "vo", "zu"]
        func surname(_ i: Int) -> String { String(format: "%04d", i).map { syllables[Int(String($0))!] }.joined().capitalized }
        for i in 0..<10_000 {
            let text = "Report \(i)\n\nOfficer \(surname(i)) was paid $\(i + 1) by the agency in 2019.\n"
            try text.write(toFile: dir + String(format: "/a%05d.txt", i), atomically: false, encoding: .utf8)
        }
        try write("a05000-binary.txt", [0x00, 0x01, 0xFF, 0x00])
        let corpus = try Corpus.load(from: dir)
        XCTAssertEqual(corpus.documents.count, 10_000)
        XCTAssertEqual(corpus.issues.count, 1)
        XCTAssertTrue(corpus.issues[0].description.hasPrefix("\(dir)/a05000-binary.txt: skipped:"), corpus.issues[0].description)
        let result = ClaimMatcher(corpus: corpus).check("\(surname(7777)) was paid $7,778")
        let agreeing = result.sources.filter { $0.verdict == .agreement }
        XCTAssertEqual(agreeing.map(\.sourceID), ["a07777"])
        XCTAssertEqual(agreeing.first?.citations.map(\.line), [3])
        XCTAssertEqual(result.summary, .supported)
    }

    func testControlCharactersInArticlesNeverReachTheTerminalOrTheReport() throws {
        try "Mallory was paid $25,000 \u{1B}[2J\u{1B}]0;owned\u{07} in total.".write(toFile: dir + "/esc.txt", atomically: true, encoding: .utf8)
        let matcher = ClaimMatcher(corpus: try Corpus.load(from: dir))
        let text = TextRenderer().render(matcher.check("Mallory was paid $25,000"))
        XCTAssertTrue(text.contains("agreement"), text)
        XCTAssertFalse(text.contains("\u{1B}"))
        XCTAssertFalse(text.contains("\u{07}"))
        XCTAssertFalse(SourceListing.render(matcher.corpus, verbose: true).contains("\u{1B}"))
    }

    func testHostileClaims() {
        let matcher = Fixtures.matcher
        for claim in [String(repeating: "Mallory ", count: 12_500), "\u{1B}[31m Mallory was paid \u{07}", "“Mallory” — paid?! $25,000…", "\u{0}\u{1}\u{2} Lee"] {
            let result = matcher.check(claim)
            XCTAssertEqual(result.sources.count, 3)
        }
        XCTAssertNotNil(ClaimText.problem(String(repeating: "x", count: 100_000)), "a 100 KB claim is refused with a message")
        XCTAssertEqual(ClaimText.problem("!!! ??? ..."), "claim has no words")
        XCTAssertEqual(ClaimText.problem(""), "empty claim")
        XCTAssertEqual(ClaimText.problem(" \t \u{3000}"), "empty claim", "whitespace of any kind is no claim")
        // A blank row is skipped like a blank line; a row with a verdict but no claim is an error at its line.
        let csv = ClaimFileParser.parseCSV("claim,expect\n\"   \",\n\" \t\",supported\n\"Mallory was paid $25,000\",supported\n", file: "w.csv")
        XCTAssertEqual(csv.entries.map(\.text), ["Mallory was paid $25,000"])
        XCTAssertEqual(csv.errors.map(\.description), ["w.csv:3: empty claim"])
    }
}
