import Foundation

/// Keeps the cache folder bounded: files for sources folders that no longer exist go first, then the least
/// recently used until the rest fit under the size limit. A pure decision, so it is tested without a disk.
enum CacheEviction {
    /// One cache file as found on disk.
    struct Entry: Equatable {
        /// The file's path.
        let file: String
        /// Its size.
        let bytes: Int64
        /// When it was last written or reused (its modification time, which a reuse refreshes).
        let lastUsed: Date
        /// The sources folder it was made for; `nil` when its header is from another format and cannot say.
        let sources: String?
    }

    /// The files to delete. `keep` (the file just written) is never among them, even when it alone is over the limit.
    static func victims(_ entries: [Entry], limit: Int64, keep: String, sourcesExist: (String) -> Bool) -> [String] {
        var victims: [String] = []
        var live: [Entry] = []
        for e in entries where e.file != keep {
            if let sources = e.sources, !sourcesExist(sources) { victims.append(e.file) } else { live.append(e) }
        }
        var total = entries.filter { $0.file == keep }.reduce(0) { $0 + $1.bytes } + live.reduce(0) { $0 + $1.bytes }
        for e in live.sorted(by: { $0.lastUsed < $1.lastUsed }) where total > limit {
            victims.append(e.file)
            total -= e.bytes
        }
        return victims
    }
}
