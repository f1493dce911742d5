import Foundation

/// Turns a file's bytes into text, or says in one line why it is not an article.
enum TextDecoder {
    enum Outcome: Equatable {
        case text(String, warning: String?)
        case rejected(String)
    }

    static func decode(_ data: Data) -> Outcome {
        if data.isEmpty { return .rejected("empty file") }
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let enc: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            guard let s = String(data: data.dropFirst(2), encoding: enc) else { return .rejected("invalid UTF-16") }
            return .text(s, warning: "decoded as UTF-16 (byte-order mark)")
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if looksBinary(body) { return .rejected("binary file, not text") }
        if let s = String(validating: body, as: UTF8.self) { return .text(s, warning: nil) }
        let line = firstInvalidUTF8Line(body)
        // Latin-1 maps every byte to a character, so nothing is lost and the line numbers hold.
        let s = String(body.map { Character(Unicode.Scalar($0)) })
        return .text(s, warning: "line \(line): not valid UTF-8; decoded as Latin-1")
    }

    /// NUL bytes, or many control bytes, in the first 8 KiB mean a binary file.
    private static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(8192)
        if head.contains(0) { return true }
        let control = head.filter { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C }.count
        return control * 10 > head.count
    }

    private static func firstInvalidUTF8Line(_ bytes: [UInt8]) -> Int {
        var line = 1
        var start = 0
        for (i, b) in bytes.enumerated() where b == 0x0A {
            if String(validating: bytes[start..<i], as: UTF8.self) == nil { return line }
            line += 1
            start = i + 1
        }
        return line
    }
}
