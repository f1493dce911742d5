import XCTest
@testable import FactCheckKit

/// Runs `Claims/mallory.claims` — every claim, every source, with the lines each verdict must cite.
final class ClaimsFileTests: XCTestCase {
    func testEveryExpectationInTheRepositoryClaimsIsMet() throws {
        let files = try ClaimFileParser.files(at: Fixtures.repositoryRoot + "/Claims")
        XCTAssertTrue(files.contains { $0.hasSuffix("mallory.claims") })
        let run = CheckRun(matcher: Fixtures.matcher)
        var total = 0
        for file in files {
            let parsed = ClaimFileParser.parse(file: file)
            XCTAssertEqual(parsed.errors, [], file)
            for entry in parsed.entries {
                total += 1
                guard case .success(let checked) = run.check(entry) else { return XCTFail("\(entry.file):\(entry.line) could not be checked") }
                XCTAssertEqual(checked.expectation?.failures ?? ["no expectation"], [], "\(entry.file):\(entry.line) \(entry.text)")
            }
        }
        XCTAssertGreaterThanOrEqual(total, 80)
    }

    func testEveryClaimGivesEverySourcesVerdictAndDecisiveOnesCiteALine() throws {
        let parsed = ClaimFileParser.parse(file: Fixtures.repositoryRoot + "/Claims/mallory.claims")
        for entry in parsed.entries {
            let per = entry.expectation?.perSource ?? []
            XCTAssertEqual(per.count, 3, "\(entry.line): \(entry.text)")
            for p in per where p.verdict != .absence {
                XCTAssertFalse(p.lines.isEmpty, "\(entry.line): \(p.sourcePrefix) \(p.verdict) should name the line it cites")
            }
        }
        let kinds = Set(parsed.entries.flatMap { $0.expectation?.perSource.map(\.verdict) ?? [] })
        XCTAssertEqual(kinds, [.agreement, .conflict, .absence])
    }

    func testNoiseIsNeverCited() {
        let parsed = ClaimFileParser.parse(file: Fixtures.repositoryRoot + "/Claims/mallory.claims")
        for entry in parsed.entries {
            for sv in Fixtures.matcher.check(entry.text).sources {
                let doc = Fixtures.seeds.document(matching: sv.sourceID)!
                for c in sv.citations {
                    let sentence = doc.sentences.first { $0.line == c.line && $0.column == c.column }
                    XCTAssertEqual(sentence?.isCitable, true, "\(entry.text) cites noise at \(sv.sourceID):\(c.line)")
                }
            }
        }
    }
}
