// Throughput and latency of CrossEncoder on a JSON list of [claim, evidence] pairs.
//
//   crossencoder-bench --model DIR --pairs FILE [--threads N] [--batch B] [--seconds S] [--latency-runs K]
//
// Prints one line of key=value results (parsed by scripts/bench.sh). Times include
// tokenisation: they are what a caller of `logits(for:)` sees. pairs_per_cpu_s divides by the
// CPU time of the whole process instead of wall time (less sensitive to other load).
import CrossEncoder
import Foundation

func argument(_ name: String, default value: String? = nil) -> String {
    let args = CommandLine.arguments
    if let i = args.firstIndex(of: name), i + 1 < args.count { return args[i + 1] }
    guard let value else {
        FileHandle.standardError.write(Data("missing \(name)\n".utf8))
        exit(2)
    }
    return value
}

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}

/// CPU seconds used by the whole process (all threads).
func cpuTime() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}

let modelDir = URL(fileURLWithPath: argument("--model"))
let pairsFile = URL(fileURLWithPath: argument("--pairs"))
let threads = Int(argument("--threads", default: "1"))!
let batchSize = Int(argument("--batch", default: "32"))!
let seconds = Double(argument("--seconds", default: "5"))!
let latencyRuns = Int(argument("--latency-runs", default: "50"))!

CrossEncoder.blasThreadCount = threads
let loadStart = now()
let model: CrossEncoder
do { model = try CrossEncoder(directory: modelDir) } catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
let loadSeconds = now() - loadStart

let raw = try JSONSerialization.jsonObject(with: Data(contentsOf: pairsFile)) as! [[String]]
let pairs = raw.map { (claim: $0[0], evidence: $0[1]) }
let batches = stride(from: 0, to: pairs.count - batchSize + 1, by: batchSize).map { Array(pairs[$0..<($0 + batchSize)]) }
precondition(!batches.isEmpty, "need at least --batch pairs")

// Tokenisation alone.
var tokenStart = now()
var tokenized = 0
var tokenCount = 0
while now() - tokenStart < 1 || tokenized < pairs.count {
    for p in pairs { tokenCount += model.encode(p.claim, p.evidence).ids.count }
    tokenized += pairs.count
}
let tokenizePairsPerSecond = Double(tokenized) / (now() - tokenStart)
let meanTokens = Double(tokenCount) / Double(tokenized)

// Warm-up, then batched throughput for ~`seconds`.
_ = model.logits(for: batches[0])
var done = 0
var checksum: Float = 0
let start = now()
let cpuStart = cpuTime()
var b = 0
while now() - start < seconds {
    let out = model.logits(for: batches[b % batches.count])
    checksum += out[0][0]
    done += out.count
    b += 1
}
let throughput = Double(done) / (now() - start)
let cpuThroughput = Double(done) / (cpuTime() - cpuStart)

// Batch-1 latency: median of single-pair calls.
var latencies: [Double] = []
var cpuLatencies: [Double] = []
for i in 0..<latencyRuns {
    let p = pairs[i % pairs.count]
    let t0 = now(), c0 = cpuTime()
    checksum += model.logits(for: [p])[0][0]
    latencies.append(now() - t0)
    cpuLatencies.append(cpuTime() - c0)
}
latencies.sort()
cpuLatencies.sort()
let median = latencies[latencies.count / 2]
let cpuMedian = cpuLatencies[cpuLatencies.count / 2]

print(String(format: "swift threads=%d batch=%d pairs_per_s=%.1f pairs_per_cpu_s=%.1f latency_ms=%.2f latency_cpu_ms=%.2f tokenize_pairs_per_s=%.0f mean_tokens=%.1f load_s=%.2f checksum=%.4f",
             threads, batchSize, throughput, cpuThroughput, median * 1000, cpuMedian * 1000, tokenizePairsPerSecond, meanTokens, loadSeconds, checksum))
