import Foundation

/// BERT "basic" tokenisation, matching HF tokenizers' `BertNormalizer` followed by
/// `BertPreTokenizer`:
///
/// 1. clean text: drop NUL, U+FFFD and control/format/private-use characters (but not
///    \t \n \r), map whitespace to a plain space;
/// 2. put spaces around CJK ideographs;
/// 3. if lowercasing (strip_accents follows lowercase): NFD, drop non-spacing marks (Mn), then
///    lowercase each scalar with its full Unicode lowercase mapping;
/// 4. split on whitespace and isolate every punctuation character (ASCII 33–47, 58–64, 91–96,
///    123–126, and Unicode P*).
///
/// All classification is per Unicode scalar (a Rust `char`), never per grapheme cluster;
/// `BertCharacterClass` aligns the categories with HF's Unicode tables.
struct BasicTokenizer: Sendable {
    let lowercase: Bool

    /// Splits `text` into the words WordPiece will see, calling `body` with each word's UTF-8
    /// bytes (the buffer is reused between calls).
    func forEachWord<Text: StringProtocol>(in text: Text, _ body: ([UInt8]) -> Void) {
        // Steps 1–2 (clean + CJK) in one pass; remember whether anything non-ASCII survived.
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        var allASCII = true
        for s in text.unicodeScalars {
            let v = s.value
            if v < 0x80 {
                if v == 0x09 || v == 0x0A || v == 0x0D || v == 0x20 {
                    scalars.append(" ")
                } else if v >= 0x20 && v != 0x7F {
                    scalars.append(s)
                }  // else: Cc (NUL, VT, FF, ...) is removed
                continue
            }
            if BertCharacterClass.isRemovedByCleaning(s) { continue }
            if BertCharacterClass.isWhitespace(s) { scalars.append(" "); continue }
            allASCII = false
            if BertCharacterClass.isCJK(v) {
                scalars.append(" ")
                scalars.append(s)
                scalars.append(" ")
            } else {
                scalars.append(s)
            }
        }

        // Step 3: accents + lowercase.
        if lowercase {
            if allASCII {
                for i in scalars.indices where scalars[i].value >= 0x41 && scalars[i].value <= 0x5A {
                    scalars[i] = Unicode.Scalar(UInt8(scalars[i].value + 0x20))
                }
            } else {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars)
                let decomposed = String(view).decomposedStringWithCanonicalMapping
                scalars.removeAll(keepingCapacity: true)
                for s in decomposed.unicodeScalars {
                    let v = s.value
                    if v < 0x80 {
                        scalars.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(UInt8(v + 0x20)) : s)
                    } else if BertCharacterClass.isNonspacingMark(s) {
                        continue
                    } else if s.properties.changesWhenLowercased {
                        scalars.append(contentsOf: s.properties.lowercaseMapping.unicodeScalars)
                    } else {
                        scalars.append(s)
                    }
                }
            }
        }

        // Step 4: whitespace split + punctuation isolation.
        var word: [UInt8] = []
        word.reserveCapacity(64)
        for s in scalars {
            let v = s.value
            let isSpace: Bool
            let isPunct: Bool
            if v < 0x80 {
                isSpace = v == 0x20 || (v >= 0x09 && v <= 0x0D)
                isPunct = (v >= 33 && v <= 47) || (v >= 58 && v <= 64) || (v >= 91 && v <= 96) || (v >= 123 && v <= 126)
                if !isSpace && !isPunct {
                    word.append(UInt8(v))
                    continue
                }
            } else {
                isSpace = BertCharacterClass.isWhitespace(s)
                isPunct = !isSpace && BertCharacterClass.isPunctuation(s)
                if !isSpace && !isPunct {
                    UTF8.encode(s) { word.append($0) }
                    continue
                }
            }
            if !word.isEmpty {
                body(word)
                word.removeAll(keepingCapacity: true)
            }
            if isPunct {
                UTF8.encode(s) { word.append($0) }
                body(word)
                word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { body(word) }
    }

    /// Convenience for tests: all words of `text`.
    func words(_ text: String) -> [String] {
        var out: [String] = []
        forEachWord(in: text) { out.append(String(decoding: $0, as: UTF8.self)) }
        return out
    }
}
