import Foundation

/// Article, claim and draft text made safe for each report format; every report escapes through here.
enum Escaping {
    /// HTML element content and attribute values.
    static func html(_ s: String) -> String {
        var out = ""
        for ch in TextSafety.visible(s) {
            switch ch {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    static func json(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where u.value < 0x20 || (0x7F...0x9F).contains(u.value) || u.value == 0x2028 || u.value == 0x2029:
                out += String(format: "\\u%04x", u.value)
            default: out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }

    /// Markdown inline text: tables, links, emphasis and HTML stay text.
    static func markdown(_ s: String) -> String {
        var out = ""
        for ch in TextSafety.visible(s) {
            switch ch {
            case "\n": out += " "
            case "\\", "`", "*", "_", "[", "]", "(", ")", "#", "|", "!", "<", ">", "~": out += "\\\(ch)"
            case "&": out += "&amp;"
            default: out.append(ch)
            }
        }
        return out
    }
}
