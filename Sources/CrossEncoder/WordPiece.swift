import Foundation

/// A WordPiece vocabulary (`vocab.txt`, one token per line, id = line index) and the greedy
/// longest-match-first subword algorithm with `##` continuation pieces.
///
/// Tokens are keyed by their exact UTF-8 bytes, not by `String`: Swift's String equality is
/// canonical equivalence (e.g. U+F9xx CJK compatibility ideographs equal their unified
/// ideographs, and a Hangul syllable equals its jamo), whereas HF matches exact code points.
struct WordPiece: Sendable {
    let vocabulary: [[UInt8]: Int32]
    let count: Int
    let unknownID: Int32
    let continuationPrefix = "##"
    /// Words longer than this many Unicode scalars become [UNK] (HF default: 100).
    let maxInputCharsPerWord = 100

    init(url: URL, unknownToken: String = "[UNK]") throws {
        let path = url.path
        guard FileManager.default.fileExists(atPath: path) else {
            throw CrossEncoderError.missingFile(path: path)
        }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw CrossEncoderError.unreadableFile(path: path, reason: error.localizedDescription)
        }
        try self.init(data: data, path: path, unknownToken: unknownToken)
    }

    init(data: Data, path: String, unknownToken: String = "[UNK]") throws {
        var vocabulary: [[UInt8]: Int32] = [:]
        vocabulary.reserveCapacity(32_768)
        var index = 0
        var invalidLine: Int?
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var lineStart = 0
            let n = bytes.count
            var i = 0
            while i <= n {
                if i == n || bytes[i] == 0x0A {
                    if i == n && lineStart == n { break }  // no empty token after a final newline
                    // Trailing whitespace is trimmed, as HF does (handles \r\n files).
                    var end = i
                    while end > lineStart, Self.isTrailingSpace(bytes[end - 1]) { end -= 1 }
                    let token = UnsafeBufferPointer(rebasing: bytes[lineStart..<end])
                    if String(validating: token, as: UTF8.self) != nil {
                        vocabulary[Array(token)] = Int32(index)  // a later duplicate wins, as in HF
                    } else if invalidLine == nil {
                        invalidLine = index + 1
                    }
                    index += 1
                    lineStart = i + 1
                }
                i += 1
            }
        }
        if let line = invalidLine {
            throw CrossEncoderError.invalidVocabulary(path: path, reason: "line \(line) is not valid UTF-8")
        }
        guard index > 0 else { throw CrossEncoderError.invalidVocabulary(path: path, reason: "file is empty") }
        guard index <= Int(Int32.max) else {
            throw CrossEncoderError.invalidVocabulary(path: path, reason: "too many tokens")
        }
        guard let unk = vocabulary[Array(unknownToken.utf8)] else {
            throw CrossEncoderError.invalidVocabulary(path: path, reason: "no \(unknownToken) token")
        }
        self.vocabulary = vocabulary
        self.count = index
        self.unknownID = unk
    }

    private static func isTrailingSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0B || b == 0x0C
    }

    /// Id of an exact token, if present.
    func id(of token: String) -> Int32? { vocabulary[Array(token.utf8)] }

    /// Appends the WordPiece ids of one pre-tokenised word (UTF-8 bytes) to `ids`.
    func appendIDs(of word: [UInt8], to ids: inout [Int32]) {
        // Length limit in Unicode scalars (Rust chars): count the non-continuation bytes.
        var scalarCount = 0
        for b in word where b & 0xC0 != 0x80 { scalarCount += 1 }
        if scalarCount > maxInputCharsPerWord {
            ids.append(unknownID)
            return
        }
        let firstNew = ids.count
        let n = word.count
        var start = 0
        var candidate: [UInt8] = []
        candidate.reserveCapacity(n + 2)
        while start < n {
            var end = n
            var found: Int32?
            while start < end {
                candidate.removeAll(keepingCapacity: true)
                if start > 0 { candidate.append(0x23); candidate.append(0x23) }  // "##"
                candidate.append(contentsOf: word[start..<end])
                if let id = vocabulary[candidate] {
                    found = id
                    break
                }
                // Previous scalar boundary.
                end -= 1
                while end > start && word[end] & 0xC0 == 0x80 { end -= 1 }
            }
            guard let id = found else {
                ids.removeSubrange(firstNew...)
                ids.append(unknownID)
                return
            }
            ids.append(id)
            start = end
        }
    }
}
