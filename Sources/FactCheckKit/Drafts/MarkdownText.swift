/// The text a reader of a Markdown draft sees: `**bold**`, `_em_`, `[link](url)`, list and heading marks,
/// and `>` quotes reduced to their words, so the checker reads words rather than syntax.
enum MarkdownText {
    static func plain(_ s: String) -> String {
        var t = Substring(s)
        // Block marks at the start of a sentence that starts a line.
        while let f = t.first, f == "#" || f == ">" { t = t.dropFirst() }
        for marker in ["- ", "* ", "+ "] where t.hasPrefix(marker) { t = t.dropFirst(2) }
        if let dot = t.firstIndex(of: "."), t[..<dot].allSatisfy(\.isNumber), !t[..<dot].isEmpty, t[t.index(after: dot)...].hasPrefix(" ") {
            t = t[t.index(after: dot)...]
        }
        var out = ""
        let chars = Array(String(t).trimmingWhitespace())
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "[", let close = chars[i...].firstIndex(of: "]"), close + 1 < chars.count, chars[close + 1] == "(",
               let end = chars[(close + 1)...].firstIndex(of: ")") {
                out += String(chars[(i + 1)..<close])
                i = end + 1
                continue
            }
            if c == "*" || c == "`" { i += 1; continue }
            // An underscore is emphasis only at a word's edge (snake_case stays).
            if c == "_", i == 0 || !chars[i - 1].isLetter || i + 1 == chars.count || !chars[i + 1].isLetter { i += 1; continue }
            out.append(c)
            i += 1
        }
        return out
    }
}
