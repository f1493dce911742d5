import XCTest
@testable import FactCheckKit

final class ShellSessionTests: XCTestCase {
    private func session() -> ShellSession {
        ShellSession(corpus: Fixtures.seeds, sourcePaths: [Fixtures.sourcesPath], renderer: TextRenderer(colour: false, width: 100))
    }

    func testParsingLines() {
        XCTAssertEqual(ShellInput.parse("   "), .empty)
        XCTAssertEqual(ShellInput.parse("Mallory was paid"), .claim("Mallory was paid"))
        XCTAssertEqual(ShellInput.parse(":show 002:13"), .command(.show, ["002:13"]))
        XCTAssertEqual(ShellInput.parse(":q"), .command(.quit, []))
        XCTAssertEqual(ShellInput.parse(":REPORT md out.md"), .command(.report, ["md", "out.md"]))
        XCTAssertEqual(ShellInput.parse(":histroy"), .unknown(":histroy", suggestion: ":history"))
        XCTAssertEqual(ShellInput.parse(":zzzzzz"), .unknown(":zzzzzz", suggestion: nil))
    }

    func testCompletionCandidates() {
        let c = session().completer
        XCTAssertEqual(c.candidates(line: ":sh", word: ":sh"), [":show"])
        XCTAssertEqual(c.candidates(line: ":", word: ":").count, ShellCommandName.allCases.count)
        XCTAssertEqual(c.candidates(line: ":show 00", word: "00"), Fixtures.seeds.documents.map(\.id))
        XCTAssertEqual(c.candidates(line: ":show 001", word: "001"), ["001_acc0a76dd6db6269"])
        XCTAssertEqual(c.candidates(line: ":report j", word: "j"), ["json"])
        XCTAssertEqual(c.candidates(line: "Mal", word: "Mal"), ["Mallory"])
        XCTAssertEqual(c.candidates(line: "Did Shang", word: "Shang"), ["Shanghai"])
        XCTAssertEqual(c.candidates(line: "Mallory was paid by the mss", word: "mss"), [], "a complete name needs no completion")
        let paths = c.candidates(line: ":load " + Fixtures.repositoryRoot + "/Sources.", word: Fixtures.repositoryRoot + "/Sources.")
        XCTAssertEqual(paths, [Fixtures.repositoryRoot + "/Sources.d/"])
    }

    func testAClaimPrintsVerdictsCitationsReasonAndSummary() {
        let s = session()
        let out = s.handle("Mallory was paid $2,500")
        XCTAssertTrue(out.checkedClaim)
        XCTAssertTrue(out.text.contains("conflict  002  US Government Contractor Charged With Spying for China (2017-06-23)"), out.text)
        XCTAssertTrue(out.text.contains("002:13 “In total, Mallory was paid $25,000USD"), out.text)
        XCTAssertTrue(out.text.contains("conflict: $25,000USD ≠ $2,500"), out.text)
        XCTAssertTrue(out.text.hasSuffix("⇒ contradicted"), out.text)
        XCTAssertFalse(out.text.contains("\u{1B}"), "no colour when the renderer has none")
    }

    func testCommands() throws {
        let s = session()
        XCTAssertTrue(s.handle(":why").text.hasPrefix("no verdict yet"))
        _ = s.handle("Mallory was paid $25,000")
        XCTAssertTrue(s.handle(":why").text.contains("candidate 002:13 score 1.00 → agreement"))
        XCTAssertTrue(s.handle(":help").text.contains(":show SOURCE[:LINE]"))
        XCTAssertEqual(s.handle(":help why").text, ":why\n  explain the last verdict: candidates, scores, slots compared, hedges, polarity")
        XCTAssertTrue(s.handle(":sources").text.hasSuffix("3 sources, 104 sentences, 78 citable"))
        let shown = s.handle(":show 001:36").text
        XCTAssertTrue(shown.contains("  39 · The Missing Chapter"), shown)
        XCTAssertTrue(shown.contains("▶  36 · Subscribe to our newsletter"), shown)
        XCTAssertFalse(shown.contains("  40 "), shown)
        XCTAssertTrue(s.handle(":show 9").text.hasPrefix("no source matches 9"))
        XCTAssertEqual(s.handle(":history").text, "supported    Mallory was paid $25,000")
        XCTAssertTrue(s.handle(":quit").quit)
        XCTAssertEqual(s.handle(":report"), ShellSession.Output(text: "usage: :report FORMAT PATH  (formats: text, md, json, html)"))

        let dir = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        XCTAssertEqual(s.handle(":report json \(dir)/r.json").text, "wrote 1 claim to \(dir)/r.json")
        let json = try String(contentsOfFile: dir + "/r.json", encoding: .utf8)
        XCTAssertTrue(json.contains("\"text\": \"Mallory was paid $25,000\""))
        XCTAssertTrue(s.handle(":load /no/such/place").text.hasPrefix("/no/such/place: no such file"))
        try "Zed Quill was paid $9 by Acme Widgets.".write(toFile: dir + "/extra.txt", atomically: true, encoding: .utf8)
        XCTAssertEqual(s.handle(":load \(dir)/extra.txt").text, "loaded 1 source: extra")
        XCTAssertTrue(s.handle("Zed Quill was paid $9").text.contains("agreement extra"))
        XCTAssertTrue(s.handle(":reload").text.hasPrefix("reloaded 4 sources"))
    }

    /// `:show SOURCE:LINE` shows the whole sentence (wrapped, never cut with …), marks the line asked for, and
    /// reaches back to where a hard-wrapped sentence starts.
    func testShowGivesTheWholeSentenceMarkedWithContext() {
        let s = ShellSession(corpus: Fixtures.seeds, sourcePaths: [Fixtures.sourcesPath], renderer: TextRenderer(width: 60))
        let shown = s.handle(":show 001:18").text
        let line18 = Fixtures.seed("001").lines[17]
        XCTAssertGreaterThan(line18.count, 600)
        let lines = shown.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertTrue(lines.allSatisfy { $0.count <= 60 }, shown)
        let marked = lines.filter { $0.hasPrefix("▶") && !$0.hasPrefix("▶ line") }
        XCTAssertEqual(marked.count, 1, shown)
        XCTAssertTrue(marked[0].hasPrefix("▶  18 ▌ "), shown)
        // Every word of the line is there, in order, across the wrapped lines.
        let start = lines.firstIndex { $0.hasPrefix("▶  18") }!
        let body = lines[start...].prefix { $0.hasPrefix("▶  18") || $0.hasPrefix("        ") }.map { $0.dropFirst(8) }.joined(separator: " ")
        XCTAssertEqual(body.split(separator: " "), line18.split(separator: " "))
        for n in [15, 21] { XCTAssertTrue(lines.contains { $0.hasPrefix(String(format: " %4d", n)) }, "context line \(n): \(shown)") }
        XCTAssertFalse(lines.contains { $0.hasPrefix(String(format: " %4d", 22)) }, shown)

        // A hard-wrapped sentence over six lines (each long and without final punctuation, the next lower-case).
        let sentence = ["The committee said on Monday that the long report would be published in full",
                        "once the lawyers for every party had read it and agreed on what to remove from",
                        "the public version of the document, which could take several more weeks to do",
                        "because the lawyers are busy with the other cases that the court has on its list",
                        "and because the committee itself meets only once a month during the long summer",
                        "recess."]
        let wrapped = Fixtures.document("Title\n\n" + sentence.joined(separator: "\n") + "\n", id: "mail")
        XCTAssertEqual(wrapped.sentences.last?.line, 3, "one sentence from line 3")
        let m = ShellSession(corpus: Corpus(documents: [wrapped]), sourcePaths: [], renderer: TextRenderer(width: 100))
        let mail = m.handle(":show mail:8").text
        XCTAssertTrue(mail.contains("   3 ▌ The committee said on Monday"), "the sentence's first line, five lines above: \(mail)")
        XCTAssertTrue(mail.contains("▶   8 ▌ recess."), mail)
        XCTAssertTrue(m.handle(":show mail:99").text.contains("has lines 1 to"))
    }

    func testSourcesColumnsLineUpWithLongIDs() {
        let docs = ["a_short", "a-much-longer-source-identifier_2021", "mid_size_id"].map { Fixtures.document("Title of \($0)\n\nMallory was paid.\n", id: $0) }
        let listing = SourceListing.render(Corpus(documents: docs), verbose: false)
        let rows = listing.split(separator: "\n").dropLast()
        XCTAssertEqual(rows.count, 3)
        let titleColumns = Set(rows.map { row in row.distance(from: row.startIndex, to: row.range(of: "Title of")!.lowerBound) })
        XCTAssertEqual(titleColumns.count, 1, listing)
        let countColumns = Set(rows.map { row in row.distance(from: row.startIndex, to: row.range(of: "sentences,")!.lowerBound) })
        XCTAssertEqual(countColumns.count, 1, listing)
    }

    /// The terminal sets the width before each command: a resized window rewraps the next output.
    func testWidthCanChangeBetweenCommands() {
        let s = session()
        s.width = 140
        XCTAssertTrue(s.handle(":show 000:9").text.split(separator: "\n").contains { $0.count > 100 })
        s.width = 60
        XCTAssertTrue(s.handle(":show 000:9").text.split(separator: "\n").allSatisfy { $0.count <= 60 })
    }

    func testAMissingClaimFileHasNoLineNumber() {
        XCTAssertEqual(session().handle(":check /no/such/nope.claims").text, "/no/such/nope.claims: no such file or folder")
    }

    func testCompletingAFolderLeavesTheWordOpen() {
        XCTAssertTrue(Completer.continues(["Claims/"]))
        XCTAssertFalse(Completer.continues(["Claims/mallory.claims"]))
        XCTAssertFalse(Completer.continues(["Claims/", "Claimsx/"]))
    }

    func testReloadGoesThroughTheCacheAndSeesEdits() throws {
        let dir = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/src", withIntermediateDirectories: true)
        try "Zed Quill was paid $9 by Acme Widgets.".write(toFile: dir + "/src/a.txt", atomically: true, encoding: .utf8)
        let cache = MatcherCache(directory: dir + "/cache")
        let s = ShellSession(matcher: try cache.load(sources: dir + "/src").matcher, sourcePaths: [dir + "/src"], renderer: TextRenderer(colour: false, width: 100))
        s.cache = cache
        XCTAssertEqual(s.handle(":reload").text, "reloaded 1 sources, 1 sentences (unchanged; analysis reused)")
        try "Zed Quill was paid $10 by Acme Widgets.".write(toFile: dir + "/src/a.txt", atomically: true, encoding: .utf8)
        XCTAssertEqual(s.handle(":reload").text, "reloaded 1 sources, 1 sentences")
        XCTAssertTrue(s.handle("Zed Quill was paid $9").text.contains("conflict: $10 ≠ $9"))
        XCTAssertEqual(try cache.load(sources: dir + "/src").outcome, .reused, "the reload saved the new analysis")
    }

    func testCheckFileInTheShellStopsWhenInterrupted() throws {
        let s = session()
        let file = Fixtures.repositoryRoot + "/Claims/mallory.claims"
        var polls = 0
        let out = s.handle(":check \(file)", shouldStop: { polls += 1; return polls > 3 })
        XCTAssertTrue(out.text.hasPrefix("interrupted after 3 of "), out.text)
        let full = s.handle(":check \(file)")
        XCTAssertTrue(full.text.contains("expectations: "), String(full.text.suffix(300)))
        XCTAssertTrue(full.text.contains(" met, 0 failed"), String(full.text.suffix(300)))
    }

    func testWrappingNeverCutsAWord() {
        let r = TextRenderer(colour: false, width: 40)
        let lines = r.wrap("one two three four five six seven eight nine ten eleven twelve", indent: 4)
        XCTAssertTrue(lines.allSatisfy { $0.count <= 40 }, "\(lines)")
        XCTAssertEqual(lines.joined(separator: " ").split(separator: " ").joined(separator: " "), "one two three four five six seven eight nine ten eleven twelve")
    }

    func testColourOnlyWhenAsked() {
        let result = Fixtures.matcher.check("Mallory was paid $2,500")
        XCTAssertTrue(TextRenderer(colour: true).render(result).contains("\u{1B}[31mconflict"))
        XCTAssertFalse(TextRenderer(colour: false).render(result).contains("\u{1B}"))
    }

    func testControlCharactersInClaimsAreShownNotSent() {
        let s = session()
        XCTAssertFalse(s.handle(":\u{1B}[2Jx").text.contains("\u{1B}"))
        XCTAssertEqual(TextSafety.visible("a\u{1B}[31mb\u{07}"), "a␛[31mb␇")
    }
}
