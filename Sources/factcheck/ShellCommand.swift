import ArgumentParser
import FactCheckKit

/// The interactive shell (default command).
struct ShellCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "shell", abstract: "Open the interactive shell (the default).")
    @OptionGroup var corpusOptions: CorpusOptions
    @Flag var explain = false
    func run() throws {
        let matcher = ClaimMatcher(corpus: try corpusOptions.load())
        let r = TextRenderer(colour: false, width: 120)
        while let line = readLine() {
            print(r.render(matcher.check(line), explain: explain))
        }
    }
}
