import Foundation

/// One step of text for the tokenizer and segmenter: a `Character`, or a byte of text that is pure ASCII.
///
/// Most articles are ASCII, and grapheme breaking plus Unicode property lookups were a tenth of all
/// load instructions; in ASCII text without `\r` every byte is one character, so offsets agree and
/// both paths give identical tokens and sentences.
protocol TextUnit: Equatable {
    var isLetter: Bool { get }
    var isNumber: Bool { get }
    var isWhitespace: Bool { get }
    var isUppercase: Bool { get }
    var isLowercase: Bool { get }
    /// `'`, and for characters also the curly `’` and `‘`.
    var isApostrophe: Bool { get }
    /// Ends a sentence: `.`, `!`, `?`, `…`.
    var isTerminator: Bool { get }
    /// May follow a terminator: closing quotes and brackets.
    var isCloser: Bool { get }
    /// May precede a sentence's first letter: opening quotes and brackets.
    var isOpener: Bool { get }
    var isPeriod: Bool { get }
    var isComma: Bool { get }
    static func string(_ units: ArraySlice<Self>) -> String
    /// Lower-cased with apostrophes straightened and accents dropped: a reader takes "Édouard Séguin" and
    /// "Edouard Seguin" for the same name.
    static func lowered(_ units: ArraySlice<Self>) -> String
}

/// Units of `text`: bytes when it is ASCII without carriage returns, else characters.
enum TextUnits {
    static func isPlainASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    }
}

extension Character: TextUnit {
    var isApostrophe: Bool { self == "'" || self == "’" || self == "‘" }
    var isTerminator: Bool { self == "." || self == "!" || self == "?" || self == "…" }
    var isCloser: Bool { self == "\"" || self == "'" || self == "”" || self == "’" || self == ")" || self == "]" || self == "»" }
    var isOpener: Bool { self == "\"" || self == "'" || self == "“" || self == "‘" || self == "(" || self == "[" || self == "«" }
    var isPeriod: Bool { self == "." }
    var isComma: Bool { self == "," }
    static func string(_ units: ArraySlice<Character>) -> String { String(units) }
    static func lowered(_ units: ArraySlice<Character>) -> String {
        // Folding goes through Foundation: only for the few words with a letter outside ASCII (curly quotes put
        // whole articles on this path).
        let lower = String(units).lowercased()
        let plain = lower.unicodeScalars.allSatisfy(\.isASCII) ? lower : lower.folding(options: .diacriticInsensitive, locale: nil)
        return String(plain.map { $0.isApostrophe ? "'" : $0 })
    }
}

/// A byte of ASCII text.
struct ASCIIUnit: TextUnit {
    let byte: UInt8

    var isLetter: Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    var isNumber: Bool { byte >= 0x30 && byte <= 0x39 }
    /// Unicode's White_Space in ASCII: tab, line feed, vertical tab, form feed, carriage return, space.
    var isWhitespace: Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
    var isUppercase: Bool { byte >= 0x41 && byte <= 0x5A }
    var isLowercase: Bool { byte >= 0x61 && byte <= 0x7A }
    var isApostrophe: Bool { byte == 0x27 }
    var isTerminator: Bool { byte == 0x2E || byte == 0x21 || byte == 0x3F }
    var isCloser: Bool { byte == 0x22 || byte == 0x27 || byte == 0x29 || byte == 0x5D }
    var isOpener: Bool { byte == 0x22 || byte == 0x27 || byte == 0x28 || byte == 0x5B }
    var isPeriod: Bool { byte == 0x2E }
    var isComma: Bool { byte == 0x2C }

    static func units(_ text: String) -> [ASCIIUnit] { text.utf8.map(ASCIIUnit.init) }

    static func string(_ units: ArraySlice<ASCIIUnit>) -> String {
        String(decoding: units.lazy.map(\.byte), as: UTF8.self)
    }

    static func lowered(_ units: ArraySlice<ASCIIUnit>) -> String {
        String(decoding: units.lazy.map { $0.isUppercase ? $0.byte | 0x20 : $0.byte }, as: UTF8.self)
    }
}
