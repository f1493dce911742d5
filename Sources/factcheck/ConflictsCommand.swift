import ArgumentParser
import FactCheckKit
import Foundation

/// `factcheck conflicts`: every statement of each source checked against the others.
struct ConflictsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts",
        abstract: "List where the sources disagree, and which statements other sources confirm or leave alone.",
        discussion: "Every source against every other costs about the square of the corpus; on a large corpus check one source against the rest with --source."
    )

    @OptionGroup var corpusOptions: CorpusOptions

    @Option(name: .customLong("source"), help: "Check only this source (an id or a unique prefix) against the rest.")
    var only: String?

    @Option(help: "Report format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ReportFormat = .text

    @Option(name: .shortAndLong, help: "Write the report here (atomically) instead of to standard output.")
    var output: String?

    func run() throws {
        let (matcher, _, save) = try corpusOptions.loadMatcher(cache: corpusOptions.cache)
        defer { save?.finish() }
        if let only, matcher.corpus.document(matching: only) == nil {
            Terminal.warn("--source \(only): no single source matches; sources: \(matcher.corpus.documents.prefix(10).map(\.id).joined(separator: ", "))\(matcher.corpus.documents.count > 10 ? ", …" : "")")
            throw ExitCode(2)
        }
        Interrupts.install()
        var progress = Progress(total: 0)
        let started = Date()
        let result = ConflictFinder(matcher: matcher).find(source: only, progress: { done, total in
            if progress.total != total { progress = Progress(total: total) }
            progress.step()
        }, shouldStop: { Interrupts.pending })
        progress.finish()
        if Interrupts.pending {
            Terminal.warn("interrupted; no report written\(output.map { " (\($0) unchanged)" } ?? "")")
            throw ExitCode(130)
        }
        let report: ConflictsReport
        do { report = try ConflictsReport(result, seconds: Date().timeIntervalSince(started)) } catch {
            Terminal.warn("\(error)")
            throw ExitCode(2)
        }
        try ReportOutput.write(output: output) { toTerminal in report.render(format, width: toTerminal ? Terminal.width : 100) }
    }
}
