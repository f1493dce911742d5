import ArgumentParser
import FactCheckKit
import Foundation

/// The interactive shell (the default command); plain line-by-line checking when stdin is not a terminal.
struct ShellCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shell",
        abstract: "Open the interactive shell over the sources (the default command).",
        discussion: "Type a claim to see each source's verdict with citations; :help lists commands. When standard input is not a terminal, each input line is checked and printed plainly."
    )

    @OptionGroup var corpusOptions: CorpusOptions

    @Option(help: "History file (default: $XDG_STATE_HOME/factcheck/history).")
    var history: String?

    func run() throws {
        let started = Date()
        let cache = corpusOptions.cache
        let (matcher, fromCache, save) = try corpusOptions.loadMatcher(cache: cache)
        defer { save?.finish() }
        let corpus = matcher.corpus
        let interactive = Terminal.stdinIsTerminal
        let renderer = TextRenderer(colour: interactive && Terminal.useColour, width: Terminal.stdoutIsTerminal ? Terminal.width : 100)
        let session = ShellSession(matcher: matcher, sourcePaths: [corpusOptions.sources], renderer: renderer)
        session.cache = cache
        guard interactive else { return runPiped(session) }

        let counts = corpus.sentenceCounts
        let ms = Int(Date().timeIntervalSince(started) * 1000)
        let how = fromCache ? " (analysis reused from cache)" : ""
        print("FactCheck \(FactCheckVersion.current): \(corpus.documents.count) sources, \(counts.all) sentences (\(counts.citable) citable) loaded in \(ms) ms\(how). Type a claim, or :help.")
        Interrupts.install()
        let editor = LineEditor(historyPath: history ?? LineEditor.defaultHistoryPath)
        editor.update(completer: session.completer)
        while true {
            switch editor.read(prompt: "factcheck> ") {
            case .end:
                print("")
                editor.save()
                return
            case .interrupted:
                print("^C")
                continue
            case .line(let line):
                editor.remember(line)
                // Read per command, so a resized window rewraps the next output.
                if Terminal.stdoutIsTerminal { session.width = Terminal.width }
                let output = session.handle(line, shouldStop: { Interrupts.take() })
                if !output.text.isEmpty { print(output.text) }
                if output.quit {
                    editor.save()
                    return
                }
                if case .command(let name, _) = ShellInput.parse(line), name == .load || name == .reload {
                    editor.update(completer: session.completer)
                }
            }
        }
    }

    /// Scripts: no prompt, no colour, no escapes; each line checked and printed.
    private func runPiped(_ session: ShellSession) {
        while let line = readLine() {
            let output = session.handle(line)
            if !output.text.isEmpty { print(output.text) }
            if output.quit { return }
        }
    }
}
