import CLibXML2

/// The character set a saved page is in: a byte-order mark, else the page's own declaration
/// (`<meta charset>` or `http-equiv` content, looked for in the first 4 KiB as browsers do),
/// else UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what undeclared Western pages are).
struct Charset: Equatable {
    enum Source: String, Equatable { case byteOrderMark = "byte-order mark", declared = "<meta charset>", validUTF8 = "valid UTF-8", fallback = "fallback" }

    /// A name libxml2 (iconv) converts from.
    var name: String
    var source: Source
    /// Bytes to skip at the start (a byte-order mark).
    var skip = 0
    /// Why the declaration was not followed, when it was not.
    var warning: String?

    static func detect(_ bytes: [UInt8]) -> Charset {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return Charset(name: "UTF-8", source: .byteOrderMark, skip: 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return Charset(name: "UTF-16LE", source: .byteOrderMark, skip: 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return Charset(name: "UTF-16BE", source: .byteOrderMark, skip: 2) }
        let isUTF8 = String(validating: bytes, as: UTF8.self) != nil
        let undeclared = isUTF8 ? Charset(name: "UTF-8", source: .validUTF8) : Charset(name: "windows-1252", source: .fallback)
        guard let declared = declaration(in: bytes.prefix(4096)) else { return undeclared }
        let name = canonical(declared)
        if name == "UTF-8" && !isUTF8 {
            return Charset(name: "windows-1252", source: .fallback, warning: "declared UTF-8 but is not; read as Windows-1252")
        }
        guard knownToConverter(name) else {
            var c = undeclared
            c.warning = "unknown charset \"\(declared)\"; read as \(c.name)"
            return c
        }
        return Charset(name: name, source: .declared)
    }

    /// The bytes as UTF-8 for the charsets pages mostly use, invalid sequences replaced; `nil` for others (libxml2 converts those).
    /// - Parameter validated: `detect` already found the bytes to be valid UTF-8; they are not checked twice.
    static func utf8(_ bytes: [UInt8], from name: String, validated: Bool = false) -> [UInt8]? {
        switch name {
        case "UTF-8":
            return validated || String(validating: bytes, as: UTF8.self) != nil ? bytes : Array(String(decoding: bytes, as: UTF8.self).utf8)
        case "UTF-16LE", "UTF-16BE":
            let units = stride(from: 0, to: bytes.count - 1, by: 2).map { i -> UInt16 in
                name == "UTF-16LE" ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])
            }
            return Array(String(decoding: units, as: UTF16.self).utf8)
        case "windows-1252":
            var scalars = String.UnicodeScalarView()
            for b in bytes { scalars.append(b >= 0x80 && b < 0xA0 ? windows1252High[Int(b - 0x80)] : Unicode.Scalar(b)) }
            return Array(String(scalars).utf8)
        default:
            return nil
        }
    }

    /// Windows-1252's 0x80–0x9F; the five bytes it leaves undefined map to the C1 controls, as browsers do.
    static let windows1252High: [Unicode.Scalar] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ].map { Unicode.Scalar(UInt32($0))! }

    /// WHATWG's labels: Latin-1 and ASCII mean Windows-1252; a UTF-16 declaration in ASCII-compatible bytes is wrong.
    static func canonical(_ label: String) -> String {
        switch label.lowercased() {
        case "utf8", "utf-8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be": return "UTF-8"
        case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252", "windows-1252", "x-cp1252": return "windows-1252"
        case "gb2312", "gbk", "x-gbk": return "GB18030"
        case "shift_jis", "sjis", "x-sjis": return "SHIFT_JIS"
        default: return label
        }
    }

    static func knownToConverter(_ name: String) -> Bool {
        guard let handler = xmlFindCharEncodingHandler(name) else { return false }
        xmlCharEncCloseFunc(handler)
        return true
    }

    /// The value after `charset=` inside the first `<meta …>` that has one; bytes compared case-insensitively.
    static func declaration(in head: ArraySlice<UInt8>) -> String? {
        let bytes = Array(head).map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        let meta = Array("<meta".utf8), charset = Array("charset".utf8)
        var i = 0
        while let start = find(meta, in: bytes, from: i) {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count
            var j = start
            while let c = find(charset, in: bytes, from: j), c < end {
                var k = c + charset.count
                while k < end, bytes[k] == 0x20 { k += 1 }
                if k < end, bytes[k] == UInt8(ascii: "=") {
                    k += 1
                    while k < end, bytes[k] == 0x20 || bytes[k] == 0x22 || bytes[k] == 0x27 { k += 1 }
                    var value: [UInt8] = []
                    while k < end, isLabelByte(bytes[k]) { value.append(bytes[k]); k += 1 }
                    if !value.isEmpty { return String(decoding: value, as: UTF8.self) }
                }
                j = c + charset.count
            }
            i = end
        }
        return nil
    }

    private static func isLabelByte(_ b: UInt8) -> Bool {
        (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b == 45 || b == 95 || b == 46 || b == 58
    }

    private static func find(_ needle: [UInt8], in hay: [UInt8], from: Int) -> Int? {
        guard needle.count <= hay.count else { return nil }
        var i = from
        while i + needle.count <= hay.count {
            if hay[i] == needle[0] && hay[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
