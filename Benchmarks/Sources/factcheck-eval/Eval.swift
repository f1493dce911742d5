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

        let options = CheckOptions(verifier: verifier)
        let start = Date()
        let results = concurrentMap(pairs) { p -> (label: Verdict, got: Verdict, reason: String) in
            let doc = SourceDocument(text: "---\ntitle: \(Detokenizer.clean(p.title))\n---\n\(Detokenizer.clean(p.evidence))\n", id: "evidence")
            let matcher = ClaimMatcher(corpus: Corpus(documents: [doc]), options: options)
            let verdict = matcher.check(Detokenizer.clean(p.claim)).sources[0]
            return (label(p.label), verdict.verdict, verdict.reason)
        }
        let seconds = Date().timeIntervalSince(start)

        let order: [Verdict] = [.agreement, .conflict, .absence]
        var confusion: [Verdict: [Verdict: Int]] = [:]
        for r in results { confusion[r.label, default: [:]][r.got, default: 0] += 1 }
        let correct = results.filter { $0.label == $0.got }.count
        print("VitaminC dev: \(pairs.count) pairs, verifier \(verifier.rawValue), \(String(format: "%.1f", seconds)) s")
        print(String(format: "accuracy %.1f%% (%d/%d)", 100 * Double(correct) / Double(max(1, pairs.count)), correct, pairs.count))
        for v in order {
            let predicted = order.reduce(0) { $0 + (confusion[$1]?[v] ?? 0) }
            let actual = confusion[v]?.values.reduce(0, +) ?? 0
            let hit = confusion[v]?[v] ?? 0
            print(String(format: "  %-9@ precision %5.1f%% (%d/%d)  recall %5.1f%% (%d/%d)", v.rawValue as NSString,
                         100 * Double(hit) / Double(max(1, predicted)), hit, predicted, 100 * Double(hit) / Double(max(1, actual)), hit, actual))
        }
        print("confusion (rows: label, columns: verdict)        agreement  conflict  absence")
        for v in order {
            print(String(format: "  %-46@ %9d %9d %8d", v.rawValue as NSString, confusion[v]?[.agreement] ?? 0, confusion[v]?[.conflict] ?? 0, confusion[v]?[.absence] ?? 0))
        }
        // Misses by kind: what was expected, what was said, and the reason's gist.
        var kinds: [String: Int] = [:]
        for r in results where r.label != r.got { kinds["\(r.label.rawValue) → \(r.got.rawValue): \(gist(r.reason))", default: 0] += 1 }
        print("misses by kind:")
        for (k, n) in kinds.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }).prefix(25) { print(String(format: "  %5d  %@", n, k as NSString)) }
        if misses > 0 {
            print("misses:")
            for (p, r) in zip(pairs, results) where r.label != r.got && misses > 0 {
                print("  [\(p.id)] \(r.label.rawValue) → \(r.got.rawValue) | \(Detokenizer.clean(p.claim)) || \(Detokenizer.clean(p.title)): \(Detokenizer.clean(p.evidence)) || \(r.reason)")
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
