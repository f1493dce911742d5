import Foundation

/// What one line typed at the shell means.
public enum ShellInput: Sendable, Equatable {
    /// Nothing but whitespace.
    case empty
    /// Any line that is not a command is a claim.
    case claim(String)
    /// A known command with its arguments (split on whitespace).
    case command(ShellCommandName, [String])
    /// `:something` that is not a command, with the nearest command name if one is close.
    case unknown(String, suggestion: String?)

    /// Reads one line. Commands start with `:`.
    public static func parse(_ line: String) -> ShellInput {
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return .empty }
        guard trimmed.hasPrefix(":") else { return .claim(trimmed) }
        let words = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        let name = String(words[0].dropFirst()).lowercased()
        if let command = ShellCommandName(typed: name) { return .command(command, Array(words.dropFirst())) }
        return .unknown(words[0], suggestion: ShellCommandName.nearest(to: name).map { ":" + $0.rawValue })
    }
}

/// The shell's commands, each with its usage and a one-line summary for `:help`.
public enum ShellCommandName: String, Sendable, CaseIterable {
    case help, quit, sources, show, why, load, check, draft, conflicts, reload, report, history

    /// `:q` and `:exit` also quit; `:?` is help.
    init?(typed: String) {
        switch typed {
        case "q", "exit": self = .quit
        case "?", "h": self = .help
        default: self.init(rawValue: typed)
        }
    }

    /// How to call it.
    public var usage: String {
        switch self {
        case .help: return ":help [command]"
        case .quit: return ":quit"
        case .sources: return ":sources"
        case .show: return ":show SOURCE[:LINE]"
        case .why: return ":why"
        case .load: return ":load PATH"
        case .check: return ":check FILE"
        case .draft: return ":draft FILE [REPORT.html|.md|.json|.txt]"
        case .conflicts: return ":conflicts [SOURCE]"
        case .reload: return ":reload"
        case .report: return ":report FORMAT PATH"
        case .history: return ":history"
        }
    }

    /// What it does, in one line.
    public var summary: String {
        switch self {
        case .help: return "list commands, or explain one"
        case .quit: return "leave the shell (also Ctrl-D)"
        case .sources: return "list the loaded sources with dates and sentence counts"
        case .show: return "show a source's text around a line; citable sentences are marked"
        case .why: return "explain the last verdict: candidates, scores, slots compared, hedges, polarity"
        case .load: return "add an article file or a folder of them"
        case .check: return "check every claim in a .claims or .csv file (same output as batch mode)"
        case .draft: return "check a draft (.txt, .md, .html) sentence by sentence; with a report path, also write the report there"
        case .conflicts: return "where the sources disagree, and what others confirm; one source against the rest, or all"
        case .reload: return "load every source again from disk"
        case .report: return "write this session's claims as a report (text, md, json, html)"
        case .history: return "recent claims with their verdicts"
        }
    }

    /// The closest command name by edit distance, if it is within two edits.
    static func nearest(to typed: String) -> ShellCommandName? {
        let scored = allCases.map { ($0, editDistance(typed, $0.rawValue)) }.min { $0.1 < $1.1 }
        if let (c, d) = scored, d <= 2 { return c }
        return allCases.first { $0.rawValue.hasPrefix(typed) && !typed.isEmpty }
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        var row = Array(0...y.count)
        for i in 1...max(1, x.count) where !x.isEmpty {
            var prev = row[0]
            row[0] = i
            for j in 1...max(1, y.count) where !y.isEmpty {
                let cur = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, prev + (x[i - 1] == y[j - 1] ? 0 : 1))
                prev = cur
            }
        }
        return x.isEmpty ? y.count : row[y.count]
    }
}
