import XCTest
@testable import FactCheckKit

final class ReportTests: XCTestCase {
    /// A corpus with a hostile article: markup, Markdown syntax and a terminal escape in its text.
    private func hostileCorpus() throws -> (Corpus, String) {
        let dir = Fixtures.temporaryFolder()
        for name in ["000_030b1a8708c7af75.txt", "002_6577e5e06abfb62b.txt"] {
            try FileManager.default.copyItem(atPath: Fixtures.sourcesPath + "/" + name, toPath: dir + "/" + name)
        }
        let hostile = "Evil <script>alert(1)</script> | [x](javascript:alert(1))\n\nMallory was paid $25,000 by <b>Mallet</b> \u{1B}]0;pwned\u{07} in cash.\n"
        try hostile.write(toFile: dir + "/zz_hostile.txt", atomically: true, encoding: .utf8)
        return (try Corpus.load(from: dir), dir)
    }

    private func report(_ corpus: Corpus, _ claims: [String]) throws -> Report {
        let run = CheckRun(matcher: ClaimMatcher(corpus: corpus))
        let entries = claims.enumerated().map { ClaimEntry(text: $0.element, file: "t.claims", line: $0.offset + 1, expectation: nil) }
        return try Report(corpus: corpus, claims: entries.map { try run.check($0).get() })
    }

    func testJSONHasTheDocumentedShapeAndKeyOrder() throws {
        let r = try report(Fixtures.seeds, ["Mallory was paid $25,000", "<script>x</script> Mallory was paid"])
        let json = r.render(.json)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        XCTAssertEqual(object["tool"] as? String, "factcheck")
        let sources = (object["corpus"] as! [String: Any])["sources"] as! [[String: Any]]
        XCTAssertEqual(sources.map { $0["id"] as! String }, Fixtures.seeds.documents.map(\.id))
        XCTAssertTrue(sources[0]["published"] is NSNull)
        XCTAssertEqual(sources[1]["published"] as? String, "2021-06-17")
        XCTAssertEqual((sources[2]["sha256"] as? String)?.count, 64)
        let claims = object["claims"] as! [[String: Any]]
        XCTAssertEqual(claims[0]["text"] as? String, "Mallory was paid $25,000")
        XCTAssertEqual(claims[0]["verdict"] as? String, "supported")
        XCTAssertEqual(claims[0]["file"] as? String, "t.claims")
        XCTAssertEqual(claims[0]["line"] as? Int, 1)
        XCTAssertTrue(claims[0]["expectation"] is NSNull)
        let perSource = claims[0]["sources"] as! [[String: Any]]
        XCTAssertEqual(perSource.count, 3)
        XCTAssertEqual(perSource[2]["verdict"] as? String, "agreement")
        let cite = (perSource[2]["citations"] as! [[String: Any]])[0]
        XCTAssertEqual(cite["line"] as? Int, 13)
        XCTAssertEqual(cite["column"] as? Int, 153)
        XCTAssertEqual(object["summary"] as? [String: Int], ["claims": 2, "supported": 1, "contradicted": 0, "disputed": 0, "unverified": 1, "expectations_failed": 0])
        // Key order as documented.
        func order(_ keys: [String], in text: String) -> Bool {
            let positions = keys.map { text.range(of: "\"\($0)\":")!.lowerBound }
            return positions == positions.sorted()
        }
        XCTAssertTrue(order(["tool", "version", "corpus", "claims", "summary"], in: json))
        let firstClaim = String(json[json.range(of: "\"claims\": [")!.upperBound...])
        XCTAssertTrue(order(["text", "file", "line", "verdict", "sources", "expectation"], in: firstClaim))
        let firstSource = String(json[json.range(of: "{\"source\":")!.lowerBound...])
        XCTAssertTrue(order(["source", "verdict", "score", "reason", "citations"], in: firstSource))
        let summary = String(json[json.range(of: "\"summary\":")!.upperBound...])
        XCTAssertTrue(order(["claims", "supported", "contradicted", "disputed", "unverified", "expectations_failed"], in: summary))
    }

    func testMarkdownAndHTMLContainEveryClaimAndEscapeHostileText() throws {
        let (corpus, dir) = try hostileCorpus()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let claims = ["Mallory was paid $25,000", "Mallet <img src=x onerror=alert(1)> was paid"]
        let r = try report(corpus, claims)
        XCTAssertTrue(r.claims[0].result.sources.contains { $0.sourceID == "zz_hostile" && $0.verdict == .agreement })
        let html = r.render(.html)
        XCTAssertEqual(html.components(separatedBy: "<script").count - 1, 1, "article markup must be escaped; the one script is expand-all's")
        XCTAssertFalse(html.contains("<img"))
        XCTAssertFalse(html.contains("<b>Mallet"))
        XCTAssertFalse(html.contains("\u{1B}"))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        XCTAssertFalse(html.contains("http://") || html.contains("https://") || html.contains("<link") || html.contains("src=\""), "self-contained")
        let md = r.render(.md)
        XCTAssertFalse(md.contains("<script>"))
        XCTAssertFalse(md.contains("[x](javascript"), "link syntax from article text is escaped")
        XCTAssertTrue(md.contains("\\[x\\]\\(javascript:alert\\(1\\)\\)"))
        XCTAssertFalse(md.contains("\u{1B}"))
        for claim in claims {
            XCTAssertTrue(html.contains(HTMLReport(report: r).e(claim)), claim)
            XCTAssertTrue(md.contains(MarkdownReport(report: r).inline(claim)), claim)
        }
        XCTAssertTrue(md.contains("(\(dir)/002_6577e5e06abfb62b.txt#L13)"), "citations link to the line")
        let text = r.render(.text)
        XCTAssertFalse(text.contains("\u{1B}"), "no raw escapes in text reports")
        XCTAssertTrue(text.contains("␛]0;pwned␇"))
    }

    func testEveryReportCarriesVersionDateAndHashes() throws {
        let r = try report(Fixtures.seeds, ["Mallory was paid $25,000"])
        for format in ReportFormat.allCases {
            let out = r.render(format)
            XCTAssertTrue(out.contains(FactCheckVersion.current), "\(format)")
            XCTAssertTrue(out.contains(r.date), "\(format)")
            for doc in Fixtures.seeds.documents { XCTAssertTrue(out.contains(doc.sha256), "\(format)") }
        }
    }

    func testTheHTMLReportOpensTheFirstClaimOnlyAndCanExpandAll() throws {
        let html = try report(Fixtures.seeds, ["Mallory was paid $25,000", "Mallory was paid $2,500", "Hansen was sentenced to 15 years"]).render(.html)
        let openings = html.components(separatedBy: "<details").dropFirst().map { String($0.prefix(while: { $0 != ">" })) }
        XCTAssertEqual(openings.count, 3)
        XCTAssertEqual(openings.map { $0.hasSuffix(" open") }, [true, false, false], openings.description)
        XCTAssertTrue(html.contains("id=\"expand-all\""))
        XCTAssertTrue(html.contains("x.open=o"), "the button sets every claim open (or closed)")
    }

    func testMarkdownAndHTMLDoNotRepeatTheVerdictInTheReason() throws {
        let r = try report(Fixtures.seeds, ["Hansen was sentenced to 15 years", "Mallory was paid $2,500"])
        let md = r.render(.md)
        for v in Verdict.allCases {
            XCTAssertFalse(md.contains("\(v.rawValue) — \(v.rawValue):"), md)
            XCTAssertFalse(r.render(.html).contains("\(v.rawValue)</span> <b>") && r.render(.html).contains("reason\">\(v.rawValue):"))
        }
        XCTAssertTrue(md.contains("absence — only hedged"), md)
        XCTAssertTrue(md.contains("conflict — $25,000"), md)
    }

    func testEveryCitationInEveryFormatIsVerbatimInTheSource() throws {
        let parsed = ClaimFileParser.parse(file: Fixtures.repositoryRoot + "/Claims/mallory.claims")
        let run = CheckRun(matcher: Fixtures.matcher)
        let r = try Report(corpus: Fixtures.seeds, claims: parsed.entries.map { try run.check($0).get() })
        let json = try JSONSerialization.jsonObject(with: Data(r.render(.json).utf8)) as! [String: Any]
        var count = 0
        for claim in json["claims"] as! [[String: Any]] {
            for sv in claim["sources"] as! [[String: Any]] {
                let doc = Fixtures.seeds.document(matching: sv["source"] as! String)!
                for c in sv["citations"] as! [[String: Any]] {
                    count += 1
                    XCTAssertTrue(doc.contains(quote: c["sentence"] as! String, line: c["line"] as! Int, column: c["column"] as! Int))
                }
            }
        }
        XCTAssertGreaterThan(count, 100)
        let html = r.render(.html), md = r.render(.md)
        for c in r.claims.flatMap({ $0.result.sources.flatMap(\.citations) }) {
            XCTAssertTrue(html.contains(HTMLReport(report: r).e(c.sentence)))
            XCTAssertTrue(md.contains(MarkdownReport(report: r).inline(c.sentence)))
        }
    }

    func testACitationNotFoundAtItsLineStopsTheReport() throws {
        let forged = SourceVerdict(sourceID: "002_6577e5e06abfb62b", verdict: .agreement,
                                   citations: [Citation(sourceID: "002_6577e5e06abfb62b", line: 13, column: 1, sentence: "Mallory was paid $99")],
                                   reason: "", score: 1, explanation: Explanation(claimReading: [], candidates: []))
        let claim = CheckedClaim(entry: ClaimEntry(text: "x", file: "", line: 1, expectation: nil),
                                 result: ClaimResult(claim: "x", sources: [forged]), expectation: nil)
        XCTAssertThrowsError(try Report(corpus: Fixtures.seeds, claims: [claim])) { error in
            XCTAssertEqual("\(error)", "002_6577e5e06abfb62b:13: cited text is not found verbatim at this line; report not written")
        }
    }

    func testAtomicWriteReplacesWholeOrLeavesThePreviousFile() throws {
        let dir = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/report.json"
        try AtomicFile.write("old", to: path)
        try AtomicFile.write("new", to: path)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "new")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir), ["report.json"], "no temp file left")
        XCTAssertThrowsError(try AtomicFile.write("x", to: dir + "/missing/report.json")) { error in
            XCTAssertTrue("\(error)".contains("cannot write report"))
        }
        if getuid() != 0 {
            chmod(dir, 0o555)
            defer { chmod(dir, 0o755) }
            XCTAssertThrowsError(try AtomicFile.write("newer", to: path))
            XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "new")
        }
    }
}
