import FactCheckKit
import Foundation

/// `factcheck-bench --conflicts SIZE|FOLDER [all|first]`: time `conflicts` over generated articles (or a folder),
/// every source against the rest (`all`) or the first one alone (`first`, as `--source`). One JSON line.
enum ConflictsBench {
    static func run(_ what: String, scope: String) throws {
        let folder: String
        var generated: String? = nil
        if let size = Int(what) {
            folder = NSTemporaryDirectory() + "factcheck-conflicts-bench-\(size)-\(getpid())"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            var generator = CorpusGenerator(seed: 42)
            _ = try generator.write(count: size, to: folder)
            generated = folder
        } else {
            folder = what
        }
        defer { if let generated { try? FileManager.default.removeItem(atPath: generated) } }
        let t0 = Bench.now()
        let matcher = ClaimMatcher(corpus: try Corpus.load(from: folder), options: Bench.options)
        let t1 = Bench.now()
        let source = scope == "first" ? matcher.corpus.documents.first?.id : nil
        let result = ConflictFinder(matcher: matcher).find(source: source)
        let t2 = Bench.now()
        let figures: [String: Any] = [
            "articles": matcher.corpus.documents.count, "sentences": matcher.corpus.sentenceCounts.citable, "scope": scope,
            "load_s": t1 - t0, "conflicts_s": t2 - t1, "statements": result.statements,
            "ms_per_statement": (t2 - t1) * 1000 / Double(max(1, result.statements)), "conflicts": result.conflictCount,
        ]
        print(String(decoding: try JSONSerialization.data(withJSONObject: figures, options: [.sortedKeys]), as: UTF8.self))
    }
}
