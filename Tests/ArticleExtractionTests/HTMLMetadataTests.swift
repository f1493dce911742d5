import XCTest
@testable import ArticleExtraction

final class HTMLMetadataTests: XCTestCase {
    func metadata(_ head: String, body: String = "") throws -> ArticleMetadata {
        try HTMLExtractor.extract(Page.with(body, head: head)).metadata
    }

    func testOpenGraphAndArticleMetaTags() throws {
        let m = try metadata("""
        <title>Library budget approved | The Daily Example</title>
        <meta property="og:title" content="Council approves library budget">
        <meta property="article:published_time" content="2026-03-04T09:30:00+01:00">
        <meta name="author" content="Ana Ruiz">
        <meta property="og:site_name" content="The Daily Example">
        <link rel="canonical" href="https://example.org/news/library-budget">
        """)
        XCTAssertEqual(m.title, "Council approves library budget")
        XCTAssertEqual(m.provenance["title"], "meta og:title")
        XCTAssertEqual(m.published, "2026-03-04T09:30:00+01:00")
        XCTAssertEqual(m.provenance["published"], "meta article:published_time")
        XCTAssertEqual(m.author, "Ana Ruiz")
        XCTAssertEqual(m.site, "The Daily Example")
        XCTAssertEqual(m.url, "https://example.org/news/library-budget")
        XCTAssertEqual(m.provenance["url"], "<link rel=canonical>")
    }

    func testJSONLDInAGraph() throws {
        let m = try metadata("""
        <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
          {"@type": "WebSite", "name": "Example"},
          {"@type": "NewsArticle", "headline": "Library budget passes", "datePublished": "2026-03-05",
           "author": [{"@type": "Person", "name": "Ana Ruiz"}, {"@type": "Person", "name": "Tom Berg"}],
           "publisher": {"@type": "Organization", "name": "Example Media"}}]}</script>
        """)
        XCTAssertEqual(m.title, "Library budget passes")
        XCTAssertEqual(m.provenance["title"], "JSON-LD headline")
        XCTAssertEqual(m.published, "2026-03-05")
        XCTAssertEqual(m.provenance["published"], "JSON-LD datePublished")
        XCTAssertEqual(m.author, "Ana Ruiz, Tom Berg")
        XCTAssertEqual(m.site, "Example Media")
    }

    func testTimeElementAndTitleElementAreTheFallbacks() throws {
        let m = try metadata("<title>Budget night</title>", body: "<p class='dateline'><time datetime='2026-03-06'>6 March</time></p>")
        XCTAssertEqual(m.title, "Budget night")
        XCTAssertEqual(m.provenance["title"], "<title>")
        XCTAssertEqual(m.published, "2026-03-06")
        XCTAssertEqual(m.provenance["published"], "<time>")
        XCTAssertNil(m.author)
        XCTAssertNil(m.url)
    }

    /// A page that renders its article by script: the JSON-LD `articleBody` is the text.
    func testAScriptRenderedPageIsReadFromItsArticleBody() throws {
        let page = Array("""
        <html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Flood defences",
        "articleBody": "The sea wall will be raised by two metres over the next ten years, the agency said on Monday.\\nThe plan costs about 30 million pounds, which the government has not yet agreed to pay, and work would start in 2027."}</script></head>
        <body><div id="app">Loading…</div><nav><a href="/">Home</a></nav></body></html>
        """.utf8)
        let article = try HTMLExtractor.extract(page)
        XCTAssertEqual(article.paragraphs, ["The sea wall will be raised by two metres over the next ten years, the agency said on Monday.",
                                            "The plan costs about 30 million pounds, which the government has not yet agreed to pay, and work would start in 2027."])
        XCTAssertEqual(article.metadata.provenance["text"], "JSON-LD articleBody")
        // A page whose markup already holds the article keeps its markup's text.
        let marked = try HTMLExtractor.extract(Page.with("", head: "<script type='application/ld+json'>{\"articleBody\": \"Short.\"}</script>"))
        XCTAssertEqual(marked.paragraphs.count, 3)
        XCTAssertNil(marked.metadata.provenance["text"])
    }

    func testABrokenJSONLDBlockIsIgnored() throws {
        let m = try metadata("<title>Budget</title><script type='application/ld+json'>{\"headline\": </script>")
        XCTAssertEqual(m.title, "Budget")
    }
}

final class CharsetTests: XCTestCase {
    let sentence = "Der Stadtrat hat am Dienstag über die Bücherei und ihre Finanzierung für das nächste Jahr abgestimmt, sagte die Bürgermeisterin."

    func page(_ head: String) -> String {
        "<html><head>\(head)</head><body><div class='story'><p>\(sentence)</p><p>\(sentence)</p></div></body></html>"
    }

    func extracted(_ bytes: [UInt8]) throws -> (String, String?, [String]) {
        let a = try HTMLExtractor.extract(bytes)
        return (a.paragraphs.first ?? "", a.metadata.provenance["charset"], a.warnings)
    }

    func windows1252(_ s: String) -> [UInt8] { s.unicodeScalars.map { UInt8($0.value) } }

    func testDeclaredWindows1252() throws {
        let (text, how, warnings) = try extracted(windows1252(page("<meta charset=\"windows-1252\">")))
        XCTAssertEqual(text, sentence)
        XCTAssertEqual(how, "windows-1252 (<meta charset>)")
        XCTAssertEqual(warnings, [])
    }

    func testHTTPEquivLatin1MeansWindows1252() throws {
        let (text, how, _) = try extracted(windows1252(page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">")))
        XCTAssertEqual(text, sentence)
        XCTAssertEqual(how, "windows-1252 (<meta charset>)")
    }

    func testByteOrderMarksWin() throws {
        let (utf8, how8, _) = try extracted([0xEF, 0xBB, 0xBF] + Array(page("<meta charset='windows-1252'>").utf8))
        XCTAssertEqual(utf8, sentence)
        XCTAssertEqual(how8, "UTF-8 (byte-order mark)")
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in page("").utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let (text16, how16, _) = try extracted(utf16)
        XCTAssertEqual(text16, sentence)
        XCTAssertEqual(how16, "UTF-16LE (byte-order mark)")
    }

    func testUndeclaredValidUTF8() throws {
        let (text, how, _) = try extracted(Array(page("").utf8))
        XCTAssertEqual(text, sentence)
        XCTAssertEqual(how, "UTF-8 (valid UTF-8)")
    }

    func testUndeclaredInvalidUTF8FallsBackToWindows1252() throws {
        let (text, how, _) = try extracted(windows1252(page("")))
        XCTAssertEqual(text, sentence)
        XCTAssertEqual(how, "windows-1252 (fallback)")
    }

    func testAFalseUTF8DeclarationIsOverruledAndSaid() throws {
        let (text, _, warnings) = try extracted(windows1252(page("<meta charset='utf-8'>")))
        XCTAssertEqual(text, sentence)
        XCTAssertEqual(warnings, ["declared UTF-8 but is not; read as Windows-1252"])
    }

    /// A byte Windows-1252 leaves undefined (0x9D) does not end the page: the text after it is read.
    func testAnUndefinedByteDoesNotCutThePage() throws {
        var bytes = windows1252(page("<meta charset='windows-1252'>"))
        let at = try XCTUnwrap(bytes.firstIndex(of: UInt8(ascii: "B")))
        bytes.insert(0x9D, at: at)
        let article = try HTMLExtractor.extract(bytes)
        XCTAssertEqual(article.paragraphs.count, 2)
        XCTAssertEqual(article.paragraphs.last, sentence)
    }

    func testAnUnknownCharsetIsSaid() throws {
        let (text, _, warnings) = try extracted(Array(page("<meta charset='x-no-such-charset'>").utf8))
        XCTAssertEqual(text, sentence)
        XCTAssertEqual(warnings, ["unknown charset \"x-no-such-charset\"; read as UTF-8"])
    }
}
