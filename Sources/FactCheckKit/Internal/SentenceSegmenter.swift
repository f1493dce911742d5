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

    static let terminators: Set<Character> = [".", "!", "?", "…"]
    static let closers: Set<Character> = ["\"", "'", "”", "’", ")", "]", "»"]
    static let openers: Set<Character> = ["\"", "'", "“", "‘", "(", "[", "«"]

    static func segment(lines: [String], firstLine: Int = 1) -> [Segment] {
        var out: [Segment] = []
        var openRunOn = false   // the last segment may continue on the next line
        var trailing = ""       // whitespace after the last segment of the previous line
        for (offset, raw) in lines.enumerated() where offset + 1 >= firstLine {
            let chars = Array(raw)
            let pieces = split(chars)
            if pieces.isEmpty {
                openRunOn = false
                continue
            }
            var rest = pieces[...]
            if openRunOn, let first = rest.first, chars[first.lowerBound].isLowercase, var last = out.popLast() {
                // Keep the whitespace around the line break so the text stays verbatim (found by fuzzing).
                last.text += trailing + "\n" + String(chars[0..<first.upperBound])
                out.append(last)
                rest = rest.dropFirst()
            }
            for r in rest {
                out.append(Segment(line: offset + 1, column: r.lowerBound + 1, text: String(chars[r])))
            }
            trailing = String(chars[pieces.last!.upperBound...])
            let lastChar = chars[pieces.last!.upperBound - 1]
            openRunOn = chars.count >= 60 && !terminators.contains(lastChar) && !closers.contains(lastChar)
        }
        return out
    }

    /// Character ranges of the sentences on one line, whitespace trimmed.
    static func split(_ chars: [Character]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < chars.count {
            if terminators.contains(chars[i]), let end = boundaryEnd(chars, at: i) {
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

    private static func append(_ chars: [Character], _ r: Range<Int>, to ranges: inout [Range<Int>]) {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi, chars[lo].isWhitespace { lo += 1 }
        while hi > lo, chars[hi - 1].isWhitespace { hi -= 1 }
        if lo < hi { ranges.append(lo..<hi) }
    }

    /// If the terminator at `i` ends a sentence, the index just past it and any closing quotes.
    private static func boundaryEnd(_ chars: [Character], at i: Int) -> Int? {
        var end = i + 1
        while end < chars.count, terminators.contains(chars[end]) { end += 1 }
        while end < chars.count, closers.contains(chars[end]) { end += 1 }
        if end >= chars.count { return end }
        guard chars[end].isWhitespace else { return nil }
        var next = end
        while next < chars.count, chars[next].isWhitespace { next += 1 }
        guard next < chars.count else { return end }
        var first = chars[next]
        if openers.contains(first), next + 1 < chars.count { first = chars[next + 1] }
        guard first.isUppercase || first.isNumber || openers.contains(chars[next]) else { return nil }
        if chars[i] == "." {
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

    private static func wordBefore(_ chars: [Character], _ i: Int) -> String {
        var j = i
        while j > 0, chars[j - 1].isLetter || chars[j - 1] == "." { j -= 1 }
        return String(chars[j..<i])
    }

    private static func wordAfter(_ chars: [Character], _ i: Int) -> String {
        var j = i
        while j < chars.count, !chars[j].isLetter { j += 1 }
        var k = j
        while k < chars.count, chars[k].isLetter { k += 1 }
        return String(chars[j..<k])
    }
}
