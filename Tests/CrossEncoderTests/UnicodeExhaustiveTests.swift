import Foundation
import XCTest
@testable import CrossEncoder

/// Every Unicode scalar c, as "a" + c + "a", through the basic tokenizer, against HF tokenizers'
/// BertNormalizer + BertPreTokenizer (Fixtures/unicode_words.json, written by
/// scripts/make_unicode_table.py): removal, whitespace, CJK spacing, punctuation splitting,
/// accent stripping and lowercasing of every character.
final class UnicodeExhaustiveTests: XCTestCase {
    private struct Table: Decodable {
        let tokenizers_version: String
        let removed: [[UInt32]]
        let space: [[UInt32]]
        let isolated: [[UInt32]]
        let changed: [ChangedEntry]
    }

    private struct ChangedEntry: Decodable {
        let codePoint: UInt32
        let words: [String]
        init(from decoder: Decoder) throws {
            var c = try decoder.unkeyedContainer()
            codePoint = try c.decode(UInt32.self)
            words = try c.decode([String].self)
        }
    }

    private enum Expected: Equatable {
        case removed, space, isolated, words([String])
    }

    func testEveryCharacterMatchesHuggingFace() throws {
        let data = try Data(contentsOf: Fixtures.directory.appendingPathComponent("unicode_words.json"))
        let table = try JSONDecoder().decode(Table.self, from: data)
        var expected: [UInt32: Expected] = [:]
        for (ranges, kind) in [(table.removed, Expected.removed), (table.space, .space), (table.isolated, .isolated)] {
            for r in ranges {
                for v in r[0]...r[1] where !(0xD800...0xDFFF).contains(v) { expected[v] = kind }
            }
        }
        for entry in table.changed { expected[entry.codePoint] = .words(entry.words) }

        let basic = BasicTokenizer(lowercase: true)
        var mismatches: [String] = []
        for v in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            var view = String.UnicodeScalarView()
            view.append("a")
            view.append(scalar)
            view.append("a")
            let text = String(view)
            let want: [String]
            switch expected[v] {
            case nil: want = [text]
            case .removed: want = ["aa"]
            case .space: want = ["a", "a"]
            case .isolated: want = ["a", String(Character(scalar)), "a"]
            case .words(let w): want = w
            }
            let got = basic.words(text)
            if got != want {
                let show = { (w: [String]) in w.map { $0.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ") } }
                mismatches.append(String(format: "U+%04X", v) + " swift \(show(got)) hf \(show(want))")
            }
        }
        if let path = ProcessInfo.processInfo.environment["CROSSENCODER_UNICODE_DUMP"] {
            try mismatches.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
        if !mismatches.isEmpty {
            XCTFail("\(mismatches.count) characters differ from tokenizers \(table.tokenizers_version), e.g.:\n"
                    + mismatches.prefix(30).joined(separator: "\n"))
        }
    }
}
