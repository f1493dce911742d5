import Foundation

/// Tab-completion candidates for a line being typed, computed without a terminal.
public struct Completer: Sendable {
    /// Source ids, for `:show`.
    public var sourceIDs: [String]
    /// People, organisations and places in the corpus, for claims.
    public var names: [String]

    /// Creates a completer.
    public init(sourceIDs: [String], names: [String]) {
        self.sourceIDs = sourceIDs
        self.names = names
    }

    /// Full replacements for the word that ends at the cursor.
    /// - Parameters:
    ///   - line: the text before the cursor.
    ///   - word: the partial word being completed (the end of `line`).
    public func candidates(line: String, word: String) -> [String] {
        let before = String(line.dropLast(word.count))
        let previous = before.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        if line.hasPrefix(":") {
            if previous.isEmpty {
                return ShellCommandName.allCases.map { ":" + $0.rawValue }.filter { $0.hasPrefix(word.lowercased()) }
            }
            switch ShellCommandName(typed: String(previous[0].dropFirst()).lowercased()) {
            case .show?, .conflicts?: return sourceIDs.filter { $0.hasPrefix(word) }
            case .help?: return ShellCommandName.allCases.map(\.rawValue).filter { $0.hasPrefix(word) }
            case .load?, .check?, .draft?: return paths(matching: word)
            case .report?:
                return previous.count == 1 ? ReportFormat.allCases.map(\.rawValue).filter { $0.hasPrefix(word) } : paths(matching: word)
            default: return []
            }
        }
        guard word.count >= 2 else { return [] }
        let lower = word.lowercased()
        return names.filter { $0.lowercased().hasPrefix(lower) && $0.count > word.count }
    }

    /// Whether completing to `matches` leaves the word open: a single folder (`Claims/`) takes no space after it,
    /// so the next Tab lists inside it.
    public static func continues(_ matches: [String]) -> Bool {
        matches.count == 1 && matches[0].hasSuffix("/")
    }

    /// Files and folders starting with `word`; folders end in `/` so completion can go on.
    func paths(matching word: String) -> [String] {
        let expanded = (word as NSString).expandingTildeInPath
        let dir: String, prefix: String
        if expanded.hasSuffix("/") {
            dir = expanded
            prefix = ""
        } else {
            dir = (expanded as NSString).deletingLastPathComponent
            prefix = (expanded as NSString).lastPathComponent
        }
        let listDir = dir.isEmpty ? "." : dir
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: listDir) else { return [] }
        let typedDir = word.hasSuffix("/") ? word : String(word.dropLast(prefix.count))
        return names.filter { $0.hasPrefix(prefix) && (!$0.hasPrefix(".") || prefix.hasPrefix(".")) }.sorted().map { name in
            var isDir: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: (listDir as NSString).appendingPathComponent(name), isDirectory: &isDir)
            return typedDir + name + (isDir.boolValue ? "/" : "")
        }
    }
}
