import XCTest
@testable import FactCheckKit

/// WordNet from Debian's wordnet-base (installed by `make test`), read lazily by binary search.
final class WordNetTests: XCTestCase {
    override func setUpWithError() throws {
        guard WordNet.shared.isAvailable else { throw XCTSkip("wordnet-base is not installed; `make test` installs it") }
    }

    func testFirstSenseSynonymsAndIrregularForms() {
        XCTAssertTrue(WordNet.shared.relations(of: "jail").synonyms.contains("gaol"), "\(WordNet.shared.relations(of: "jail").synonyms)")
        XCTAssertTrue(WordNet.shared.relations(of: "spoke").synonyms.contains("talk"), "spoke → speak through verb.exc")
        XCTAssertTrue(WordNet.shared.relations(of: "purchased").synonyms.contains("buy"), "regular -ed stripped")
        XCTAssertTrue(WordNet.shared.relations(of: "zzzzqx").synonyms.isEmpty)
    }

    func testDerivedFormsOfTheWordsOwnSense() {
        let died = WordNet.shared.relations(of: "died").synonyms
        XCTAssertTrue(died.contains("death"), "\(died)")
        XCTAssertTrue(WordNet.shared.relations(of: "married").synonyms.contains("marriage"))
        // Only the word's own pointers: "decedent" and "expiration" come from "decease" and "expire", in die's synset.
        XCTAssertFalse(died.contains("decedent") || died.contains("expiration"), "\(died)")
        // Nouns only, and never the doer: "elected" is no "eligible", "killed" no "killer".
        XCTAssertFalse(WordNet.shared.relations(of: "elected").synonyms.contains("eligible"))
        XCTAssertFalse(WordNet.shared.relations(of: "killed").synonyms.contains("killer"))
        // A short plural keeps its own lemma, not an abbreviation's ("uses" is not "US").
        let uses = WordNet.shared.relations(of: "uses").synonyms
        XCTAssertFalse(uses.contains("america") || uses.contains("united states"), "\(uses)")
    }

    func testAntonyms() {
        XCTAssertTrue(WordNet.shared.relations(of: "guilty").antonyms.contains("innocent"), "\(WordNet.shared.relations(of: "guilty").antonyms)")
        XCTAssertTrue(WordNet.shared.relations(of: "accept").antonyms.contains("reject"), "\(WordNet.shared.relations(of: "accept").antonyms)")
    }

    func testAClaimUsingASynonymOrAnAntonym() {
        let sv = Fixtures.matcher.check("Mallory spoke Mandarin").sources[0]
        XCTAssertEqual(sv.verdict, .agreement, sv.reason)
        XCTAssertEqual(sv.citations.map(\.line), [30])
        let hansen = Fixtures.matcher.check("Hansen refused responsibility for his actions").sources[1]
        XCTAssertEqual(hansen.verdict, .conflict, hansen.reason)
        XCTAssertTrue(hansen.reason.contains("opposite"), hansen.reason)
    }
}
