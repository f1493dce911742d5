import FixtureWriters
import XCTest
@testable import FactCheckKit

/// Web pages and PDFs in a sources folder: read as articles, checked, cited by line (and page), cached.
final class SourceFormatTests: XCTestCase {
    private var dir = ""

    static let page = """
    <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
    <title>Bridge opens | Example Gazette</title>
    <meta property="og:title" content="New river bridge opens after two years of work">
    <meta property="article:published_time" content="2026-05-12T08:00:00Z">
    <meta name="author" content="Priya Nair"><meta property="og:site_name" content="Example Gazette">
    <link rel="canonical" href="https://gazette.example/bridge-opens">
    </head><body>
    <nav><a href="/">Home</a> <a href="/local">Local</a> <a href="/sport">Sport</a></nav>
    <div class="share-tools">Share on Facebook · Share on X · Email this story to a friend</div>
    <article><h1>New river bridge opens after two years of work</h1>
    <p>The new bridge over the river Test opened to traffic on Monday, two years after work began in the spring of 2024.</p>
    <p>The bridge cost 12 million euros, which the county paid from its road budget, according to the council's engineer.</p>
    <p>About 9,000 vehicles a day are expected to cross it, easing queues in the town centre at rush hour.</p>
    <p>Read more: Council approves new cycle lanes on the ring road</p>
    </article>
    <aside><p>Most read this week: a fox in the library, the summer fair and the football results.</p></aside>
    <footer>© 2026 Example Gazette. All rights reserved.</footer>
    </body></html>
    """

    override func setUpWithError() throws {
        dir = Fixtures.temporaryFolder()
        try Self.page.write(toFile: dir + "/bridge.html", atomically: true, encoding: .utf8)
        try Data(PDFWriter.filing().bytes()).write(to: URL(fileURLWithPath: dir + "/filing.pdf"))
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: dir) }

    func testAWebPageIsReadAsItsArticleWithItsMetadata() throws {
        let corpus = try Corpus.load(from: dir)
        let page = try XCTUnwrap(corpus.document(matching: "bridge"))
        XCTAssertEqual(page.format, .html)
        XCTAssertEqual(page.title, "New river bridge opens after two years of work")
        XCTAssertEqual(page.published, CalendarDate(year: 2026, month: 5, day: 12))
        XCTAssertEqual(page.author, "Priya Nair")
        XCTAssertEqual(page.outlet, "Example Gazette")
        XCTAssertEqual(page.url, "https://gazette.example/bridge-opens")
        let text = page.citableSentences.map(\.text).joined(separator: " ")
        XCTAssertTrue(text.contains("The bridge cost 12 million euros"))
        for furniture in ["Home", "Share on Facebook", "Most read", "Read more", "All rights reserved"] {
            XCTAssertFalse(text.contains(furniture), furniture)
        }
        XCTAssertEqual(page.setAside.first(where: { $0.text.hasPrefix("Read more:") })?.reason, .text(.relatedLinks))
        XCTAssertEqual(page.setAside.first(where: { $0.text.contains("Share on Facebook") })?.reason, .structure(.shareBar))
    }

    func testAClaimAgainstAWebPageCitesTheExtractedLineAndATextFragment() throws {
        let corpus = try Corpus.load(from: dir)
        let result = ClaimMatcher(corpus: corpus, options: CheckOptions(verifier: .rules)).check("The bridge cost 12 million euros")
        let verdict = try XCTUnwrap(result.sources.first(where: { $0.sourceID == "bridge" }))
        XCTAssertEqual(verdict.verdict, .agreement)
        let cite = try XCTUnwrap(verdict.citations.first)
        let page = try XCTUnwrap(corpus.document(matching: "bridge"))
        XCTAssertTrue(page.contains(quote: cite.sentence, line: cite.line, column: cite.column))
        XCTAssertTrue(cite.sentence.hasPrefix("The bridge cost 12 million euros"))
        // `factcheck extract` prints the same text, so the cited line is that line of its output.
        let extracted = try SourceExtract.read(path: dir + "/bridge.html").get()
        XCTAssertTrue(extracted.text.components(separatedBy: "\n")[cite.line - 1].hasPrefix(cite.sentence))
        XCTAssertEqual(page.textFragment(for: cite.sentence), "#:~:text=The%20bridge%20cost%2012,to%20the%20council%27s%20engineer.")
    }

    func testAClaimAgainstAPDFCitesPageAndLine() throws {
        let corpus = try Corpus.load(from: dir)
        let matcher = ClaimMatcher(corpus: corpus, options: CheckOptions(verifier: .rules))
        let filing = try XCTUnwrap(corpus.document(matching: "filing"))
        XCTAssertEqual(filing.format, .pdf)
        XCTAssertEqual(filing.title, "Sentencing memorandum")
        // The sentence starts on the first line of page 2's text, below the running header.
        let sentenced = try XCTUnwrap(matcher.check("The court sentenced him to twenty years in prison").sources.first(where: { $0.sourceID == "filing" }))
        XCTAssertEqual(sentenced.verdict, .agreement, sentenced.reason)
        let cite = try XCTUnwrap(sentenced.citations.first)
        XCTAssertEqual(filing.locator(line: cite.line), "p.2:1")
        XCTAssertTrue(filing.lines[cite.line - 1].hasPrefix("The court sentenced him to"))
        // And a conflict names its page too: the filing says 2017, spread over three lines of page 1.
        let arrested = try XCTUnwrap(matcher.check("The defendant was arrested in 2019").sources.first(where: { $0.sourceID == "filing" }))
        XCTAssertEqual(arrested.verdict, .conflict)
        XCTAssertEqual(arrested.citations.first.map { filing.locator(line: $0.line) }, "p.1:1")
        XCTAssertEqual(filing.setAside.filter { $0.reason == .structure(.pageNumber) }.map(\.page), [1, 2, 3])
    }

    func testTheCacheKeepsWhatWasExtracted() throws {
        let cache = MatcherCache(directory: dir + "-cache")
        defer { try? FileManager.default.removeItem(atPath: dir + "-cache") }
        _ = try cache.load(sources: dir)
        let again = try cache.load(sources: dir)
        XCTAssertEqual(again.outcome, .reused)
        XCTAssertEqual(again.matcher.corpus.documents, try Corpus.load(from: dir).documents)
    }

    /// Each bad file is one line naming it and what to do; the rest of the folder loads.
    func testBadPagesAndPDFsAreOneLineEachAndTheRestLoads() throws {
        try Data(PDFWriter(pages: [PDFWriter.Page(isScanned: true)]).bytes()).write(to: URL(fileURLWithPath: dir + "/scan.pdf"))
        var locked = PDFWriter.filing()
        locked.encrypted = true
        try Data(locked.bytes()).write(to: URL(fileURLWithPath: dir + "/locked.pdf"))
        try Data(PDFWriter.filing(scannedPage: 2).bytes()).write(to: URL(fileURLWithPath: dir + "/partly-scanned.pdf"))
        try "<html><body><nav><a href='/'>Home</a></nav></body></html>".write(toFile: dir + "/empty.html", atomically: true, encoding: .utf8)
        // Over the size limit: a sparse file, so the test writes almost nothing.
        FileManager.default.createFile(atPath: dir + "/huge.html", contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: dir + "/huge.html"))
        try handle.truncate(atOffset: 50 * 1024 * 1024)
        try handle.close()

        let corpus = try Corpus.load(from: dir)
        XCTAssertEqual(corpus.documents.map(\.id), ["bridge", "filing", "partly-scanned"])
        let lines = corpus.issues.map(\.description)
        XCTAssertTrue(lines.contains(dir + "/scan.pdf: skipped: no text layer (a scanned PDF): run OCR first (e.g. ocrmypdf) and add the result"), "\(lines)")
        XCTAssertTrue(lines.contains(dir + "/locked.pdf: skipped: encrypted PDF: it needs a password; save an unlocked copy (e.g. qpdf --decrypt) and add that"), "\(lines)")
        XCTAssertTrue(lines.contains(dir + "/partly-scanned.pdf: warning: p.2: no text layer (a scanned page?): not read; run OCR to include it"), "\(lines)")
        XCTAssertTrue(lines.contains(dir + "/empty.html: skipped: no article text found in the page; copy the article into a .txt file"), "\(lines)")
        XCTAssertTrue(lines.contains(dir + "/huge.html: skipped: 50 MB is over the 20 MB limit for one file of this kind; save the page as \"HTML only\" (without media) or copy the article into a .txt file"), "\(lines)")
        XCTAssertTrue(lines.allSatisfy { !$0.contains("\n") })
    }

    /// The same furniture pasted into a text file is not citable either.
    func testRealPageNoiseInPastedText() throws {
        let doc = Fixtures.document("""
        The agency said the satellite reached orbit on Friday after a delay of two days.
        Read more: Why satellites are getting smaller and cheaper to launch
        1.2k Shares
        Shares
        The launch was the company's fourth this year, a spokeswoman said.
        We welcome comments that follow our community guidelines; comments are moderated.
        Nature 574, 16-17 (2019)
        doi:10.1038/d41586-019-02900-1
        © Thomson Reuters 2020
        Sorry, but your browser needs Javascript to use this site.
        """)
        let kinds = Dictionary(uniqueKeysWithValues: doc.sentences.map { ($0.line, $0.noise) })
        XCTAssertNil(kinds[1] ?? nil)
        XCTAssertEqual(kinds[2], .relatedLinks)
        XCTAssertEqual(kinds[3], .socialPrompt)
        XCTAssertEqual(kinds[4], .socialPrompt)
        XCTAssertNil(kinds[5] ?? nil)
        XCTAssertEqual(kinds[6], .socialPrompt)
        XCTAssertEqual(kinds[7], .citationLine)
        XCTAssertEqual(kinds[8], .citationLine)
        XCTAssertEqual(kinds[9], .copyright)
        XCTAssertEqual(kinds[10], .siteNotice)
    }
}

/// Every report format names a PDF citation's page and links a web page's citation to its sentence.
final class SourceFormatReportTests: XCTestCase {
    func testReportsCiteWebPagesAndPDFsWhereAReaderFindsThem() throws {
        let dir = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try SourceFormatTests.page.write(toFile: dir + "/bridge.html", atomically: true, encoding: .utf8)
        try Data(PDFWriter.filing().bytes()).write(to: URL(fileURLWithPath: dir + "/filing.pdf"))
        let corpus = try Corpus.load(from: dir)
        let run = CheckRun(matcher: ClaimMatcher(corpus: corpus, options: CheckOptions(verifier: .rules)))
        let claims = ["The bridge cost 12 million euros", "The court sentenced him to twenty years in prison"]
        let report = try Report(corpus: corpus, claims: claims.enumerated().map {
            try run.check(ClaimEntry(text: $0.element, file: "t.claims", line: $0.offset + 1, expectation: nil)).get()
        })
        let names = SourceNames(corpus)
        let pdfPlace = names.short("filing") + ":p.2:1"
        let htmlPlace = names.short("bridge") + ":"

        let text = report.render(.text)
        XCTAssertTrue(text.contains(pdfPlace + " “The court sentenced him to twenty years in prison.”"), text)
        XCTAssertTrue(text.contains("p.2:14 is line 14 of page 2's text"), text)

        let markdown = report.render(.md)
        XCTAssertTrue(markdown.contains("[\(pdfPlace)](\(dir)/filing.pdf#page=2)"), markdown)
        XCTAssertTrue(markdown.contains("(\(dir)/bridge.html#:~:text=The%20bridge%20cost%2012,to%20the%20council%27s%20engineer.)"), markdown)

        let html = report.render(.html)
        XCTAssertTrue(html.contains("<a href=\"file://\(dir)/bridge.html#:~:text=The%20bridge%20cost%2012,to%20the%20council%27s%20engineer.\""), html)
        XCTAssertTrue(html.contains(">\(htmlPlace)"), html)
        XCTAssertTrue(html.contains(pdfPlace + ":1</div>"), html)

        let json = try JSONSerialization.jsonObject(with: Data(report.render(.json).utf8)) as! [String: Any]
        let sources = (json["corpus"] as! [String: Any])["sources"] as! [[String: Any]]
        XCTAssertEqual(Set(sources.map { $0["format"] as! String }), ["html", "pdf"])
        let second = (json["claims"] as! [[String: Any]])[1]["sources"] as! [[String: Any]]
        let filing = try XCTUnwrap(second.first { $0["source"] as? String == "filing" })
        XCTAssertEqual((filing["citations"] as! [[String: Any]]).first?["place"] as? String, "p.2:1")

        let listing = SourceListing.render(corpus, verbose: true)
        XCTAssertTrue(listing.contains("filing:p.1  [page-number] page number: Page 1 of 3"), listing)
        XCTAssertTrue(listing.contains("bridge:page  [share-bar] share or follow buttons: Share on Facebook"), listing)
    }
}

/// The shell over a folder of web pages and PDFs: checks cite pages, `:show` takes a PDF's page and line.
final class SourceFormatShellTests: XCTestCase {
    func testTheShellShowsAPDFByPageAndLine() throws {
        let dir = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try SourceFormatTests.page.write(toFile: dir + "/bridge.html", atomically: true, encoding: .utf8)
        try Data(PDFWriter.filing().bytes()).write(to: URL(fileURLWithPath: dir + "/filing.pdf"))
        let corpus = try Corpus.load(from: dir)
        let shell = ShellSession(corpus: corpus, sourcePaths: [dir], renderer: TextRenderer(colour: false, width: 100))
        let short = SourceNames(corpus).short("filing")
        let checked = shell.handle("The court sentenced him to twenty years in prison").text
        XCTAssertTrue(checked.contains("\(short):p.2:1 “The court sentenced him to twenty years in prison.”"), checked)
        let shown = shell.handle(":show filing:p.2:2").text
        XCTAssertTrue(shown.contains("▶   p.2:2 ▌ twenty years in prison. The"), shown)
        XCTAssertTrue(shown.contains("\n    p.2:1 ▌ The court sentenced him to"), shown)
        XCTAssertTrue(shown.contains("▶ line p.2:2"), shown)
        XCTAssertTrue(shell.handle(":show filing:p.9:1").text.contains("has pages 1 to 3"))
    }
}

/// A draft checked against a PDF cites its page and line too, as the claim reports do.
final class SourceFormatDraftTests: XCTestCase {
    func testADraftCitesAPDFByPageAndLine() throws {
        let dir = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data(PDFWriter.filing().bytes()).write(to: URL(fileURLWithPath: dir + "/filing.pdf"))
        let corpus = try Corpus.load(from: dir)
        let draft = Draft(text: "The court sentenced him to twenty years in prison.\n", path: "draft.md")
        let result = DraftChecker(matcher: ClaimMatcher(corpus: corpus, options: CheckOptions(verifier: .rules))).check(draft)
        let short = SourceNames(corpus).short("filing")
        XCTAssertTrue(try DraftReport(result).render(.md).contains("[\(short):p.2:1]("))
        XCTAssertTrue(try DraftReport(result).render(.html).contains("\(short):p.2:1:1 · Sentencing memorandum"))
    }
}
