import ArgumentParser
import FactCheckKit
import Foundation

/// `factcheck check`: batch mode. Claim files in, a report with verified citations out.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check claim files (.claims or .csv) and write a citation report.",
        discussion: "Exit status: 0 when every expectation is met, 1 when one fails or --fail-on triggers, 2 on a usage or input error."
    )

    @Argument(help: "Claim files or folders of them.")
    var paths: [String]

    @OptionGroup var corpusOptions: CorpusOptions

    @Option(help: "Report format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ReportFormat = .text

    @Option(name: .shortAndLong, help: "Write the report here (atomically) instead of to standard output.")
    var output: String?

    @Flag(help: "Show candidates, slots compared, hedges and polarity for every source.")
    var explain = false

    @Option(name: .customLong("fail-on"), help: "Also exit 1 when any claim is `conflict` (contradicted or disputed) or `disputed`.")
    var failOn: FailOn?

    enum FailOn: String, ExpressibleByArgument { case conflict, disputed }

    func run() throws {
        var fileErrors: [ClaimFileError] = []
        var entries: [ClaimEntry] = []
        for path in paths {
            let files: [String]
            do { files = try ClaimFileParser.files(at: path) } catch let e as ClaimFileError {
                throw InputError(description: e.description)
            }
            if files.isEmpty { Terminal.warn("\(path): no .claims or .csv files here") }
            for file in files {
                let parsed = ClaimFileParser.parse(file: file)
                entries += parsed.entries
                fileErrors += parsed.errors
            }
        }
        // A text report shown on the same terminal as stderr ends with its errors: say each once.
        let errorsOnScreen = output == nil && format == .text && Terminal.stdoutIsTerminal && Terminal.stderrIsTerminal
        func problem(_ e: ClaimFileError) {
            fileErrors.append(e)
            if !errorsOnScreen { Terminal.warn(e.description) }
        }
        let parseErrors = fileErrors
        fileErrors = []
        parseErrors.forEach(problem)
        let (matcher, _, save) = try corpusOptions.loadMatcher(cache: corpusOptions.cache)
        defer { save?.finish() }
        let corpus = matcher.corpus
        if corpus.documents.isEmpty { Terminal.warn("no sources loaded from \(corpusOptions.sources); every claim will be unverified") }
        let run = CheckRun(matcher: matcher)

        Interrupts.install()
        var progress = Progress(total: entries.count)
        var checked: [CheckedClaim] = []
        for entry in entries {
            if Interrupts.pending {
                progress.finish()
                Terminal.warn("interrupted after \(checked.count) of \(entries.count) claims; no report written\(output.map { " (\($0) unchanged)" } ?? "")")
                throw ExitCode(130)
            }
            switch run.check(entry) {
            case .success(let c): checked.append(c)
            case .failure(let e): problem(e)
            }
            progress.step()
        }
        progress.finish()

        let report: Report
        do { report = try Report(corpus: corpus, claims: checked, errors: fileErrors) } catch {
            Terminal.warn("\(error)")
            throw ExitCode(2)
        }
        let toTerminal = output == nil && Terminal.stdoutIsTerminal
        let text = report.render(format, explain: explain, colour: toTerminal && Terminal.useColour, width: toTerminal ? Terminal.width : 100)
        if let output {
            do { try AtomicFile.write(text, to: output) } catch {
                Terminal.warn("\(error)")
                throw ExitCode(2)
            }
        } else {
            print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
        }
        Terminal.warn(CheckSummary(format: format, destination: output, totals: report.totals, errors: fileErrors.count).line)
        if !fileErrors.isEmpty { throw ExitCode(2) }
        let totals = report.totals
        if totals.expectationsFailed > 0 { throw ExitCode(1) }
        switch failOn {
        case .conflict? where totals.contradicted + totals.disputed > 0: throw ExitCode(1)
        case .disputed? where totals.disputed > 0: throw ExitCode(1)
        default: break
        }
    }
}

extension ReportFormat: ExpressibleByArgument {}

/// A progress bar on stderr, only on a terminal and only once a run has taken a second.
struct Progress {
    let total: Int
    private var done = 0
    private let start = Date()
    private var shown = false

    init(total: Int) { self.total = total }

    mutating func step() {
        done += 1
        guard Terminal.stderrIsTerminal else { return }
        let elapsed = Date().timeIntervalSince(start)
        guard elapsed > 1 else { return }
        shown = true
        let width = 30
        let filled = total == 0 ? width : done * width / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
        Terminal.writeError(String(format: "\r%@ %d/%d  %.0f claims/s", bar, done, total, Double(done) / elapsed))
    }

    func finish() {
        if shown { Terminal.writeError("\r\u{1B}[K") }
    }
}
