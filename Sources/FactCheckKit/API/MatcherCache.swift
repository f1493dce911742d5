import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Keeps an analysed corpus on disk, so starting again over unchanged sources skips reading and analysing them.
///
/// One file per sources folder. It is reused only if this same build wrote it and the folder lists the same
/// articles, each with the same size and either the same modification time or, if that changed, the same
/// SHA-256. Anything else, including a damaged file, means the corpus is analysed afresh and the file rewritten.
///
/// The folder is bounded: after each write, files made for sources folders that no longer exist are removed,
/// then the least recently used (a reuse counts as a use) until the folder is under `limitBytes`.
public struct MatcherCache: Sendable {
    /// Where cache files live.
    public let directory: String
    /// The most the cache files may take together; the file just written is kept even if it alone is larger.
    public let limitBytes: Int64

    /// Bumped whenever the layout in `CacheFormat+Types.swift` (or the header here) changes.
    static let formatVersion = 86
    private static let magic: [UInt8] = Array("FCMC".utf8)

    /// 1 GiB unless `FACTCHECK_CACHE_MAX_MIB` says otherwise.
    public static let defaultLimitBytes: Int64 = 1 << 30
    /// The environment variable that sets the size limit, in MiB.
    public static let limitVariable = "FACTCHECK_CACHE_MAX_MIB"

    /// A cache in `directory` (created when first written), bounded to `limitBytes`.
    public init(directory: String, limitBytes: Int64 = MatcherCache.defaultLimitBytes) {
        self.directory = directory
        self.limitBytes = limitBytes
    }

    /// The size limit the environment sets (`FACTCHECK_CACHE_MAX_MIB`), else 1 GiB; a value that is not a
    /// whole number of MiB is reported as a problem and the default used.
    public static func limit(environment: [String: String] = ProcessInfo.processInfo.environment) -> (bytes: Int64, problem: String?) {
        guard let text = environment[limitVariable], !text.isEmpty else { return (defaultLimitBytes, nil) }
        guard let mib = Int64(text.trimmingCharacters(in: .whitespaces)), mib >= 0, mib < Int64.max >> 20 else {
            return (defaultLimitBytes, "\(limitVariable)=\(text) is not a whole number of MiB; the cache is kept under \(defaultLimitBytes >> 20) MiB")
        }
        return (mib << 20, nil)
    }

    /// `$XDG_CACHE_HOME/factcheck`, else `~/.cache/factcheck`.
    public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let cache = environment["XDG_CACHE_HOME"], !cache.isEmpty { return cache + "/factcheck" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.cache/factcheck"
    }

    /// Whether the analysis came from disk, and if not, why.
    public enum Outcome: Sendable, Equatable {
        /// Read from disk: nothing changed since it was written.
        case reused
        /// Analysed afresh, with why the saved analysis could not be used (`"1 article changed"`).
        case built(reason: String)
    }

    /// A ready matcher and how it was made.
    public struct Loaded: Sendable {
        /// The engine over the sources, with `matcher.corpus.issues` for every skipped or fallback file.
        public let matcher: ClaimMatcher
        /// Reused from disk, or built (and why).
        public let outcome: Outcome
        /// Why the cache could not be written, if it could not; the matcher is complete either way.
        public let warning: String?
        /// The write still to do, when `load(sources:savingLater:)` was asked to leave it to the caller.
        public let pendingSave: PendingSave?
    }

    /// Writing a freshly analysed corpus to the cache, left for the caller to run (on any thread) so that
    /// the shell's prompt or a batch's checks need not wait for it. Run it before the process exits.
    public struct PendingSave: Sendable {
        let cache: MatcherCache
        let file: String
        let sources: String
        let matcher: ClaimMatcher
        let loadIssues: [LoadIssue]
        let manifest: [FileStamp]

        /// Writes the cache file atomically.
        /// - Returns: one line saying why it could not be written, or `nil`.
        public func run() -> String? {
            do {
                // The cache holds the articles' text, which may be confidential: owner-only, like the history.
                try FileManager.default.createDirectory(atPath: cache.directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
                try AtomicFile.write(bytes: cache.encode(matcher, sources: sources, loadIssues: loadIssues, manifest: manifest), to: file, permissions: 0o600)
                cache.prune(keeping: file)
                return nil
            } catch let e as AtomicFile.WriteError {
                return "\(file): cannot save the analysed corpus (\(e.reason)); the next start will analyse again"
            } catch {
                return "\(cache.directory): cannot create the cache folder (\(error.localizedDescription)); the next start will analyse again"
            }
        }
    }

    /// The cache file for the sources at `path`.
    public func file(for path: String) -> String {
        directory + "/corpus-" + SHA256.hex(Data(Self.absolute(path).utf8)).prefix(16) + ".fcc"
    }

    private static func absolute(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.path }

    /// Loads the sources at `path` through the cache.
    /// - Parameter savingLater: analyse if needed but leave writing the cache to `Loaded.pendingSave`.
    /// - Throws: `LoadError` when `path` does not exist, as `Corpus.load` does.
    public func load(sources path: String, savingLater: Bool = false) throws -> Loaded {
        let found = try SourceFileFinder.files(at: path)
        guard !found.files.isEmpty else {
            return Loaded(matcher: ClaimMatcher(corpus: try Corpus.load(from: path)), outcome: .built(reason: "no articles"), warning: nil, pendingSave: nil)
        }
        let stamps = found.files.map(FileStamp.init(path:))
        let cacheFile = file(for: path)
        let reason: String
        switch read(cacheFile, stamps: stamps) {
        case .success(let stored):
            // A reuse is a use: the least recently used files are the ones evicted.
            utimensat(AT_FDCWD, cacheFile, nil, 0)
            let corpus = Corpus(documents: stored.documents, issues: found.issues + stored.loadIssues)
            return Loaded(matcher: ClaimMatcher(corpus: corpus, context: stored.context, analyses: stored.analyses, index: stored.index),
                          outcome: .reused, warning: nil, pendingSave: nil)
        case .failure(let why):
            reason = why.reason
        }
        var loaded = Corpus()
        loaded.add(files: found.files)
        let matcher = ClaimMatcher(corpus: Corpus(documents: loaded.documents, issues: found.issues + loaded.issues))
        let hashes = Dictionary(loaded.documents.map { ($0.path, $0.sha256) }, uniquingKeysWith: { _, last in last })
        let manifest = stamps.map { $0.with(sha256: hashes[$0.path] ?? "") }
        let save = PendingSave(cache: self, file: cacheFile, sources: Self.absolute(path), matcher: matcher, loadIssues: loaded.issues, manifest: manifest)
        if savingLater { return Loaded(matcher: matcher, outcome: .built(reason: reason), warning: nil, pendingSave: save) }
        return Loaded(matcher: matcher, outcome: .built(reason: reason), warning: save.run(), pendingSave: nil)
    }

    /// Removes cache files for sources folders that are gone, then the least recently used until the folder fits
    /// under `limitBytes`; also temporary files a killed write left behind. Never `keeping`, the file just written.
    func prune(keeping: String) {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: directory) else { return }
        var entries: [CacheEviction.Entry] = []
        let hourAgo = Date().addingTimeInterval(-3600)
        for name in names {
            let path = directory + "/" + name
            guard let attributes = try? fm.attributesOfItem(atPath: path), let modified = attributes[.modificationDate] as? Date else { continue }
            if name.hasPrefix(".corpus-"), name.hasSuffix(".tmp") {
                // Another process may be writing it now; one an hour old was left by a write that was killed.
                if modified < hourAgo { try? fm.removeItem(atPath: path) }
                continue
            }
            guard name.hasPrefix("corpus-"), name.hasSuffix(".fcc") else { continue }
            let bytes = (attributes[.size] as? NSNumber)?.int64Value ?? 0
            entries.append(CacheEviction.Entry(file: path, bytes: bytes, lastUsed: modified, sources: Self.sourcesFolder(of: path)))
        }
        let victims = CacheEviction.victims(entries, limit: limitBytes, keep: keeping) { fm.fileExists(atPath: $0) }
        for file in victims { try? fm.removeItem(atPath: file) }
    }

    /// The sources folder a cache file was made for, read from its header; `nil` for another format or a damaged file.
    static func sourcesFolder(of file: String) -> String? {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: file), options: .alwaysMapped) else { return nil }
        return data.withUnsafeBytes { bytes -> String? in
            guard bytes.count > 12, Array(bytes.prefix(4)) == magic, let length = try? CacheReader.fixed64(bytes, at: 4),
                  length <= UInt64(bytes.count - 12) else { return nil }
            guard var header = try? CacheReader(UnsafeRawBufferPointer(rebasing: bytes[..<(12 + Int(length))]), from: 12),
                  (try? header.int()) == formatVersion else { return nil }
            return try? header.string()
        }
    }

    // MARK: - File layout: magic, header length (8 bytes), header (format, sources folder, build, manifest), body (corpus and its analysis)

    /// What a cache file's body holds.
    struct Stored {
        var documents: [SourceDocument]
        var loadIssues: [LoadIssue]
        var context: NameContext
        var analyses: [[TextAnalysis]]
        var index: SentenceIndex
    }

    private struct Stale: Error { let reason: String }

    fileprivate func encode(_ matcher: ClaimMatcher, sources: String, loadIssues: [LoadIssue], manifest: [FileStamp]) -> [UInt8] {
        var body = CacheWriter()
        body.array(matcher.corpus.documents)
        body.array(loadIssues)
        matcher.context.write(to: &body)
        body.int(matcher.analyses.count)
        for doc in matcher.analyses { body.block { $0.array(doc) } }
        matcher.index.write(to: &body)
        let b = body.encoded()
        var header = CacheWriter()
        header.int(Self.formatVersion)
        header.string(sources)
        header.string(Self.buildIdentity)
        header.array(manifest)
        header.fixed64(b.withUnsafeBytes(Self.checksum))
        let h = header.encoded()
        var length = CacheWriter()
        length.fixed64(UInt64(h.count))
        return Self.magic + length.body + h + b
    }

    private func read(_ cacheFile: String, stamps: [FileStamp]) -> Result<Stored, Stale> {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: cacheFile), options: .alwaysMapped) else {
            return .failure(Stale(reason: "no saved analysis yet"))
        }
        return data.withUnsafeBytes { bytes -> Result<Stored, Stale> in
            do {
                guard bytes.count > 4, Array(bytes.prefix(4)) == Self.magic else { throw CacheCorrupt() }
                // The header is read first and alone: a stale cache is known without decoding the body.
                let headerStart = 12, headerLength = Int(clamping: try CacheReader.fixed64(bytes, at: 4))
                guard bytes.count >= headerStart, headerLength <= bytes.count - headerStart else { throw CacheCorrupt() }
                var header = try CacheReader(UnsafeRawBufferPointer(rebasing: bytes[..<(headerStart + headerLength)]), from: headerStart)
                guard try header.int() == Self.formatVersion else { return .failure(Stale(reason: "saved by another build")) }
                _ = try header.string() // the sources folder, for `prune`
                guard try header.string() == Self.buildIdentity else { return .failure(Stale(reason: "saved by another build")) }
                let manifest: [FileStamp] = try header.array()
                guard manifest.map(\.path) == stamps.map(\.path) else { return .failure(Stale(reason: "articles added or removed")) }
                let changed = zip(manifest, stamps).filter { !$1.matches($0) }.count
                if changed > 0 { return .failure(Stale(reason: "\(changed) article\(changed == 1 ? "" : "s") changed")) }
                // Decoding only proves the bytes parse; the checksum proves they are the bytes written, so no
                // flipped bit can put a token or citation out of range later.
                let body = UnsafeRawBufferPointer(rebasing: bytes[(headerStart + headerLength)...])
                guard try header.fixed64() == Self.checksum(body) else { throw CacheCorrupt() }
                return .success(try Self.decodeBody(body))
            } catch {
                return .failure(Stale(reason: "saved analysis unreadable"))
            }
        }
    }

    /// Decodes a body; throws on anything malformed, never traps (fuzzed by `Fuzz/CacheFuzz.swift`).
    static func decodeBody(_ bytes: UnsafeRawBufferPointer) throws -> Stored {
        var body = try CacheReader(bytes, from: 0)
        let documents: [SourceDocument] = try body.array()
        let issues: [LoadIssue] = try body.array()
        let context = try NameContext(from: &body)
        let n = try body.count()
        var blocks: [CacheReader] = []
        for _ in 0..<n { blocks.append(try body.block()) }
        // One block per document, decoded on every core: reading tokens back is most of a warm start.
        let decoded = Parallel.map(blocks) { block -> [TextAnalysis]? in
            var r = block
            guard let doc: [TextAnalysis] = try? r.array(), r.isAtEnd else { return nil }
            return doc
        }
        let analyses = try decoded.map { doc -> [TextAnalysis] in
            guard let doc else { throw CacheCorrupt() }
            return doc
        }
        let index = try SentenceIndex(from: &body)
        // The shape must fit together: every indexed sentence exists. (Finer slips inside an analysis are what
        // the checksum is for.)
        guard body.isAtEnd, analyses.count == documents.count,
              zip(analyses, documents).allSatisfy({ $0.count == $1.sentences.count }),
              index.refs.allSatisfy({ $0.doc >= 0 && $0.doc < documents.count && $0.sentence >= 0 && $0.sentence < documents[$0.doc].sentences.count })
        else { throw CacheCorrupt() }
        return Stored(documents: documents, loadIssues: issues, context: context, analyses: analyses, index: index)
    }

    /// FNV-1a over the body: cheap (tens of milliseconds for 10,000 articles) and enough to catch damage.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    /// This program's version, cache format and executable (size and modification time): a rebuilt
    /// binary may analyse differently, so it never trusts a cache an earlier build wrote.
    static let buildIdentity: String = {
        var info = stat()
        let exe = stat("/proc/self/exe", &info) == 0 ? "\(info.st_size)-\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)" : "unknown"
        return "FactCheck \(FactCheckVersion.current) format \(formatVersion) executable \(exe)"
    }()
}
