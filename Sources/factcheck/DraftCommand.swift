import ArgumentParser
import FactCheckKit

/// `factcheck draft`: an article being written, checked sentence by sentence against the sources.
struct DraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract: "Check a draft (.txt, .md or a saved web page) sentence by sentence against the sources.",
        discussion: """
        Sentences that state checkable facts are checked like typed claims (compound sentences part by part, quotations word for word); \
        opinions, questions and transitions are listed as not factual claims. Exit status: 0, or 1 when --fail-on triggers, 2 on a usage or input error.
        """
    )

    @Argument(help: "The draft: a .txt, .md or .html file.")
    var path: String

    @OptionGroup var corpusOptions: CorpusOptions

    @Option(help: "Report format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ReportFormat = .text

    @Option(name: .shortAndLong, help: "Write the report here (atomically) instead of to standard output.")
    var output: String?

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a sentence is at least this bad: contradicted; disputed (or contradicted); unverified (anything not supported).")
    var failOn: DraftFailOn?

    func run() throws {
        let draft: Draft
        do { draft = try Draft.load(path: path) } catch {
            Terminal.warn(error.description)
            throw ExitCode(2)
        }
        let (matcher, _, save) = try corpusOptions.loadMatcher(cache: corpusOptions.cache)
        defer { save?.finish() }
        if matcher.corpus.documents.isEmpty { Terminal.warn("no sources loaded from \(corpusOptions.sources); every sentence will be unverified") }
        Interrupts.install()
        var progress = Progress(total: draft.sentences.count)
        let result = DraftChecker(matcher: matcher).check(draft, progress: { _, _ in progress.step() }, shouldStop: { Interrupts.pending })
        progress.finish()
        if Interrupts.pending {
            Terminal.warn("interrupted after \(result.sentences.count) of \(draft.sentences.count) sentences; no report written\(output.map { " (\($0) unchanged)" } ?? "")")
            throw ExitCode(130)
        }
        let report: DraftReport
        do { report = try DraftReport(result) } catch {
            Terminal.warn("\(error)")
            throw ExitCode(2)
        }
        try ReportOutput.write(output: output) { toTerminal in
            report.render(format, colour: toTerminal && Terminal.useColour, width: toTerminal ? Terminal.width : 100)
        }
        if let failOn, result.sentences.contains(where: { failOn.fails($0.verdict) }) { throw ExitCode(1) }
    }
}

/// The least bad draft verdict that fails a CI run: each level includes the worse ones.
enum DraftFailOn: String, ExpressibleByArgument, CaseIterable {
    case contradicted, disputed, unverified

    func fails(_ verdict: Summary?) -> Bool {
        switch (self, verdict) {
        case (_, .contradicted?): return true
        case (.disputed, .disputed?), (.unverified, .disputed?), (.unverified, .unverified?): return true
        default: return false
        }
    }
}

/// Prints a report, or writes it atomically to `--output`; a report that cannot be written is one line and exit 2.
enum ReportOutput {
    static func write(output: String?, render: (_ toTerminal: Bool) -> String) throws {
        let text = render(output == nil && Terminal.stdoutIsTerminal)
        guard let output else {
            print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
            return
        }
        do { try AtomicFile.write(text, to: output) } catch {
            Terminal.warn("\(error)")
            throw ExitCode(2)
        }
    }
}
