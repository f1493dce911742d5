/// A URL text fragment (`#:~:text=start,end`, WICG Scroll-to-Text) that makes a browser open a
/// saved page scrolled to a quoted sentence and highlight it.
enum TextFragment {
    /// Words quoted at each end of a long sentence; the browser matches the span between them.
    static let edgeWords = 4

    static func directive(quote: String) -> String {
        let words = quote.split(whereSeparator: \.isWhitespace)
        if words.count <= edgeWords * 2 { return "#:~:text=" + encode(words.joined(separator: " ")) }
        let start = words.prefix(edgeWords).joined(separator: " ")
        let end = words.suffix(edgeWords).joined(separator: " ")
        return "#:~:text=" + encode(start) + "," + encode(end)
    }

    /// Percent-encodes all but unreserved letters and digits: `-`, `,` and `&` are the directive's own syntax.
    static func encode(_ s: String) -> String {
        var out = ""
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.append(Character(Unicode.Scalar(byte)))
            default:
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(2)
            }
        }
        return out
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
