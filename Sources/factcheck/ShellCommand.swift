import ArgumentParser
import FactCheckKit

/// The interactive shell (default command).
struct ShellCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "shell", abstract: "Open the interactive shell (the default).")
    @OptionGroup var corpusOptions: CorpusOptions
    func run() throws {}
}
