import Foundation
import FactCheckKit

// `make bench`, extraction table: what `factcheck extract` reads from saved web pages, each page's citable text
// written to OUT/<file>.txt (without the metadata header, as a main-text extractor outputs it) for
// scoring beside trafilatura's; prints pages per second over the whole folder (best of RUNS passes).
let args = CommandLine.arguments
guard args.count >= 4 else {
    FileHandle.standardError.write("usage: extraction-bench PAGES-FOLDER FILE-LIST OUT-FOLDER [RUNS]\n".data(using: .utf8)!)
    exit(2)
}
let pages = args[1], out = args[3]
let runs = args.count > 4 ? Int(args[4]) ?? 3 : 3
let files = try String(contentsOfFile: args[2], encoding: .utf8).split(separator: "\n").map(String.init)

func bodyText(_ source: SourceText) -> String {
    // Skip the front matter FactCheck writes above the article (title, date, author, outlet, url).
    var lines = source.text.split(separator: "\n", omittingEmptySubsequences: false)[...]
    if lines.first == "---", let close = lines.dropFirst().firstIndex(of: "---") { lines = lines[(close + 1)...] }
    return lines.joined(separator: "\n")
}

var best = Double.infinity
var outputs: [String: SourceText] = [:]
for _ in 0..<runs {
    let start = DispatchTime.now().uptimeNanoseconds
    for file in files {
        switch SourceExtract.read(path: pages + "/" + file) {
        case .success(let source): outputs[file] = source
        case .failure: outputs[file] = nil
        }
    }
    best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}
for file in files { try (outputs[file].map(bodyText) ?? "").write(toFile: out + "/" + file + ".txt", atomically: true, encoding: .utf8) }
print(String(format: "{\"pages\": %d, \"seconds\": %.3f, \"pages_per_second\": %.1f}", files.count, best, Double(files.count) / best))
