import FactCheckKit
import Foundation

/// `factcheck-bench SIZE CLAIMS [--export DIR] [--show-misses]`: generate SIZE articles, load, analyse and index them,
/// check CLAIMS generated claims, and print one JSON line of figures. One size per process, so peak
/// memory is that size's alone.
@main
enum Bench {
    static func peakRSSBytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return (Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) * 1024
        }
        return 0
    }

    /// `FACTCHECK_VERIFIER=rules` measures the rules alone; the default is the product's hybrid.
    static var options: CheckOptions {
        CheckOptions(verifier: ProcessInfo.processInfo.environment["FACTCHECK_VERIFIER"] == "rules" ? .rules : .hybrid)
    }

    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    /// `--seeds SOURCES CLAIMS`: check-latency of the repository's own claims over the seed corpus.
    static func seedLatency(sources: String, claims: String) throws {
        let matcher = ClaimMatcher(corpus: try Corpus.load(from: sources), options: options)
        let texts = try ClaimFileParser.files(at: claims).flatMap { ClaimFileParser.parse(file: $0).entries.map(\.text) }
        var latencies: [Double] = []
        // Five rounds: the first pays for WordNet pages and caches; all count, as a user's would.
        for _ in 0..<5 {
            for t in texts {
                let s = now()
                _ = matcher.check(t)
                latencies.append(now() - s)
            }
        }
        latencies.sort()
        func pct(_ p: Double) -> Double { latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))] * 1000 }
        let figures: [String: Any] = ["claims": texts.count, "p50_ms": pct(0.5), "p99_ms": pct(0.99)]
        print(String(decoding: try JSONSerialization.data(withJSONObject: figures, options: [.sortedKeys]), as: UTF8.self))
    }

    static func main() throws {
        let args = CommandLine.arguments
        if args.count == 4, args[1] == "--seeds" { return try seedLatency(sources: args[2], claims: args[3]) }
        if args.count == 4, args[1] == "--generate", let size = Int(args[2]) {
            var generator = CorpusGenerator(seed: 42)
            _ = try generator.write(count: size, to: args[3])
            return
        }
        if args.count == 4, args[1] == "--conflicts" { return try ConflictsBench.run(args[2], scope: args[3]) }
        guard args.count >= 3, let size = Int(args[1]), let claimCount = Int(args[2]) else {
            FileHandle.standardError.write(Data("usage: factcheck-bench SIZE CLAIMS [--export DIR] [--show-misses]\n".utf8))
            exit(2)
        }
        let export = args.firstIndex(of: "--export").map { args[$0 + 1] }
        // Each claim the matcher gets wrong, on stderr: what was expected and what each source said.
        let showMisses = args.contains("--show-misses")
        let folder = NSTemporaryDirectory() + "factcheck-bench-\(size)-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var generator = CorpusGenerator(seed: 42)
        let allClaims = try generator.write(count: size, to: folder)
        var claims: [CorpusGenerator.GeneratedClaim] = []
        var k = 0
        while claims.count < claimCount && !allClaims.isEmpty {
            claims.append(allClaims[(k * 7919) % allClaims.count])
            k += 1
        }

        let t0 = now()
        let corpus = try Corpus.load(from: folder)
        let t1 = now()
        let matcher = ClaimMatcher(corpus: corpus, options: options)
        let t2 = now()
        let sentences = corpus.sentenceCounts

        var latencies: [Double] = []
        var right = 0, targetRight = 0, falseElsewhere = 0
        let index = Dictionary(uniqueKeysWithValues: corpus.documents.enumerated().map { ($1.id, $0) })
        for c in claims {
            let s = now()
            let result = matcher.check(c.text)
            latencies.append(now() - s)
            guard let i = index[c.article] else { continue }
            if result.sources[i].verdict.rawValue == c.expected { targetRight += 1 }
            let others = result.sources.enumerated().filter { $0.offset != i && $0.element.verdict != .absence }.count
            falseElsewhere += others
            if result.sources[i].verdict.rawValue == c.expected && others == 0 {
                right += 1
            } else if showMisses {
                let wrong = result.sources.filter { $0.verdict != .absence && $0.sourceID != c.article }.map { "\($0.sourceID) \($0.verdict.rawValue): \($0.reason) \($0.citations.map(\.sentence))" }
                FileHandle.standardError.write(Data("miss: \(c.text) — expected \(c.expected) in \(c.article), got \(result.sources[i].verdict.rawValue) (\(result.sources[i].reason)); elsewhere \(wrong)\n".utf8))
            }
        }
        latencies.sort()
        func pct(_ p: Double) -> Double { latencies.isEmpty ? 0 : latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))] }
        let total = latencies.reduce(0, +)

        if let export {
            // Sentences and claims for the bm25s baseline, one per line.
            let text = corpus.documents.flatMap { $0.citableSentences.map { $0.text.replacingOccurrences(of: "\n", with: " ") } }.joined(separator: "\n")
            try text.write(toFile: export + "/sentences.txt", atomically: true, encoding: .utf8)
            try claims.map(\.text).joined(separator: "\n").write(toFile: export + "/claims.txt", atomically: true, encoding: .utf8)
        }

        // Peak memory of one load and the checks, taken before the cache runs make a second matcher.
        let peak = peakRSSBytes()
        // Start-up through the on-disk cache: the first start analyses and writes it, the second reads it.
        let cache = MatcherCache(directory: folder + "-cache")
        defer { try? FileManager.default.removeItem(atPath: folder + "-cache") }
        // As the shell and `check` do: ready once analysed, the cache written afterwards (on another thread there).
        let c0 = now()
        let first = try cache.load(sources: folder, savingLater: true)
        let c1 = now()
        _ = first.pendingSave?.run()
        let cw = now()
        let second = try cache.load(sources: folder)
        let c2 = now()
        let cacheBytes = (try? FileManager.default.attributesOfItem(atPath: cache.file(for: folder)))?[.size] as? Int ?? 0
        // The cached engine must answer exactly as the fresh one.
        let sample = claims.prefix(200).map(\.text)
        let sameVerdicts = second.outcome == .reused && first.outcome != .reused
            && sample.allSatisfy { matcher.check($0) == second.matcher.check($0) }

        let figures: [String: Any] = [
            "articles": size, "sentences": sentences.citable, "load_s": t1 - t0, "analyse_index_s": t2 - t1,
            "sentences_per_s": Double(sentences.citable) / max(1e-9, t2 - t0), "peak_rss_bytes": peak,
            "first_start_s": c1 - c0, "cache_write_s": cw - c1, "second_start_s": c2 - cw, "cache_bytes": cacheBytes, "cache_same_verdicts": sameVerdicts,
            "claims": claims.count, "p50_ms": pct(0.5) * 1000, "p99_ms": pct(0.99) * 1000,
            "claims_per_s": Double(claims.count) / max(1e-9, total),
            "accuracy_target": Double(targetRight) / Double(max(1, claims.count)),
            "accuracy_all_sources": Double(right) / Double(max(1, claims.count)), "false_verdicts_elsewhere": falseElsewhere,
        ]
        let data = try JSONSerialization.data(withJSONObject: figures, options: [.sortedKeys])
        print(String(decoding: data, as: UTF8.self))
    }
}
