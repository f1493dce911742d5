import XCTest
@testable import FactCheckKit

/// What the subject is, said with another noun: the claim's noun elsewhere in the sentence states nothing.
final class PredicateNounComparisonTests: XCTestCase {
    private func verdict(_ claim: String, _ sentence: String) -> SourceVerdict {
        Fixtures.rulesVerdict(claim, article: "---\ntitle: Tide Line\n---\n\(sentence)\n", id: "tide")
    }

    func testTheClaimsNounOutsideWhatTheSubjectIsStatesNothing() {
        let v = verdict("Tide Line is an island.", "Tide Line is the recipe of a famous dessert served only in Harbour, a small island formed by volcanic activity.")
        XCTAssertEqual(v.verdict, .absence, v.reason)
        XCTAssertTrue(v.reason.contains("the source says Tide Line is the recipe"), v.reason)
    }

    func testWhatTheSubjectIsAgreesThroughALightNounASynonymOrAList() {
        Fixtures.assertVerdict(verdict("Tide Line is a fish.", "Tide Line is a type of fish found in the Harbour Sea."), .agreement, cites: [4])
        Fixtures.assertVerdict(verdict("Tide Line is a movie.", "Tide Line is a 2011 film directed by Dana Quill."), .agreement, cites: [4])
        Fixtures.assertVerdict(verdict("Tide Line is a businesswoman.", "Tide Line is an American actress, martial artist and businesswoman."), .agreement, cites: [4])
        // A hyphenated participle is a modifier; a second noun phrase after "and" says what it is too.
        Fixtures.assertVerdict(verdict("Tide Line is a company.", "Tide Line is a Russian state-owned energy company."), .agreement, cites: [4])
        Fixtures.assertVerdict(verdict("Tide Line is a city.", "Tide Line is the capital of Harbour and the largest city in the country."), .agreement, cites: [4])
    }

    func testAnotherComparisonsConflictComesFirst() {
        // It only holds back an agreement: another company's nationality still contradicts the claim.
        let v = Fixtures.rulesVerdict("Harbour Denko is a South Korean company.",
                                      article: "---\ntitle: Platters\n---\nJapanese company Harbour Denko is the world's largest maker of platters.\n", id: "p")
        Fixtures.assertVerdict(v, .conflict, cites: [4])
    }
}
