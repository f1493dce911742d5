import Foundation
import XCTest
@testable import CrossEncoder

/// The claim hint must be built exactly as the trainer built it (`Model/hint.py --fixture`): 300 VitaminC dev pairs
/// and edge cases (accents, ligatures, full-width letters, Roman numerals, superscripts, Arabic-Indic digits).
final class UnmatchedWordsHintTests: XCTestCase {
    private struct Case: Decodable { let claim: String; let evidence: String; let hinted: String }
    private struct File: Decodable { let cases: [Case] }

    func testHintMatchesTheTrainersForEveryFixturePair() throws {
        let data = try Data(contentsOf: Fixtures.directory.appendingPathComponent("unmatched-words.json"))
        let cases = try JSONDecoder().decode(File.self, from: data).cases
        XCTAssertGreaterThan(cases.count, 300)
        let hint = UnmatchedWordsHint()
        var mismatches = 0
        for c in cases where hint.apply(claim: c.claim, evidence: c.evidence) != c.hinted {
            mismatches += 1
            XCTFail("swift \(hint.apply(claim: c.claim, evidence: c.evidence))\npython \(c.hinted)")
        }
        XCTAssertEqual(mismatches, 0)
    }

    func testTheChangedDetailAndANegationAreWhatIsLeft() {
        XCTAssertEqual(UnmatchedWordsHint.unmatched(claim: "The Santa Clause 2 is a 2000 film",
                                                   evidence: "The Santa Clause 2: The Santa Clause 2 is a 2002 American film"), ["2000"])
        XCTAssertEqual(UnmatchedWordsHint.unmatched(claim: "Lee pleaded not guilty", evidence: "Lee pleaded guilty in Virginia"), ["not"])
        XCTAssertEqual(UnmatchedWordsHint().apply(claim: "Films were made", evidence: "the film was made"), "Films were made || unmatched: none")
    }

    func testAnUnknownHintInTheManifestIsOneClearError() throws {
        let json = #"{"labels":["A","C","N"],"max_length":128,"lowercase":true,"layers":1,"hidden":4,"heads":2,"intermediate":8,"layer_norm_eps":1e-12,"claim_hint":"entities"}"#
        XCTAssertThrowsError(try Manifest(data: Data(json.utf8), path: "m.json")) { error in
            XCTAssertTrue("\(error)".contains("claim_hint"), "\(error)")
        }
        let known = json.replacingOccurrences(of: "entities", with: "unmatched-words")
        XCTAssertNotNil(try Manifest(data: Data(known.utf8), path: "m.json").claimHint)
    }
}
