/// A word, number or symbol with its place in the text it came from.
struct Token: Sendable, Hashable {
    enum Kind: Sendable, Hashable, CaseIterable { case word, number, symbol }

    /// As written.
    let text: String
    /// Lower-cased, curly apostrophes straightened, possessive `'s` removed.
    let lower: String
    let kind: Kind
    /// Character offsets `[start, end)` in the analysed string.
    let start: Int
    let end: Int
    /// Whether whitespace separates this token from the previous one.
    let spaceBefore: Bool
    let isPossessive: Bool

    var isCapitalized: Bool { text.first?.isUppercase == true }
    var isWord: Bool { kind == .word }
    /// The numeric value of a number token (`25,000` → 25000; a decimal comma, `1,5` → 1.5: a thousands group has three digits).
    var number: Double? {
        guard kind == .number else { return nil }
        let groups = text.split(separator: ",", omittingEmptySubsequences: false)
        if groups.count == 2, !text.contains("."), (1...2).contains(groups[1].count) { return Double("\(groups[0]).\(groups[1])") }
        return Double(text.filter { $0 != "," })
    }
}

/// Splits text into tokens. Hyphens stay separate symbols so `20-year-old` reads as parts,
/// while `U.S.`, `a.m.` and `O’Hare` stay whole words.
enum Tokenizer {
    static func tokenize(_ string: String) -> [Token] {
        TextUnits.isPlainASCII(string) ? tokenize(ASCIIUnit.units(string)) : tokenize(Array(string))
    }

    /// Offsets count units, which are characters in both forms.
    static func tokenize<U: TextUnit>(_ chars: [U]) -> [Token] {
        var tokens: [Token] = []
        var i = 0
        var sawSpace = true
        while i < chars.count {
            let c = chars[i]
            if c.isWhitespace {
                sawSpace = true
                i += 1
                continue
            }
            let start = i
            var kind: Token.Kind = .symbol
            if c.isLetter {
                kind = .word
                var segment = 0
                while i < chars.count {
                    let ch = chars[i]
                    if ch.isLetter || ch.isNumber && segment > 0 {
                        segment += 1
                        i += 1
                    } else if ch.isApostrophe, i + 1 < chars.count, chars[i + 1].isLetter {
                        i += 1
                    } else if ch.isPeriod, segment == 1, i + 1 < chars.count, chars[i + 1].isLetter,
                              i + 2 >= chars.count || !chars[i + 2].isLetter || chars[i + 2].isPeriod {
                        // Initialism: U.S., a.m. — one letter between dots.
                        segment = 0
                        i += 1
                    } else if ch.isPeriod, segment == 1, i > start + 1, chars[i - 2].isPeriod {
                        i += 1 // closing dot of an initialism
                        break
                    } else {
                        break
                    }
                }
            } else if c.isNumber {
                kind = .number
                while i < chars.count {
                    if chars[i].isNumber {
                        i += 1
                    } else if chars[i].isComma || chars[i].isPeriod, i + 1 < chars.count, chars[i + 1].isNumber {
                        i += 1
                    } else {
                        break
                    }
                }
            } else {
                i += 1
            }
            let text = U.string(chars[start..<i])
            var lower = U.lowered(chars[start..<i])
            var possessive = false
            if kind == .word, lower.hasSuffix("'s") {
                lower.removeLast(2)
                possessive = true
            } else if kind == .word, lower.hasSuffix("s'") {
                lower.removeLast()
                possessive = true
            }
            tokens.append(Token(text: text, lower: lower, kind: kind, start: start, end: i,
                                spaceBefore: sawSpace, isPossessive: possessive))
            sawSpace = false
        }
        return tokens
    }
}
