import XCTest
@testable import FactCheckKit

/// The examples from the matcher issue, each with its verdict per source *and* the line it must cite.
final class MatcherTests: XCTestCase {
    private func check(_ claim: String) -> ClaimResult { Fixtures.matcher.check(claim) }

    private func assert(_ claim: String, _ expected: [(Verdict, Int?)], summary: Summary, file: StaticString = #filePath, line: UInt = #line) {
        let result = check(claim)
        XCTAssertEqual(result.sources.count, 3, file: file, line: line)
        for (sv, (verdict, cited)) in zip(result.sources, expected) {
            XCTAssertEqual(sv.verdict, verdict, "\(claim) — \(sv.sourceID): \(sv.reason)", file: file, line: line)
            if let cited {
                XCTAssertTrue(sv.citations.contains { $0.line == cited }, "\(claim) — \(sv.sourceID) should cite line \(cited), cites \(sv.citations.map(\.line))", file: file, line: line)
            }
            if verdict != .absence { XCTAssertFalse(sv.citations.isEmpty, file: file, line: line) }
        }
        XCTAssertEqual(result.summary, summary, claim, file: file, line: line)
    }

    func testPaymentAgreesEverywhereAndCitesThePayingSentence() {
        assert("Mallory was paid US$25,000", [(.agreement, 40), (.agreement, 11), (.agreement, 13)], summary: .supported)
        let reason = check("Mallory was paid US$25,000").sources[2].reason
        XCTAssertEqual(reason, "agreement: “Mallory was paid $25,000USD by the MSS”")
    }

    func testANearMissSumConflictsWithTheValuesInTheReason() {
        assert("Mallory was paid $2,500", [(.conflict, 40), (.conflict, 11), (.conflict, 13)], summary: .contradicted)
        XCTAssertEqual(check("Mallory was paid $50,000").sources[2].reason, "conflict: $25,000USD ≠ $50,000")
    }

    func testSentenceAgreesWhereStatedAndIsAbsentWhereOnlyHedged() {
        assert("Mallory got a 20-year prison sentence", [(.agreement, 7), (.agreement, 5), (.absence, nil)], summary: .supported)
        assert("Mallory was sentenced to 15 years", [(.conflict, 7), (.conflict, 5), (.absence, nil)], summary: .contradicted)
        let hedged = check("Mallory was sentenced to life in prison").sources[2]
        XCTAssertEqual(hedged.verdict, .absence)
        XCTAssertTrue(hedged.reason.hasPrefix("absence: only hedged — "), hedged.reason)
        XCTAssertEqual(hedged.citations.map(\.line), [17])
    }

    func testSomeoneElsesHedgedSentenceSaysNothing() {
        assert("Hansen was sentenced to 15 years", [(.absence, nil), (.absence, nil), (.absence, nil)], summary: .unverified)
        assert("Lee was sentenced to life in prison", [(.absence, 57), (.absence, nil), (.absence, nil)], summary: .unverified)
    }

    func testNegatedClaimConflicts() {
        assert("Mallory was not paid", [(.conflict, 40), (.conflict, 11), (.conflict, 13)], summary: .contradicted)
    }

    func testStoppedIsNotArrested() {
        assert("The FBI arrested Mallory at O'Hare", [(.absence, nil), (.absence, nil), (.absence, nil)], summary: .unverified)
    }

    func testArrestDateReadAgainstThePublicationDate() {
        assert("Mallory was arrested in 2019", [(.absence, nil), (.absence, nil), (.conflict, 5)], summary: .contradicted)
        assert("Mallory was arrested in June 2017", [(.absence, nil), (.absence, nil), (.agreement, 5)], summary: .supported)
    }

    func testWhoPaidWhom() {
        assert("Mallory paid China $25,000", [(.conflict, nil), (.conflict, 11), (.conflict, 13)], summary: .contradicted)
        assert("The Chinese paid Mallory $25,000", [(.agreement, 3), (.agreement, 11), (.agreement, 13)], summary: .supported)
    }

    func testTeaserAfterTheArticleIsNeverEvidence() {
        assert("A lost chapter of The Tale of Genji was found in Tokyo", [(.absence, nil), (.absence, nil), (.absence, nil)], summary: .unverified)
        let candidates = check("A lost chapter of The Tale of Genji was found in Tokyo").sources[1].explanation.candidates
        XCTAssertFalse(candidates.contains { $0.citations.contains { $0.line == 39 } }, "noise is not even a candidate")
    }

    func testSameClaimSameResult() {
        let a = check("Mallory was paid $25,000"), b = check("Mallory was paid $25,000")
        XCTAssertEqual(a, b)
        XCTAssertEqual(a.sources.map(\.sourceID), Fixtures.seeds.documents.map(\.id), "every source, in corpus order")
    }

    func testExplanationShowsWhatWasCompared() {
        let sv = check("Mallory was paid $2,500").sources[2]
        XCTAssertTrue(sv.explanation.claimReading.contains { $0.hasPrefix("money: $2,500") }, "\(sv.explanation.claimReading)")
        let notes = sv.explanation.candidates.first?.notes ?? []
        XCTAssertTrue(notes.contains("money: $25,000USD ≠ $2,500 ✗"), "\(notes)")
        XCTAssertTrue(notes.contains { $0.hasPrefix("event: payment") }, "\(notes)")
    }

    func testEmptyCorpusLeavesEverythingUnverified() {
        let empty = ClaimMatcher(corpus: Corpus())
        XCTAssertEqual(empty.check("Mallory was paid").summary, .unverified)
        XCTAssertTrue(empty.check("Mallory was paid").sources.isEmpty)
    }
}
