import CStemmer
import Foundation

/// Snowball English stemmer (Debian's libstemmer) with a memo, since news text repeats words.
///
/// libstemmer handles are not thread-safe, so each call holds a lock; analysis is
/// single-threaded today and the lock is uncontended.
final class Stemmer: @unchecked Sendable {
    static let shared = Stemmer()

    private let handle: OpaquePointer?
    private var memo: [String: String] = [:]
    private let lock = NSLock()

    private init() {
        handle = sb_stemmer_new("english", nil)
    }

    deinit { sb_stemmer_delete(handle) }

    func stem(_ word: String) -> String {
        lock.lock()
        defer { lock.unlock() }
        if let hit = memo[word] { return hit }
        guard let handle else { return word }
        var bytes = Array(word.utf8)
        let result: String = bytes.withUnsafeMutableBufferPointer { buf in
            guard let out = sb_stemmer_stem(handle, buf.baseAddress, Int32(buf.count)) else { return word }
            let len = Int(sb_stemmer_length(handle))
            return String(decoding: UnsafeBufferPointer(start: out, count: len), as: UTF8.self)
        }
        if memo.count < 200_000 { memo[word] = result }
        return result
    }
}
