import XCTest
@testable import FactCheckKit

/// One short id per source, unique within the corpus, used by reasons, citations and every report; reports name
/// each source by its title (and outlet and date) beside it and explain the locator once.
final class SourceNamingTests: XCTestCase {
    func testShortIDsAreTheFirstWordWhereThatIsUniqueAndLongerWhereNot() {
        let ids = ShortSourceIDs(ids: ["000_030b1a8708c7af75", "001_acc0a76dd6db6269", "wire_ap_2017", "wire_reuters_2017", "wirecutter-review",
                                       "solo", "solo_2", "x.y"])
        XCTAssertEqual(ids["000_030b1a8708c7af75"], "000")
        XCTAssertEqual(ids["001_acc0a76dd6db6269"], "001")
        XCTAssertEqual(ids["wire_ap_2017"], "wire_ap")
        XCTAssertEqual(ids["wire_reuters_2017"], "wire_reuters")
        XCTAssertEqual(ids["wirecutter-review"], "wirecutter")
        XCTAssertEqual(ids["solo"], "solo")
        XCTAssertEqual(ids["solo_2"], "solo_2")
        XCTAssertEqual(ids["x.y"], "x")
        XCTAssertEqual(ids["unknown_id"], "unknown_id")
    }

    func testEveryShortIDFindsItsOwnSourceAndNoOther() {
        let names = ["wire_6", "wire_66", "wired", "w", "wire", "000_a", "000b", "a_b_c", "a_b_d", "a-b"]
        let corpus = Corpus(documents: names.map { Fixtures.document("Some text about \($0).", id: $0) })
        for doc in corpus.documents {
            let short = corpus.shortIDs[doc.id]
            XCTAssertEqual(corpus.document(matching: short)?.id, doc.id, "\(short) for \(doc.id)")
        }
        XCTAssertEqual(Set(corpus.documents.map { corpus.shortIDs[$0.id] }).count, names.count, "unique within the corpus")
    }

    /// Reasons used to cut ids to three letters (`closest wir:8`) while citations said `wire:6`.
    func testReasonsAndCitationsUseTheSameShortID() {
        let wire = Fixtures.document("Mallory trial\n\nKevin Mallory was paid $25,000 by Chinese agents.\n\nMallory met the agents in Shanghai.\n", id: "wire_story")
        let other = Fixtures.document("Weather\n\nIt rained in Denver on Monday.\n", id: "weather_report")
        let corpus = Corpus(documents: [wire, other])
        let matcher = ClaimMatcher(corpus: corpus, options: CheckOptions(verifier: .rules))
        let renderer = TextRenderer(names: SourceNames(corpus))
        let agreed = renderer.render(matcher.check("Mallory was paid $25,000"))
        XCTAssertTrue(agreed.contains("wire:3 “Kevin Mallory was paid $25,000"), agreed)
        let absent = matcher.check("Mallory was sentenced to 20 years")
        let reason = absent.sources.first { $0.sourceID == "wire_story" }!.reason
        XCTAssertTrue(reason.contains("(closest wire:"), reason)
        XCTAssertFalse(renderer.render(absent).contains("wir:"))
    }

    func testReportsNameSourcesByTitleOutletAndDateAndExplainTheLocatorOnce() throws {
        let dir = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "---\ntitle: Ex-CIA officer jailed\noutlet: Daily Wire Service\npublished: 2019-05-17\n---\nKevin Mallory was paid $25,000 by Chinese agents.\n"
            .write(toFile: dir + "/wire_story.md", atomically: true, encoding: .utf8)
        let corpus = try Corpus.load(from: dir)
        let run = CheckRun(matcher: ClaimMatcher(corpus: corpus, options: CheckOptions(verifier: .rules)))
        let claims = ["Mallory was paid $25,000", "Mallory was paid $2,500"].enumerated().map {
            try! run.check(ClaimEntry(text: $0.element, file: "t.claims", line: $0.offset + 1, expectation: nil)).get()
        }
        let report = try Report(corpus: corpus, claims: claims)
        for format in ReportFormat.allCases {
            let out = report.render(format)
            XCTAssertTrue(out.contains("Ex-CIA officer jailed"), "\(format)")
            XCTAssertTrue(out.contains("Daily Wire Service"), "\(format)")
            XCTAssertTrue(out.contains("2019-05-17"), "\(format)")
            guard format != .json else { continue }
            XCTAssertEqual(out.components(separatedBy: "Citations read wire:13").count - 1, 1, "the locator is explained once in \(format)")
            // Beside every verdict the source's title, not the id alone.
            let label = format == .md ? "Ex-CIA officer jailed \\(Daily Wire Service, 2019-05-17\\)" : "Ex-CIA officer jailed (Daily Wire Service, 2019-05-17)"
            XCTAssertEqual(out.components(separatedBy: label).count - 1,
                           format == .text ? 1 + claims.count : claims.count, "\(format):\n\(out)")
        }
    }
}
