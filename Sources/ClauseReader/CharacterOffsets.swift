/// Converts Link Grammar's UTF-8 byte offsets into `Character` offsets of the
/// original Swift string, and slices the string by `Character` offsets.
///
/// Link Grammar also reports `char_start`/`char_end`, but those count Unicode
/// code points, which differ from Swift Characters for combining marks
/// ("e\u{301}") and emoji sequences; byte offsets are exact.
struct CharacterOffsets {
    let text: String
    /// UTF-8 offset of the first byte of each Character, in order.
    private let byteStarts: [Int]
    /// String index of each Character, plus `endIndex` at the end.
    private let indices: [String.Index]
    let utf8Count: Int

    init(_ text: String) {
        self.text = text
        var starts: [Int] = []
        var indices: [String.Index] = []
        starts.reserveCapacity(text.utf8.count)
        var offset = 0
        var index = text.startIndex
        while index < text.endIndex {
            starts.append(offset)
            indices.append(index)
            let next = text.index(after: index)
            offset += text.utf8.distance(from: index, to: next)
            index = next
        }
        indices.append(text.endIndex)
        self.byteStarts = starts
        self.indices = indices
        self.utf8Count = offset
    }

    var characterCount: Int { byteStarts.count }

    /// The Character containing byte `byte` (a word's start).
    func character(atByte byte: Int) -> Int {
        // Last Character whose first byte is <= byte.
        var low = 0, high = byteStarts.count
        while low < high {
            let mid = (low + high) / 2
            if byteStarts[mid] <= byte { low = mid + 1 } else { high = mid }
        }
        return max(0, low - 1)
    }

    /// The number of Characters that start before byte `byte` (a word's end).
    func character(endingAtByte byte: Int) -> Int {
        var low = 0, high = byteStarts.count
        while low < high {
            let mid = (low + high) / 2
            if byteStarts[mid] < byte { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Character range covering the byte range `start..<end`.
    func characters(bytes start: Int, _ end: Int) -> Range<Int> {
        let s = min(max(0, start), utf8Count)
        let e = min(max(s, end), utf8Count)
        if s == e {
            let c = character(endingAtByte: s)
            return c..<c
        }
        return character(atByte: s)..<character(endingAtByte: e)
    }

    /// The text at Character offsets `range`.
    func text(_ range: Range<Int>) -> String {
        let lower = min(max(0, range.lowerBound), characterCount)
        let upper = min(max(lower, range.upperBound), characterCount)
        return String(text[indices[lower]..<indices[upper]])
    }
}
