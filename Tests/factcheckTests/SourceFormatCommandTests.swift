import FixtureWriters
import XCTest

/// Web pages and PDFs through the command line: `extract` shows what is read, `check` reports on them.
final class SourceFormatCommandTests: CLITestCase {
    private func folder() throws -> String {
        let dir = home + "/sources"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try Data(PDFWriter.filing().bytes()).write(to: URL(fileURLWithPath: dir + "/filing.pdf"))
        try """
        <html><head><title>Bridge opens</title><meta property="article:published_time" content="2026-05-12"></head><body>
        <nav><a href="/">Home</a> <a href="/local">Local news</a></nav>
        <article><p>The new bridge over the river Test opened to traffic on Monday, two years after work began.</p>
        <p>The bridge cost 12 million euros, which the county paid from its road budget, the council's engineer said.</p></article>
        <footer>© 2026 Example Gazette</footer></body></html>
        """.write(toFile: dir + "/bridge.html", atomically: true, encoding: .utf8)
        return dir
    }

    func testExtractPrintsTheTextCitationsPointInto() throws {
        let dir = try folder()
        let page = try run(["extract", dir + "/bridge.html"])
        XCTAssertEqual(page.status, 0, page.stderr)
        XCTAssertEqual(page.stdout, """
        ---
        title: Bridge opens
        published: 2026-05-12
        ---
        The new bridge over the river Test opened to traffic on Monday, two years after work began.
        The bridge cost 12 million euros, which the county paid from its road budget, the council's engineer said.

        """)
        let verbose = try run(["extract", "-v", dir + "/bridge.html"])
        XCTAssertTrue(verbose.stdout.contains("[navigation] site navigation or menu: Home"), verbose.stdout)
        XCTAssertTrue(verbose.stdout.contains("[page-footer] page footer: © 2026 Example Gazette"), verbose.stdout)

        let pdf = try run(["extract", dir + "/filing.pdf"])
        XCTAssertEqual(pdf.status, 0, pdf.stderr)
        let lines = pdf.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let page2 = try XCTUnwrap(lines.firstIndex(of: "--- p.2 ---"))
        XCTAssertEqual(lines[page2 + 1], "The court sentenced him to")
        XCTAssertFalse(pdf.stdout.contains("Page 1 of 3"))
    }

    func testBadFilesAreOneLineAndExitTwo() throws {
        let dir = try folder()
        var locked = PDFWriter.filing()
        locked.encrypted = true
        try Data(locked.bytes()).write(to: URL(fileURLWithPath: dir + "/locked.pdf"))
        let bad = try run(["extract", dir + "/locked.pdf"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertEqual(bad.stdout, "")
        XCTAssertEqual(bad.stderr, "factcheck: \(dir)/locked.pdf: skipped: encrypted PDF: it needs a password; save an unlocked copy (e.g. qpdf --decrypt) and add that\n")
        XCTAssertEqual(try run(["extract", dir + "/missing.html"]).status, 2)
    }

    func testCheckOverPagesAndPDFsWritesEveryFormat() throws {
        let dir = try folder()
        try "The court sentenced him to twenty years in prison => filing: agreement@14\nThe bridge cost 12 million euros => bridge: agreement\n".write(toFile: home + "/t.claims", atomically: true, encoding: .utf8)
        for format in ["text", "md", "json", "html"] {
            let out = home + "/report." + format
            let r = try run(["check", home + "/t.claims", "--sources", dir, "--format", format, "--output", out, "--verifier", "rules"])
            XCTAssertEqual(r.status, 0, r.stderr)
            let report = try String(contentsOfFile: out, encoding: .utf8)
            XCTAssertTrue(report.contains("p.2:1"), format)
            XCTAssertTrue(report.contains("12 million euros"), format)
        }
    }
}
