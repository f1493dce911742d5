import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An article's size and modification time when it was listed, and its hash once read.
struct FileStamp: CacheCodable, Sendable {
    let path: String
    let size: Int
    let modified: Int
    let sha256: String

    init(path: String) {
        var info = stat()
        let ok = stat(path, &info) == 0
        self.path = path
        size = ok ? Int(info.st_size) : -1
        modified = ok ? Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec) : -1
        sha256 = ""
    }

    private init(path: String, size: Int, modified: Int, sha256: String) {
        self.path = path
        self.size = size
        self.modified = modified
        self.sha256 = sha256
    }

    func with(sha256: String) -> FileStamp { FileStamp(path: path, size: size, modified: modified, sha256: sha256) }

    /// Same size, and the same time or (after a `touch` or a copy) the same content.
    func matches(_ saved: FileStamp) -> Bool {
        guard size == saved.size, size >= 0 else { return false }
        if modified == saved.modified { return true }
        guard !saved.sha256.isEmpty, let data = FileManager.default.contents(atPath: path) else { return false }
        return SHA256.hex(data) == saved.sha256
    }

    func write(to w: inout CacheWriter) {
        w.string(path); w.int(size); w.int(modified); w.string(sha256)
    }

    init(from r: inout CacheReader) throws {
        self.init(path: try r.string(), size: try r.int(), modified: try r.int(), sha256: try r.string())
    }
}
