import CrossEncoder
import FactCheckKit
import Foundation

/// `factcheck-eval [FILE] [--misses N] [--limit N] [--json]`: scores the verifier on labelled
/// claim/evidence pairs (VitaminC's JSON lines). Each pair becomes a one-sentence source whose front
/// matter carries the page title; the claim is checked against it and the source's verdict compared
/// with the label. Prints accuracy, per-label precision and recall, the confusion matrix and the misses by kind.
@main
enum Eval {
    struct Pair: Decodable {
        let id: Int
        let title: String
        let evidence: String
        let claim: String
        let label: String
    }

    static func main() throws {
        var args = Array(CommandLine.arguments.dropFirst())
        func option(_ name: String) -> String? {
            guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
            defer { args.removeSubrange(i...(i + 1)) }
            return args[i + 1]
        }
        let misses = Int(option("--misses") ?? "") ?? 0
        let dump = option("--dump")
        // Pairs are checked two at a time: one BLAS thread each, not two each on two cores.
        CrossEncoder.blasThreadCount = 1
        let limit = Int(option("--limit") ?? "")
        let verifier = option("--verifier").flatMap(VerifierMode.init(rawValue:)) ?? .hybrid
        let path = args.first ?? "Data/VitaminC/vitaminc-dev3000.jsonl"
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            FileHandle.standardError.write(Data("factcheck-eval: cannot read \(path) (pass a VitaminC JSON-lines file)\n".utf8))
            exit(2)
        }
        // The first line is the attribution header.
        var pairs: [Pair] = []
        for (n, line) in text.split(separator: "\n").dropFirst().enumerated() {
            do { pairs.append(try JSONDecoder().decode(Pair.self, from: Data(line.utf8))) } catch {
                FileHandle.standardError.write(Data("\(path):\(n + 2): not a claim/evidence pair (\(error)); skipped\n".utf8))
            }
        }
        if let limit { pairs = Array(pairs.prefix(limit)) }

        func run(_ mode: VerifierMode) -> [SourceVerdict] {
            concurrentMap(pairs) { p -> SourceVerdict in
                let doc = SourceDocument(text: "---\ntitle: \(Detokenizer.clean(p.title))\n---\n\(Detokenizer.clean(p.evidence))\n", id: "evidence")
                let matcher = ClaimMatcher(corpus: Corpus(documents: [doc]), options: CheckOptions(verifier: mode))
                return matcher.check(Detokenizer.clean(p.claim)).sources[0]
            }
        }
        let labels = pairs.map { label($0.label) }
        var start = Date()
        let rules = run(.rules)
        print("VitaminC dev: \(pairs.count) pairs (\(path))")
        report("rules", zip(labels, rules.map(\.verdict)).map { $0 }, seconds: Date().timeIntervalSince(start), reasons: rules.map(\.reason), pairs: pairs, misses: verifier == .rules ? misses : 0)
        guard verifier != .rules else { return }
        if let problem = LearnedVerifier.loadProblem {
            print(problem)
            return
        }
        // The model alone on each whole pair, as it was trained and as Model/ scores it: `title: evidence`, no retrieval.
        start = Date()
        let chunks = stride(from: 0, to: pairs.count, by: 64).map { Array(pairs[$0..<min($0 + 64, pairs.count)]) }
        let perChunk = concurrentMap(chunks) { chunk in
            LearnedVerifier.probabilities(chunk.map { p in
                (claim: Detokenizer.clean(p.claim), evidence: "\(Detokenizer.clean(p.title)): \(Detokenizer.clean(p.evidence))")
            })
        }
        if perChunk.allSatisfy({ $0 != nil }) {
            let direct = perChunk.flatMap { $0! }
            let verdicts: [Verdict] = direct.map { p in [Verdict.agreement, .conflict, .absence][p.indices.max { p[$0] < p[$1] }!] }
            report("model alone on each whole pair (no rules, no retrieval)", zip(labels, verdicts).map { $0 }, seconds: Date().timeIntervalSince(start),
                   reasons: verdicts.map { "\($0.rawValue): model" }, pairs: pairs, misses: 0)
        }
        // One model pass through FactCheck (its candidate sentences) gives the model's verdicts and, with the rules', every hybrid threshold.
        start = Date()
        let model = run(.model)
        let modelSeconds = Date().timeIntervalSince(start)
        report("model alone through FactCheck (on the candidate sentences it retrieves)", zip(labels, model.map(\.verdict)).map { $0 }, seconds: modelSeconds, reasons: model.map(\.reason), pairs: pairs, misses: verifier == .model ? misses : 0)
        if let dump { try write(dump: dump, pairs: pairs, rules: rules, model: model) }
        func hybrid(_ t: HybridPolicy.Thresholds) -> [Verdict] {
            zip(rules, model).map { r, m in
                guard r.verdict == .absence, !r.rulesDecisive, let p = m.modelProbabilities else { return r.verdict }
                let verdict = HybridPolicy.decide(p, t)
                if verdict == .agreement, !m.modelMayAgree { return r.verdict }
                if verdict == .conflict, !m.modelMayConflict { return r.verdict }
                return verdict ?? r.verdict
            }
        }
        print("hybrid thresholds (agreement, conflict) → accuracy, agreement precision/recall, conflict precision/recall:")
        var best: (HybridPolicy.Thresholds, Double)? = nil
        let steps = Array(stride(from: Float(0.5), through: 0.98, by: 0.02))
        for a in steps {
            for c in steps {
                let t = HybridPolicy.Thresholds(agreement: a, conflict: c)
                let s = Scores(zip(labels, hybrid(t)).map { $0 })
                if s.precision(.agreement) >= 0.85, s.precision(.conflict) >= 0.85, s.accuracy > best?.1 ?? -1 { best = (t, s.accuracy) }
                if (a * 100).rounded().truncatingRemainder(dividingBy: 8) == 2, (c * 100).rounded().truncatingRemainder(dividingBy: 8) == 2 {
                    print(String(format: "  %.2f %.2f → %5.1f%%  A %5.1f%%/%5.1f%%  C %5.1f%%/%5.1f%%", a, c, 100 * s.accuracy,
                                 100 * s.precision(.agreement), 100 * s.recall(.agreement), 100 * s.precision(.conflict), 100 * s.recall(.conflict)))
                }
            }
        }
        if let (t, acc) = best { print(String(format: "best with both precisions ≥ 85%%: agreement %.2f, conflict %.2f → %.1f%%", t.agreement, t.conflict, 100 * acc)) }
        let shipped = hybrid(HybridPolicy.shipped)
        report(String(format: "hybrid (shipped thresholds %.2f / %.2f)", HybridPolicy.shipped.agreement, HybridPolicy.shipped.conflict),
               zip(labels, shipped).map { $0 }, seconds: modelSeconds, reasons: zip(shipped, zip(rules, model)).map { v, rm in v == rm.0.verdict ? rm.0.reason : rm.1.reason },
               pairs: pairs, misses: verifier == .hybrid ? misses : 0)
    }

    /// One JSON line per pair with the rules' verdict and reason and the model's probabilities, for studying
    /// how the two should combine (`--dump FILE`).
    static func write(dump path: String, pairs: [Pair], rules: [SourceVerdict], model: [SourceVerdict]) throws {
        struct Row: Encodable {
            let id: Int, label: String, rules: String, reason: String, decisive: Bool, score: Double
            let model: [Float]?, modelMayAgree: Bool, modelMayConflict: Bool
        }
        let encoder = JSONEncoder()
        var out = Data()
        for (p, (r, m)) in zip(pairs, zip(rules, model)) {
            out += try encoder.encode(Row(id: p.id, label: p.label, rules: r.verdict.rawValue, reason: r.reason, decisive: r.rulesDecisive, score: r.score,
                                          model: m.modelProbabilities, modelMayAgree: m.modelMayAgree, modelMayConflict: m.modelMayConflict))
            out += Data("\n".utf8)
        }
        try out.write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// Accuracy and per-label precision and recall.
    struct Scores {
        var confusion: [Verdict: [Verdict: Int]] = [:]
        var total = 0
        init(_ results: [(Verdict, Verdict)]) {
            for (l, g) in results { confusion[l, default: [:]][g, default: 0] += 1 }
            total = results.count
        }
        var accuracy: Double { Double(Verdict.allCases.reduce(0) { $0 + (confusion[$1]?[$1] ?? 0) }) / Double(max(1, total)) }
        func predicted(_ v: Verdict) -> Int { Verdict.allCases.reduce(0) { $0 + (confusion[$1]?[v] ?? 0) } }
        func actual(_ v: Verdict) -> Int { confusion[v]?.values.reduce(0, +) ?? 0 }
        func precision(_ v: Verdict) -> Double { Double(confusion[v]?[v] ?? 0) / Double(max(1, predicted(v))) }
        func recall(_ v: Verdict) -> Double { Double(confusion[v]?[v] ?? 0) / Double(max(1, actual(v))) }
    }

    static func report(_ name: String, _ results: [(label: Verdict, got: Verdict)], seconds: Double, reasons: [String], pairs: [Pair], misses: Int) {
        let order: [Verdict] = [.agreement, .conflict, .absence]
        let s = Scores(results.map { ($0.label, $0.got) })
        print("")
        print("== \(name) (\(String(format: "%.1f", seconds)) s)")
        print(String(format: "accuracy %.1f%% (%d/%d)", 100 * s.accuracy, Int((s.accuracy * Double(results.count)).rounded()), results.count))
        for v in order {
            let hit = s.confusion[v]?[v] ?? 0
            print(String(format: "  %-9@ precision %5.1f%% (%d/%d)  recall %5.1f%% (%d/%d)", v.rawValue as NSString,
                         100 * s.precision(v), hit, s.predicted(v), 100 * s.recall(v), hit, s.actual(v)))
        }
        print("confusion (rows: label, columns: verdict)        agreement  conflict  absence")
        for v in order {
            print(String(format: "  %-46@ %9d %9d %8d", v.rawValue as NSString, s.confusion[v]?[.agreement] ?? 0, s.confusion[v]?[.conflict] ?? 0, s.confusion[v]?[.absence] ?? 0))
        }
        var kinds: [String: Int] = [:]
        for (r, reason) in zip(results, reasons) where r.label != r.got { kinds["\(r.label.rawValue) → \(r.got.rawValue): \(gist(reason))", default: 0] += 1 }
        print("misses by kind:")
        for (k, n) in kinds.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }).prefix(12) { print(String(format: "  %5d  %@", n, k as NSString)) }
        if misses > 0 {
            print("misses:")
            for ((p, r), reason) in zip(zip(pairs, results), reasons) where r.label != r.got {
                print("  [\(p.id)] \(r.label.rawValue) → \(r.got.rawValue) | \(Detokenizer.clean(p.claim)) || \(Detokenizer.clean(p.title)): \(Detokenizer.clean(p.evidence)) || \(reason)")
            }
        }
    }

    static func label(_ s: String) -> Verdict {
        switch s { case "AGREEMENT": .agreement; case "CONFLICT": .conflict; default: .absence }
    }

    /// The reason without its particulars: `conflict: 2000 ≠ 2002` → `conflict: ≠`.
    static func gist(_ reason: String) -> String {
        // "absence: no sentence states this (closest evidence:4 does not mention X)" → "… does not mention".
        if let r = reason.range(of: "(closest ") {
            let inner = reason[r.upperBound...].split(separator: " ").dropFirst().prefix(3).joined(separator: " ")
            return "absence: closest " + inner.trimmingCharacters(in: CharacterSet(charactersIn: ")"))
        }
        if reason.contains("≠") { return String(reason.prefix { $0 != ":" }) + ": a ≠ b" }
        if let open = reason.firstIndex(where: { "“(\"".contains($0) }) { return String(reason[..<open]).trimmingCharacters(in: .whitespaces) }
        return String(reason.prefix(60))
    }

    /// `items.map(transform)` on every core, in order.
    static func concurrentMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable @escaping (T) -> R) -> [R] {
        let box = Slots<R>(items.count)
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            let r = transform(items[i])
            lock.lock(); box.results[i] = r; lock.unlock()
        }
        return box.results.map { $0! }
    }
}

/// Results written by worker threads under a lock.
final class Slots<R>: @unchecked Sendable {
    var results: [R?]
    init(_ n: Int) { results = Array(repeating: nil, count: n) }
}

/// Undoes the Wikipedia-dump tokenisation of VitaminC's text, exactly as the training script does (Model/detok.py).
enum Detokenizer {
    static let tokens: [(String, String)] = [
        ("-LRB-", "("), ("-RRB-", ")"), ("-LSB-", "["), ("-RSB-", "]"), ("-LCB-", "{"), ("-RCB-", "}"),
        ("-COLON-", ":"), ("``", "\""), ("''", "\""),
    ]
    static let closers: Set<Character> = [",", ".", ";", ":", "!", "?", ")", "]", "%"]
    static let clitics = ["'s", "n't", "'re", "'ve", "'ll", "'d", "'m"]

    static func clean(_ text: String) -> String {
        var s = text
        for (a, b) in tokens { s = s.replacingOccurrences(of: a, with: b) }
        let chars = Array(s)
        var out: [Character] = []
        out.reserveCapacity(chars.count)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == " ", i + 1 < chars.count {
                let next = chars[i + 1]
                // A space before a closing mark or a clitic that ends a word.
                if closers.contains(next) { i += 1; continue }
                if clitics.contains(where: { cl in
                    let end = i + 1 + cl.count
                    return end <= chars.count && String(chars[(i + 1)..<end]) == cl && (end == chars.count || chars[end] == " ")
                }) { i += 1; continue }
                // A space after an opening bracket.
                if let last = out.last, last == "(" || last == "[" { i += 1; continue }
            }
            out.append(c)
            i += 1
        }
        return String(out).split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
}
