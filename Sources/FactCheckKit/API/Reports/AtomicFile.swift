import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes files so that readers see the old content or the new, never half of either.
public enum AtomicFile {
    /// Why a report could not be written; the previous file, if any, is untouched.
    public struct WriteError: Error, CustomStringConvertible {
        /// The destination.
        public let path: String
        /// The system's reason.
        public let reason: String
        public var description: String { "\(path): cannot write report: \(reason); the previous file (if any) is unchanged" }
    }

    /// Writes `content` to a temporary file in the destination's folder, flushes it, then renames it over `path`.
    public static func write(_ content: String, to path: String) throws {
        try write(bytes: Array(content.utf8), to: path)
    }

    /// Writes `bytes` the same way: temporary file, flush, rename.
    /// - Parameter permissions: the new file's mode (before the umask).
    public static func write(bytes: [UInt8], to path: String, permissions: mode_t = 0o644) throws {
        let dir = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        // Unique per write, not just per process: two threads may save the same file (a background cache write and `:reload`).
        let temp = (dir as NSString).appendingPathComponent(".\((path as NSString).lastPathComponent).\(getpid())-\(UUID().uuidString.prefix(8)).tmp")
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC, permissions)
        guard fd >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        let total = bytes.count
        var written = 0
        while written < total {
            let offset = written
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, total - offset) }
            if n < 0 {
                let reason = String(cString: strerror(errno))
                close(fd)
                unlink(temp)
                throw WriteError(path: path, reason: reason)
            }
            written += n
        }
        if fsync(fd) != 0 || close(fd) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temp)
            throw WriteError(path: path, reason: reason)
        }
        if rename(temp, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temp)
            throw WriteError(path: path, reason: reason)
        }
    }
}
