/// Makes untrusted text (articles, claims) safe to show in a terminal or a text report.
public enum TextSafety {
    /// Replaces control characters (ESC, BEL, C1 controls…) with visible `␛`-style placeholders,
    /// so article text can never move the cursor, retitle the window or hide output.
    public static func visible(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x09: out.unicodeScalars.append(scalar)
            case 0x1B: out += "␛"
            case 0x00...0x1F: out.unicodeScalars.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: out += "␡"
            case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069: out += "�"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Shortens to at most `limit` characters at a word boundary, marking the cut with `…`.
    public static func clip(_ s: String, _ limit: Int) -> String {
        let flat = s.replacingOccurrences(of: "\n", with: " ")
        guard flat.count > limit else { return flat }
        var cut = String(flat.prefix(limit))
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > limit / 2 {
            cut = String(cut[..<space])
        }
        return cut + "…"
    }
}
