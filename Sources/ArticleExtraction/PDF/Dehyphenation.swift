/// Undoes hyphenation at line ends: `investi-` + `gation was …` → `investigation` + `was …`.
/// The joined word moves up, so each line stays the line it was on the page.
enum Dehyphenation {
    static func apply(_ lines: [String]) -> [String] {
        var out = lines
        var i = 0
        while i + 1 < out.count {
            let line = out[i], next = out[i + 1]
            if endsInBrokenWord(line), let first = next.first, first.isLowercase {
                let split = next.firstIndex(of: " ") ?? next.endIndex
                out[i] = String(line.dropLast()) + next[..<split]
                let rest = next[split...].drop(while: { $0 == " " })
                if rest.isEmpty { out.remove(at: i + 1) } else { out[i + 1] = String(rest) }
            }
            i += 1
        }
        return out
    }

    /// A letter, then a hyphen, at the end: not `well-` before `known` split by choice? Such compounds
    /// lose their hyphen too, which costs less than leaving every broken word broken.
    static func endsInBrokenWord(_ line: String) -> Bool {
        guard line.count >= 3, line.last == "-" || line.last == "\u{00AD}" else { return false }
        let before = line[line.index(line.endIndex, offsetBy: -2)]
        return before.isLetter && before.isLowercase
    }
}
