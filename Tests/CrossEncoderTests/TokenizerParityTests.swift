import Foundation
import XCTest
@testable import CrossEncoder

final class TokenizerParityTests: XCTestCase {
    func testTokenIDsMatchHuggingFaceForEveryFixturePair() {
        let model = Fixtures.model
        XCTAssertEqual(model.maxLength, Fixtures.parity.max_length)
        var mismatches = 0
        for (n, c) in Fixtures.parity.cases.enumerated() {
            let encoded = model.tokenizer.encodePair(c.claim, c.evidence, maxLength: model.maxLength)
            if encoded.ids != c.ids || encoded.typeIDs != c.type_ids {
                mismatches += 1
                XCTFail("case \(n) (\(c.claim.prefix(40)) | \(c.evidence.prefix(40))):\n swift \(encoded.ids)\n hf    \(c.ids)\n types swift \(encoded.typeIDs)\n types hf    \(c.type_ids)")
            }
        }
        XCTAssertEqual(mismatches, 0)
    }

    private struct FuzzCase: Decodable {
        let claim: String
        let evidence: String
        let ids: [Int32]
        let type_ids: [Int32]
        let cased_ids: [Int32]
        let cased_type_ids: [Int32]
    }

    private struct Fuzz: Decodable {
        let max_length: Int
        let cases: [FuzzCase]
    }

    /// 400 machine-made pairs (scripts/make_tokenizer_fuzz.py), uncased as the model uses them and
    /// cased (do_lower_case=False, which also keeps accents) for the other manifest setting.
    func testRandomPairsMatchHuggingFaceLowercaseAndCased() throws {
        let data = try Data(contentsOf: Fixtures.directory.appendingPathComponent("tokenizer_fuzz.json"))
        let fuzz = try JSONDecoder().decode(Fuzz.self, from: data)
        let lower = Fixtures.model.tokenizer
        let cased = try BertTokenizer(wordPiece: lower.wordPiece, lowercase: false, vocabularyPath: "vocab.txt")
        var failures = 0
        for (n, c) in fuzz.cases.enumerated() {
            let l = lower.encodePair(c.claim, c.evidence, maxLength: fuzz.max_length)
            let u = cased.encodePair(c.claim, c.evidence, maxLength: fuzz.max_length)
            if l.ids != c.ids || l.typeIDs != c.type_ids || u.ids != c.cased_ids || u.typeIDs != c.cased_type_ids {
                failures += 1
                if failures <= 5 {
                    XCTFail("fuzz case \(n): \(c.claim.debugDescription) | \(c.evidence.debugDescription)\n lower swift \(l.ids)\n lower hf    \(c.ids)\n cased swift \(u.ids)\n cased hf    \(c.cased_ids)")
                }
            }
        }
        XCTAssertEqual(failures, 0, "of \(fuzz.cases.count) fuzz cases")
    }

    /// The table of HF tokenizers' own unit test for LongestFirst (max_length 7).
    func testLongestFirstTruncationRule() {
        let cases: [(Int, Int, Int, Int)] = [
            (0, 0, 0, 0), (0, 2, 0, 2), (0, 4, 0, 4), (0, 8, 0, 7),
            (2, 0, 2, 0), (2, 2, 2, 2), (2, 4, 2, 4), (2, 8, 2, 5),
            (4, 0, 4, 0), (4, 2, 4, 2), (4, 4, 3, 4), (4, 8, 3, 4),
            (8, 0, 7, 0), (8, 2, 5, 2), (8, 4, 4, 3), (8, 8, 3, 4),
        ]
        for (a, b, ea, eb) in cases {
            let (ra, rb) = BertTokenizer.longestFirstLengths(a, b, budget: 7)
            XCTAssertEqual([ra, rb], [ea, eb], "lengths \(a), \(b)")
        }
    }

    func testBasicTokenizerSplitsPunctuationAndStripsAccents() {
        let basic = BasicTokenizer(lowercase: true)
        XCTAssertEqual(basic.words("Café, \u{201C}8,849\u{201D} m!"), ["cafe", ",", "\u{201C}", "8", ",", "849", "\u{201D}", "m", "!"])
        XCTAssertEqual(basic.words("\u{6771}\u{4EAC}x"), ["\u{6771}", "\u{4EAC}", "x"])
        XCTAssertEqual(basic.words("a\u{0000}b\u{200B}c\td"), ["abc", "d"])
        XCTAssertEqual(BasicTokenizer(lowercase: false).words("Café X"), ["Café", "X"])
    }

    /// Vocabulary look-ups are exact code-point matches, not Swift's canonical-equivalence String
    /// equality: a CJK compatibility ideograph is not its unified twin unless NFD (lowercase
    /// mode) has actually rewritten it.
    func testVocabularyLookupIsExactNotCanonicalEquivalence() throws {
        let lower = Fixtures.model.tokenizer
        let cased = try BertTokenizer(wordPiece: lower.wordPiece, lowercase: false, vocabularyPath: "vocab.txt")
        var checked = 0
        for v in UInt32(0xF900)...0xFAFF {
            let c = String(Character(Unicode.Scalar(v)!))
            let d = c.decomposedStringWithCanonicalMapping
            guard d.unicodeScalars.count == 1, d.unicodeScalars.first != c.unicodeScalars.first,
                  lower.wordPiece.id(of: c) == nil, let unified = lower.wordPiece.id(of: d) else { continue }
            XCTAssertEqual(c, d, "Swift String equality treats them as equal")
            XCTAssertEqual(cased.tokenize(c), [lower.wordPiece.unknownID], String(format: "U+%04X", v))
            XCTAssertEqual(lower.tokenize(c), [unified], String(format: "U+%04X", v))
            checked += 1
        }
        XCTAssertGreaterThan(checked, 10)
    }

    func testOverlongWordBecomesUnknown() {
        let model = Fixtures.model
        let unk = model.tokenizer.wordPiece.unknownID
        let ids = model.tokenizer.tokenize(String(repeating: "a", count: 101))
        XCTAssertEqual(ids, [unk])
    }
}
