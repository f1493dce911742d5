import Foundation

/// The shell's state and behaviour, with no terminal in sight: lines in, text out.
///
/// The executable reads lines (libedit or a pipe) and prints what `handle` returns;
/// everything a user can do at the prompt is here, so it is tested without a terminal.
public final class ShellSession {
    /// What a line produced.
    public struct Output: Equatable {
        /// Text to print (may be empty).
        public var text: String
        /// The user asked to leave.
        public var quit = false
        /// A claim was checked: the line belongs in the history file.
        public var checkedClaim = false
    }

    /// The folder or files the corpus came from, reloaded by `:reload`.
    public private(set) var sourcePaths: [String]
    /// The engine over the current corpus.
    public private(set) var matcher: ClaimMatcher {
        didSet { renderer.names = SourceNames(matcher.corpus) }
    }
    /// Claims checked in this session, oldest first.
    public private(set) var checked: [CheckedClaim] = []
    var renderer: TextRenderer
    private var lastResult: ClaimResult?
    /// When set, `:reload` of a single sources folder goes through it: instant if nothing changed,
    /// and the saved analysis stays current for the next start.
    public var cache: MatcherCache?

    /// Creates a session over a loaded corpus.
    public convenience init(corpus: Corpus, sourcePaths: [String], renderer: TextRenderer) {
        self.init(matcher: ClaimMatcher(corpus: corpus), sourcePaths: sourcePaths, renderer: renderer)
    }

    /// Creates a session over a corpus already analysed (e.g. read from `MatcherCache`).
    public init(matcher: ClaimMatcher, sourcePaths: [String], renderer: TextRenderer) {
        self.sourcePaths = sourcePaths
        self.matcher = matcher
        self.renderer = renderer
        self.renderer.names = SourceNames(matcher.corpus)
    }

    /// Columns to wrap output to; the terminal sets it before each line, so a resized window rewraps.
    public var width: Int {
        get { renderer.width }
        set { renderer.width = newValue }
    }

    /// Completion candidates for the current corpus.
    public var completer: Completer {
        Completer(sourceIDs: matcher.corpus.documents.map(\.id), names: matcher.entityNames)
    }

    /// Handles one line. `shouldStop` is polled between claims of a `:check` (Ctrl-C).
    public func handle(_ line: String, shouldStop: () -> Bool = { false }) -> Output {
        switch ShellInput.parse(line) {
        case .empty:
            return Output(text: "")
        case .claim(let text):
            if let problem = ClaimText.problem(text) { return Output(text: "error: \(problem)") }
            let result = matcher.check(text)
            lastResult = result
            checked.append(CheckedClaim(entry: ClaimEntry(text: text, file: "", line: checked.count + 1, expectation: nil), result: result, expectation: nil))
            return Output(text: renderer.render(result), checkedClaim: true)
        case .unknown(let typed, let suggestion):
            return Output(text: "unknown command \(TextSafety.visible(typed))" + (suggestion.map { "; did you mean \($0)?" } ?? "; type :help for the list"))
        case .command(let name, let args):
            return command(name, args, shouldStop: shouldStop)
        }
    }

    private func command(_ name: ShellCommandName, _ args: [String], shouldStop: () -> Bool) -> Output {
        switch name {
        case .quit: return Output(text: "", quit: true)
        case .help: return Output(text: help(args.first))
        case .sources: return Output(text: SourceListing.render(matcher.corpus, verbose: args.first == "-v"))
        case .show: return Output(text: show(args.first))
        case .why:
            guard let r = lastResult else { return Output(text: "no verdict yet: type a claim first") }
            return Output(text: renderer.renderExplanation(r))
        case .history:
            if checked.isEmpty { return Output(text: "no claims checked in this session yet") }
            return Output(text: checked.suffix(20).map { c in
                "\(c.result.summary.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) \(TextSafety.visible(c.entry.text))"
            }.joined(separator: "\n"))
        case .load:
            guard let path = args.first else { return Output(text: "usage: \(name.usage)") }
            return Output(text: load(path: (path as NSString).expandingTildeInPath))
        case .reload:
            return Output(text: reload())
        case .check:
            guard let file = args.first else { return Output(text: "usage: \(name.usage)") }
            return Output(text: check(file: (file as NSString).expandingTildeInPath, shouldStop: shouldStop))
        case .draft:
            guard let file = args.first, args.count <= 2 else { return Output(text: "usage: \(name.usage)") }
            return Output(text: draft(file: (file as NSString).expandingTildeInPath, report: args.dropFirst().first.map { ($0 as NSString).expandingTildeInPath },
                                      shouldStop: shouldStop))
        case .conflicts:
            return Output(text: conflicts(source: args.first, shouldStop: shouldStop))
        case .report:
            guard args.count == 2, let format = ReportFormat(rawValue: args[0].lowercased()) else {
                return Output(text: "usage: \(name.usage)  (formats: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return Output(text: report(format, to: (args[1] as NSString).expandingTildeInPath))
        }
    }

    private func help(_ topic: String?) -> String {
        if let topic, let c = ShellCommandName(typed: topic.hasPrefix(":") ? String(topic.dropFirst()) : topic) {
            return "\(c.usage)\n  \(c.summary)"
        }
        let width = ShellCommandName.allCases.map(\.usage.count).max() ?? 0
        return (["Type a claim to check it against every source, or a command:"]
            + ShellCommandName.allCases.map { "  " + $0.usage.padding(toLength: width + 2, withPad: " ", startingAt: 0) + $0.summary }
            + ["Tab completes commands, source ids, paths and names; Up/Down and Ctrl-R search history."]).joined(separator: "\n")
    }

    /// Lines of context shown before and after the sentence asked for.
    static let showContext = 3

    /// The article around a line: the whole sentence that line belongs to, wrapped rather than cut, with a few lines
    /// either side; `▶` marks the line asked for, `▌` citable sentences' lines, `·` page noise.
    private func show(_ arg: String?) -> String {
        guard let arg else { return "usage: \(ShellCommandName.show.usage)" }
        var parts = arg.split(separator: ":", maxSplits: 1).map(String.init)
        guard let doc = matcher.corpus.document(matching: parts[0]) else {
            return "no source matches \(TextSafety.visible(parts[0])); sources: \(matcher.corpus.documents.map { renderer.names.short($0.id) }.joined(separator: ", "))"
        }
        var asked: Int?
        if parts.count > 1 {
            // A PDF's citations read `p.2:14`: line 14 of page 2's text.
            if parts[1].hasPrefix("p."), !doc.pageStarts.isEmpty {
                let pl = parts[1].dropFirst(2).split(separator: ":").compactMap { Int($0) }
                guard pl.count == 2, pl[0] >= 1, pl[0] <= doc.pageStarts.count, pl[1] >= 1 else {
                    return "`\(TextSafety.visible(parts[1]))` is not a page and line (p.2:14); \(renderer.names.short(doc.id)) has pages 1 to \(doc.pageStarts.count)"
                }
                parts[1] = "\(doc.pageStarts[pl[0] - 1] + pl[1] - 1)"
            }
            guard let n = Int(parts[1]) else { return "`\(TextSafety.visible(parts[1]))` is not a line number; usage: \(ShellCommandName.show.usage)" }
            guard n >= 1, n <= doc.lines.count else { return "\(renderer.names.short(doc.id)) has lines 1 to \(doc.lines.count)" }
            asked = n
        }
        // The sentence that covers the line asked for may start above it or run below it (a hard-wrapped source).
        var first = asked ?? 1, last = asked ?? 1
        if let n = asked, let sentence = doc.sentences.first(where: { $0.line <= n && n <= $0.line + $0.text.filter { $0 == "\n" }.count }) {
            first = sentence.line
            last = sentence.line + sentence.text.filter { $0 == "\n" }.count
        }
        let lo = max(1, first - Self.showContext), hi = min(doc.lines.count, last + Self.showContext + (asked == nil ? 2 * Self.showContext : 0))
        var citable: Set<Int> = [], noise: Set<Int> = []
        for s in doc.sentences {
            let lines = s.line...(s.line + s.text.filter { $0 == "\n" }.count)
            if s.isCitable { citable.formUnion(lines) } else { noise.formUnion(lines) }
        }
        var out = renderer.wrap("\(renderer.names.short(doc.id)) — \(TextSafety.visible(renderer.names.title(doc.id)))", indent: 0)
        // A PDF's lines are labelled by page (`p.2:14`), as its citations are.
        let labelWidth = doc.format == .pdf ? 8 : 4
        for n in lo...max(lo, hi) where n <= doc.lines.count {
            let mark = citable.contains(n) ? "▌" : (noise.contains(n) ? "·" : " ")
            let label = doc.locator(line: n)
            let prefix = (n == asked ? "▶" : " ") + String(repeating: " ", count: max(0, labelWidth - label.count)) + label + " " + mark + " "
            var wrapped = renderer.wrap(TextSafety.visible(doc.lines[n - 1]), indent: labelWidth + 4)
            wrapped[0] = prefix + wrapped[0].dropFirst(labelWidth + 4)
            out += wrapped.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }
        }
        out.append((asked == nil ? "" : "▶ line \(doc.locator(line: asked!))   ") + "▌ citable   · page noise (never cited)")
        return out.joined(separator: "\n")
    }

    private func load(path: String) -> String {
        var corpus = matcher.corpus
        do {
            let before = corpus.issues.count
            let added = try corpus.add(path: path)
            matcher = ClaimMatcher(corpus: corpus, options: matcher.options)
            sourcePaths.append(path)
            let issues = corpus.issues.dropFirst(before).map { TextSafety.visible($0.description) }
            return (["loaded \(added.count) source\(added.count == 1 ? "" : "s"): \(added.joined(separator: ", "))"] + issues).joined(separator: "\n")
        } catch {
            return "\(error)"
        }
    }

    private func reload() -> String {
        if let cache, sourcePaths.count == 1 {
            do {
                let loaded = try cache.load(sources: sourcePaths[0])
                let options = matcher.options
                matcher = loaded.matcher
                matcher.options = options
                let counts = matcher.corpus.sentenceCounts
                let how = loaded.outcome == .reused ? " (unchanged; analysis reused)" : ""
                return ([("reloaded \(matcher.corpus.documents.count) sources, \(counts.all) sentences\(how)")] + (loaded.warning.map { [$0] } ?? [])
                        + matcher.corpus.issues.map(\.description)).map(TextSafety.visible).joined(separator: "\n")
            } catch {
                return "\(error)"
            }
        }
        var corpus = Corpus()
        var messages: [String] = []
        for path in sourcePaths {
            do { try corpus.add(path: path) } catch { messages.append("\(error)") }
        }
        matcher = ClaimMatcher(corpus: corpus, options: matcher.options)
        let counts = corpus.sentenceCounts
        return ([("reloaded \(corpus.documents.count) sources, \(counts.all) sentences")] + messages + corpus.issues.map { TextSafety.visible($0.description) }).joined(separator: "\n")
    }

    private func check(file: String, shouldStop: () -> Bool) -> String {
        let files: [String]
        do { files = try ClaimFileParser.files(at: file) } catch { return "\(error)" }
        var entries: [ClaimEntry] = [], errors: [ClaimFileError] = []
        for f in files {
            let parsed = ClaimFileParser.parse(file: f)
            entries += parsed.entries
            errors += parsed.errors
        }
        let run = CheckRun(matcher: matcher)
        var done: [CheckedClaim] = []
        for entry in entries {
            if shouldStop() {
                return "interrupted after \(done.count) of \(entries.count) claims"
            }
            switch run.check(entry) {
            case .success(let c): done.append(c)
            case .failure(let e): errors.append(e)
            }
        }
        checked += done
        lastResult = done.last?.result ?? lastResult
        do {
            return try Report(corpus: matcher.corpus, claims: done, errors: errors).render(.text, colour: renderer.colour, width: renderer.width)
        } catch {
            return "\(error)"
        }
    }

    private func report(_ format: ReportFormat, to path: String) -> String {
        guard !checked.isEmpty else { return "nothing to report yet: check a claim first" }
        do {
            let report = try Report(corpus: matcher.corpus, claims: checked)
            try AtomicFile.write(report.render(format), to: path)
            return "wrote \(checked.count) claim\(checked.count == 1 ? "" : "s") to \(path)"
        } catch {
            return "\(error)"
        }
    }
}
