#if canImport(Glibc)
import Glibc
#endif
import CLibEdit
import CTerminalGuard
import FactCheckKit
import Foundation
import Synchronization

/// Completion state shared with libedit's C callbacks, which cannot capture context.
private struct CompletionState: @unchecked Sendable {
    var completer = Completer(sourceIDs: [], names: [])
    var matches: [String] = []
    var index = 0
}

private let completionState = Mutex(CompletionState())

/// libedit's generator: called with state 0 first, then 1, 2… until it returns NULL.
private let generator: @convention(c) (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>? = { _, state in
    completionState.withLock { s in
        if state == 0 { s.index = 0 }
        guard s.index < s.matches.count else { return nil }
        defer { s.index += 1 }
        return strdup(s.matches[s.index])
    }
}

private let attemptCompletion: @convention(c) (UnsafePointer<CChar>?, Int32, Int32) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = { text, start, end in
    fc_set_completion_over(1) // never fall back to libedit's own file-name completion
    let word = text.map { String(cString: $0) } ?? ""
    let buffer = fc_line_buffer().map { String(cString: $0) } ?? ""
    // rl_point counts bytes; cut the buffer there so only text before the cursor counts.
    let bytes = Array(buffer.utf8.prefix(Int(end)))
    let line = String(decoding: bytes, as: UTF8.self)
    let matches = completionState.withLock { s in
        s.matches = s.completer.candidates(line: line, word: word)
        return s.matches
    }
    fc_set_completion_append_character(Completer.continues(matches) ? 0 : 32)
    return rl_completion_matches(text, generator)
}

/// Line editing, history and completion through libedit's readline-compatible API.
final class LineEditor {
    let historyPath: String
    private var lastLine: String?

    init(historyPath: String) {
        self.historyPath = historyPath
        if setlocale(LC_CTYPE, "") == nil || !String(cString: nl_langinfo(nl_item(CODESET))).uppercased().contains("UTF") {
            // Without a UTF-8 locale libedit silently drops typed accents.
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        fc_set_readline_name("factcheck")
        fc_set_catch_signals(0)
        fc_restore_terminal_on_termination()
        fc_set_completion(attemptCompletion)
        fc_set_word_break_characters(" \t\n\"")
        using_history()
        stifle_history(1000)
        // Claims typed may be unpublished work: the history is the user's alone.
        try? FileManager.default.createDirectory(atPath: (historyPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        _ = read_history(historyPath)
    }

    func update(completer: Completer) {
        completionState.withLock { $0.completer = completer }
    }

    enum Read { case line(String), interrupted, end }

    /// One line from the user; Ctrl-C gives `.interrupted`, Ctrl-D on an empty line `.end`.
    func read(prompt: String) -> Read {
        _ = Interrupts.take()
        errno = 0
        guard let raw = readline(prompt) else {
            if Interrupts.take() { return .interrupted }
            return .end
        }
        defer { free(raw) }
        if Interrupts.take() { return .interrupted }
        return .line(String(cString: raw))
    }

    /// Adds a line to history (collapsing a repeat of the last one) and saves the file at once,
    /// through a temporary file and a rename, so a crash or kill never loses or truncates it.
    func remember(_ line: String) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed != lastLine else { return }
        lastLine = trimmed
        _ = add_history(trimmed)
        save()
    }

    func save() {
        let temp = historyPath + ".tmp"
        if write_history(temp) == 0, chmod(temp, 0o600) == 0 { rename(temp, historyPath) } else { unlink(temp) }
    }

    /// `$XDG_STATE_HOME/factcheck/history`, else `~/.local/state/factcheck/history`.
    static var defaultHistoryPath: String {
        let env = ProcessInfo.processInfo.environment
        if let state = env["XDG_STATE_HOME"], !state.isEmpty { return state + "/factcheck/history" }
        return (env["HOME"] ?? NSHomeDirectory()) + "/.local/state/factcheck/history"
    }
}
