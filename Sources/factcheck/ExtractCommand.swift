import ArgumentParser
import FactCheckKit

/// `factcheck extract FILE`: the text FactCheck reads (and cites) from one source.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print what FactCheck reads from one source (.txt, .md, .html, .pdf): its metadata, then the text it may cite.",
        discussion: "Line numbers in citations count lines of this output (a PDF's count from the top of each page's text)."
    )

    @Argument(help: "The source file.")
    var file: String

    @Flag(name: .shortAndLong, help: "Also list each block set aside (navigation, share bars, running headers…) and why.")
    var verbose = false

    func run() throws {
        switch SourceExtract.read(path: file) {
        case .success(let source):
            for w in source.warnings { Terminal.warn(LoadIssue(path: file, line: nil, message: w, isWarning: true).description) }
            print(SourceExtract.render(source, verbose: verbose))
        case .failure(let issue):
            Terminal.warn(issue.description)
            throw ExitCode(2)
        }
    }
}
