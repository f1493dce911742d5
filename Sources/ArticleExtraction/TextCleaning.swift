/// Whitespace as a reader sees it: runs of spaces, tabs, newlines and no-break spaces become one space;
/// soft hyphens and zero-width characters, which a reader does not see, go. On UTF-8 bytes: every text
/// node of every page passes through here, and `Character.isWhitespace` was a fifth of extraction time.
enum TextCleaning {
    static func collapse<S: StringProtocol>(_ s: S) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        var input = Array(s.utf8)
        input.withUnsafeMutableBufferPointer { b in
            var i = 0
            let n = b.count
            while i < n {
                let c = b[i]
                var width = 1
                var kind = Kind.visible
                if c < 0x80 {
                    if c == 0x20 || (c >= 0x09 && c <= 0x0D) { kind = .space }
                } else if c == 0xC2, i + 1 < n {
                    width = 2
                    if b[i + 1] == 0xA0 || b[i + 1] == 0x85 { kind = .space } else if b[i + 1] == 0xAD { kind = .invisible }
                } else if c == 0xE2, i + 2 < n, b[i + 1] == 0x80 || b[i + 1] == 0x81 {
                    width = 3
                    let d = b[i + 2]
                    if b[i + 1] == 0x80 {
                        if d >= 0x80 && d <= 0x8A || d == 0xA8 || d == 0xA9 || d == 0xAF { kind = .space } else if d >= 0x8B && d <= 0x8D { kind = .invisible }
                    } else {
                        if d == 0x9F { kind = .space } else if d == 0xA0 { kind = .invisible }
                    }
                } else if c == 0xE3, i + 2 < n, b[i + 1] == 0x80, b[i + 2] == 0x80 {
                    width = 3; kind = .space
                } else if c == 0xE1, i + 2 < n, b[i + 1] == 0x9A, b[i + 2] == 0x80 {
                    width = 3; kind = .space
                } else if c == 0xEF, i + 2 < n, b[i + 1] == 0xBB, b[i + 2] == 0xBF {
                    width = 3; kind = .invisible
                }
                switch kind {
                case .space:
                    pendingSpace = !out.isEmpty
                    i += width
                case .invisible:
                    i += width
                case .visible:
                    if pendingSpace { out.append(0x20) }
                    pendingSpace = false
                    // Copy the whole sequence (the lead byte decides its length) for bytes not examined above.
                    out.append(c)
                    i += 1
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private enum Kind { case visible, space, invisible }
}

extension StringProtocol {
    /// Substring test on UTF-8 bytes; Foundation's `contains` goes through NSString, and every element's
    /// names and styles, and every line of every source (FactCheckKit's noise rules), are tested.
    @inlinable
    public func containsBytes(_ needle: String) -> Bool {
        let h = Array(utf8), n = Array(needle.utf8)
        guard n.count <= h.count, let first = n.first else { return n.isEmpty }
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
