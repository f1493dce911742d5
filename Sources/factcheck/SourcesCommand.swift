import ArgumentParser
import FactCheckKit

/// `factcheck sources`: what was loaded, and with `--verbose` what was set aside as noise.
struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "List the loaded sources: id, title, published date, sentences, citable sentences."
    )

    @OptionGroup var corpusOptions: CorpusOptions

    @Flag(name: .shortAndLong, help: "Also show each line marked as page noise, and why.")
    var verbose = false

    func run() throws {
        let corpus = try corpusOptions.load()
        print(SourceListing.render(corpus, verbose: verbose))
    }
}
