/// Byte-for-byte rewrites of the input that help the parser without moving
/// any offsets (each replacement has the same UTF-8 length).
enum ParserInput {
    /// Link Grammar reads the final period of "U.S." before a lower-case word
    /// as the end of the sentence ("gave sensitive U.S. documents to ..."), so
    /// that period becomes a space.
    static func prepared(_ text: String) -> String {
        var bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            // An initialism: two or more capital-letter + "." pairs, at a word start.
            guard isUpper(bytes[i]), i == 0 || !isLetter(bytes[i - 1]) else { i += 1; continue }
            var j = i, pairs = 0
            while j + 1 < bytes.count, isUpper(bytes[j]), bytes[j + 1] == UInt8(ascii: ".") {
                j += 2
                pairs += 1
            }
            if pairs >= 2, j + 1 < bytes.count, bytes[j] == UInt8(ascii: " "), isLower(bytes[j + 1]) {
                bytes[j - 1] = UInt8(ascii: " ")
            }
            i = max(j, i + 1)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func isUpper(_ b: UInt8) -> Bool { b >= 65 && b <= 90 }
    private static func isLower(_ b: UInt8) -> Bool { b >= 97 && b <= 122 }
    private static func isLetter(_ b: UInt8) -> Bool { isUpper(b) || isLower(b) }
}
