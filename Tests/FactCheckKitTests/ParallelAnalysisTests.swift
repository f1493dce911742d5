import XCTest
@testable import FactCheckKit

/// Analysing on every core must give exactly what analysing in turn gives.
final class ParallelAnalysisTests: XCTestCase {
    func testMapKeepsOrderAndEveryItem() {
        let items = Array(0..<10_007)
        XCTAssertEqual(Parallel.map(items) { $0 * 3 }, items.map { $0 * 3 })
        XCTAssertEqual(Parallel.map([5]) { $0 + 1 }, [6])
        XCTAssertEqual(Parallel.map([Int]()) { $0 }, [])
    }

    /// Texts where learning order matters: a fuller name later, a tie, an acronym redefined.
    func testMergedContextsEqualOneContextLearnedInTurn() {
        let documents = [
            ["Mallory met Lee.", "The Central Intelligence Agency (CIA) said so."],
            ["Kevin Mallory was paid.", "Jerry Lee spoke.", "the agency"],
            ["Kevin Patrick Mallory was sentenced.", "Jerry Chun Shing Lee pleaded."],
            ["Kevin Jon Mallory appeared.", "The Counter Intelligence Agency (CIA) denied it."],
        ].map { $0.map(Tokenizer.tokenize) }
        var inTurn = NameContext()
        for doc in documents { for t in doc { inTurn.learn(t) } }
        let merged = documents.map { doc -> NameContext in
            var c = NameContext()
            for t in doc { c.learn(t) }
            return c
        }.reduce(into: NameContext()) { $0.merge($1) }
        XCTAssertEqual(merged.people, inTurn.people)
        XCTAssertEqual(merged.people["mallory"], ["kevin", "jon"], "the fullest name, the later on a tie")
        XCTAssertEqual(merged.commonWords, inTurn.commonWords)
        XCTAssertEqual(merged.acronyms, inTurn.acronyms)
        XCTAssertEqual(merged.acronyms["cia"], "n:counter intelligence agency")
    }
}
