import ArgumentParser
import FactCheckKit

/// `factcheck`: the shell by default; `sources` and `check` for scripts.
@main
struct FactCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "factcheck",
        abstract: "Check claims against a folder of source articles, with citations.",
        version: FactCheckVersion.current,
        subcommands: [ShellCommand.self, SourcesCommand.self, CheckCommand.self],
        defaultSubcommand: ShellCommand.self
    )
}

/// Options every command that reads the corpus shares.
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: "Folder (or file) of source articles.")
    var sources: String = "Sources.d"

    /// Loads the corpus and prints each skipped or fallback file as one line on stderr.
    func load() throws -> Corpus {
        do {
            let corpus = try Corpus.load(from: sources)
            for issue in corpus.issues { Terminal.warn(issue.description) }
            return corpus
        } catch let error as LoadError {
            throw ValidationError(error.description)
        }
    }
}
