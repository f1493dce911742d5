import ArgumentParser
import FactCheckKit
import Foundation

/// `factcheck`: the shell by default; `sources` and `check` for scripts.
@main
struct FactCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "factcheck",
        abstract: "Check claims against a folder of source articles, with citations.",
        version: FactCheckVersion.current,
        subcommands: [ShellCommand.self, SourcesCommand.self, CheckCommand.self, ExtractCommand.self, DraftCommand.self, ConflictsCommand.self],
        defaultSubcommand: ShellCommand.self
    )

    /// Runs the command line. A usage error (the parser's) or an input error (a path that cannot be used) exits 2
    /// with the usage of the subcommand that was run, not of `factcheck` as a whole; anything else as the parser would.
    static func main() {
        var command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            let code = exitCode(for: error)
            guard code == .validationFailure else { exit(withError: error) }
            Terminal.writeError(fullMessage(for: error) + "\n")
            Foundation.exit(usageErrorStatus)
        }
        do {
            try command.run()
        } catch let error as InputError {
            Terminal.warn(error.description)
            let subcommand = type(of: command)
            let help = subcommand == Self.self ? "factcheck --help" : "factcheck \(subcommand.configuration.commandName ?? "") --help"
            Terminal.writeError("Usage: " + usageString(for: subcommand) + "\n  See '\(help)' for more information.\n")
            Foundation.exit(usageErrorStatus)
        } catch {
            exit(withError: error)
        }
    }
}

/// Options every command that reads the corpus shares.
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: "Folder (or file) of source articles.")
    var sources: String = "Sources.d"

    @Flag(name: .long, help: "Analyse the sources afresh; neither read nor write the on-disk cache ($XDG_CACHE_HOME/factcheck).")
    var noCache = false

    @Option(name: .long, help: "Who decides: rules, or hybrid (the learned verifier where the rules have nothing decisive).")
    var verifier: VerifierChoice = .hybrid

    enum VerifierChoice: String, ExpressibleByArgument, CaseIterable {
        case rules, hybrid
    }

    /// The check options these flags ask for; a learned verifier that cannot load is one warning line and rules only.
    var checkOptions: CheckOptions {
        if verifier == .hybrid, let problem = LearnedVerifier.loadProblem { Terminal.warn(problem) }
        return CheckOptions(verifier: verifier == .rules ? .rules : .hybrid)
    }

    /// Loads the corpus and prints each skipped or fallback file as one line on stderr.
    func load() throws -> Corpus {
        do {
            let corpus = try Corpus.load(from: sources)
            for issue in corpus.issues { Terminal.warn(issue.description) }
            return corpus
        } catch let error as LoadError {
            throw InputError(description: error.description)
        }
    }

    /// The on-disk cache of analysed corpora, unless `--no-cache`; a size limit in the environment that cannot
    /// be read is one warning line.
    var cache: MatcherCache? {
        guard !noCache else { return nil }
        let limit = MatcherCache.limit()
        if let problem = limit.problem { Terminal.warn(problem) }
        return MatcherCache(directory: MatcherCache.defaultDirectory(), limitBytes: limit.bytes)
    }

    /// Loads and analyses the corpus, through the on-disk cache unless `--no-cache`; prints load issues on stderr.
    /// A freshly analysed corpus is saved on another thread: call `finish()` on the returned save before exiting.
    /// - Returns: the matcher, whether its analysis was read from the cache, and the save under way.
    func loadMatcher(cache: MatcherCache?) throws -> (matcher: ClaimMatcher, fromCache: Bool, save: BackgroundSave?) {
        guard let cache else { return (ClaimMatcher(corpus: try load(), options: checkOptions), false, nil) }
        do {
            let loaded = try cache.load(sources: sources, savingLater: true)
            for issue in loaded.matcher.corpus.issues { Terminal.warn(issue.description) }
            var matcher = loaded.matcher
            matcher.options = checkOptions
            return (matcher, loaded.outcome == .reused, loaded.pendingSave.map(BackgroundSave.init))
        } catch let error as LoadError {
            throw InputError(description: error.description)
        }
    }
}
