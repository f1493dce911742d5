/// A stretch of text at an exact place in the file, before noise classification.
struct Segment: Equatable {
    var line: Int      // 1-based
    var column: Int    // 1-based, in characters
    var text: String
}

/// Splits article lines into sentences, keeping each one's exact line and column.
///
/// Blank lines end paragraphs; a line break ends a sentence too, unless a long line
/// without final punctuation runs on into a lower-case line (hard-wrapped text).
enum SentenceSegmenter {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "st", "jr", "sr",
        "vs", "inc", "ltd", "co", "corp", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "mt", "ft", "approx", "dept", "est", "fig", "rev", "hon", "atty", "supt",
    ]
    /// Words that, capitalised after `U.S.`, almost always start a new sentence.
    static let sentenceStarters: Set<String> = [
        "the", "he", "she", "it", "they", "we", "i", "this", "that", "these", "those", "in", "but", "and", "a", "an",
        "his", "her", "their", "on", "at", "after", "when", "however", "there", "its", "our",
    ]
    /// Longer "sentences" are kept for line numbers but never analysed or cited.
    static let maximumSentenceLength = 5_000

    /// - Parameter forceCharacters: skip the ASCII fast path (tests compare the two).
    /// - Parameter hardWrapped: every line break may fall inside a sentence (a PDF's lines): a sentence runs on
    ///   until it ends, whatever the length of the line or the case of the next.
    static func segment(lines: [String], firstLine: Int = 1, forceCharacters: Bool = false, hardWrapped: Bool = false) -> [Segment] {
        var state = State()
        state.hardWrapped = hardWrapped
        for (offset, raw) in lines.enumerated() where offset + 1 >= firstLine {
            if !forceCharacters, TextUnits.isPlainASCII(raw) {
                state.add(line: offset + 1, ASCIIUnit.units(raw))
            } else {
                state.add(line: offset + 1, Array(raw))
            }
        }
        return state.out
    }

    /// Sentences so far, and whether the last one may run on into the next line.
    private struct State {
        var out: [Segment] = []
        var openRunOn = false   // the last segment may continue on the next line
        var trailing = ""       // whitespace after the last segment of the previous line
        var hardWrapped = false

        mutating func add<U: TextUnit>(line: Int, _ chars: [U]) {
            let pieces = split(chars)
            guard let lastPiece = pieces.last else {
                openRunOn = false
                return
            }
            var rest = pieces[...]
            if openRunOn, let first = rest.first, hardWrapped || chars[first.lowerBound].isLowercase, var last = out.popLast() {
                // Keep the whitespace around the line break so the text stays verbatim (found by fuzzing).
                last.text += trailing + "\n" + U.string(chars[0..<first.upperBound])
                out.append(last)
                rest = rest.dropFirst()
            }
            for r in rest {
                out.append(Segment(line: line, column: r.lowerBound + 1, text: U.string(chars[r])))
            }
            trailing = U.string(chars[lastPiece.upperBound...])
            let lastChar = chars[lastPiece.upperBound - 1]
            openRunOn = (hardWrapped || chars.count >= 60) && !lastChar.isTerminator && !lastChar.isCloser
        }
    }

    /// Character ranges of the sentences on one line, whitespace trimmed.
    static func split<U: TextUnit>(_ chars: [U]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < chars.count {
            if chars[i].isTerminator, let end = boundaryEnd(chars, at: i) {
                append(chars, start..<end, to: &ranges)
                start = end
                i = end
            } else {
                i += 1
            }
        }
        append(chars, start..<chars.count, to: &ranges)
        return ranges
    }

    private static func append<U: TextUnit>(_ chars: [U], _ r: Range<Int>, to ranges: inout [Range<Int>]) {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi, chars[lo].isWhitespace { lo += 1 }
        while hi > lo, chars[hi - 1].isWhitespace { hi -= 1 }
        if lo < hi { ranges.append(lo..<hi) }
    }

    /// If the terminator at `i` ends a sentence, the index just past it and any closing quotes.
    private static func boundaryEnd<U: TextUnit>(_ chars: [U], at i: Int) -> Int? {
        var end = i + 1
        while end < chars.count, chars[end].isTerminator { end += 1 }
        while end < chars.count, chars[end].isCloser { end += 1 }
        if end >= chars.count { return end }
        guard chars[end].isWhitespace else { return nil }
        var next = end
        while next < chars.count, chars[next].isWhitespace { next += 1 }
        guard next < chars.count else { return end }
        var first = chars[next]
        if first.isOpener, next + 1 < chars.count { first = chars[next + 1] }
        guard first.isUppercase || first.isNumber || chars[next].isOpener else { return nil }
        if chars[i].isPeriod {
            let word = wordBefore(chars, i)
            let bare = word.lowercased()
            if abbreviations.contains(bare) { return nil }
            if bare.count == 1, word.first!.isUppercase { return nil } // an initial: "John F. Kennedy"
            if bare.contains(".") {
                // U.S. / a.m.: a boundary only before a word that usually starts a sentence.
                let nextWord = wordAfter(chars, next).lowercased()
                if !sentenceStarters.contains(nextWord) { return nil }
            }
        }
        return end
    }

    private static func wordBefore<U: TextUnit>(_ chars: [U], _ i: Int) -> String {
        var j = i
        while j > 0, chars[j - 1].isLetter || chars[j - 1].isPeriod { j -= 1 }
        return U.string(chars[j..<i])
    }

    private static func wordAfter<U: TextUnit>(_ chars: [U], _ i: Int) -> String {
        var j = i
        while j < chars.count, !chars[j].isLetter { j += 1 }
        var k = j
        while k < chars.count, chars[k].isLetter { k += 1 }
        return U.string(chars[j..<k])
    }
}
