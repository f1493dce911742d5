/// Whitespace as a reader sees it: runs of spaces, tabs, newlines and no-break spaces become one space.
/// Works on Unicode scalars with an ASCII fast path: every text node of every page passes through here,
/// and `Character.isWhitespace` (grapheme breaking, property lookup) was a fifth of extraction time.
enum TextCleaning {
    static func collapse<S: StringProtocol>(_ s: S) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var started = false
        for scalar in s.unicodeScalars {
            if isInvisible(scalar) { continue }
            if isSpace(scalar) {
                pendingSpace = started
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                started = true
                out.append(scalar)
            }
        }
        return String(out)
    }

    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        switch v {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Soft hyphens and zero-width characters: a reader sees nothing there, and a quote must not either.
    @inline(__always)
    static func isInvisible(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v >= 0xAD && (v == 0xAD || (v >= 0x200B && v <= 0x200D) || v == 0x2060 || v == 0xFEFF)
    }
}

extension StringProtocol {
    /// Substring test on UTF-8 bytes; Foundation's `contains` goes through NSString, and every
    /// element's names and styles are tested.
    func containsBytes(_ needle: String) -> Bool {
        var hay = Array(utf8)
        let n = Array(needle.utf8)
        guard let first = n.first, n.count <= hay.count else { return n.isEmpty }
        return hay.withUnsafeMutableBufferPointer { h in
            var i = 0
            while i <= h.count - n.count {
                if h[i] == first {
                    var j = 1
                    while j < n.count && h[i + j] == n[j] { j += 1 }
                    if j == n.count { return true }
                }
                i += 1
            }
            return false
        }
    }
}
