/// Words of a `class` or `id` value: `article-body shareBar__icon` → article, body, share, bar, icon.
/// On UTF-8 bytes: every element's attributes pass through here.
enum NameTokens {
    static func split(_ value: String) -> [String] {
        var tokens: [String] = []
        var current: [UInt8] = []
        var previousLower = false
        func finish() {
            if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                current.append(byte)
                previousLower = byte >= UInt8(ascii: "a")
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                // A lower-to-upper step starts a new word (camel case).
                if previousLower { finish() }
                current.append(byte + 32)
                previousLower = false
            case 0x80...:
                current.append(byte)   // part of a non-ASCII letter: kept as it is
                previousLower = false
            default:
                finish()
                previousLower = false
            }
        }
        finish()
        return tokens
    }
}
