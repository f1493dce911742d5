import ArgumentParser
import FactCheckKit

/// Batch mode.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Check claim files and write a report.")
    @OptionGroup var corpusOptions: CorpusOptions
    func run() throws {}
}
