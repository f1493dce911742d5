/// The plain-text layout of a checked claim, shared by the shell, piped mode and text reports.
public struct TextRenderer: Sendable {
    /// Colour with ANSI escapes (only on a terminal, never with NO_COLOR).
    public var colour: Bool
    /// Width to wrap quotes to.
    public var width: Int {
        didSet { width = max(40, width) }
    }
    /// Short ids and titles of the sources.
    public var names: SourceNames

    /// Creates a renderer.
    public init(colour: Bool = false, width: Int = 100, names: SourceNames = SourceNames()) {
        self.colour = colour
        self.width = max(40, width)
        self.names = names
    }

    /// Per source: verdict, citations as `source:line "quote"`, the reason; then the summary line.
    public func render(_ result: ClaimResult, explain: Bool = false) -> String {
        var out: [String] = []
        for sv in result.sources {
            let heading = paint(sv.verdict, sv.verdict.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) + " " + names.short(sv.sourceID)
            let title = TextSafety.visible(names.title(sv.sourceID))
            if title.isEmpty || 10 + names.short(sv.sourceID).count + 2 + title.count <= width {
                out.append(heading + (title.isEmpty ? "" : "  " + title))
            } else {
                out.append(heading)
                out += wrap(title, indent: 10)
            }
            for c in sv.citations {
                out += wrap("\(names.place(c)) “\(TextSafety.visible(c.sentence.replacingOccurrences(of: "\n", with: " ")))”", indent: 10)
            }
            out += wrap(TextSafety.visible(sv.reason), indent: 10).map { dim($0) }
            if explain { out += explanation(sv.explanation) }
        }
        out.append(summaryLine(result.summary))
        return out.joined(separator: "\n")
    }

    /// The full account behind each source's verdict (`:why`, `--explain`).
    public func renderExplanation(_ result: ClaimResult) -> String {
        var out = ["claim: \(TextSafety.visible(result.claim))"]
        if let first = result.sources.first { out += first.explanation.claimReading.map { "  " + TextSafety.visible($0) } }
        for sv in result.sources {
            out.append("\(names.short(sv.sourceID)): \(sv.verdict.rawValue) (score \(formatScore(sv.score)))")
            out += explanation(sv.explanation)
        }
        return out.joined(separator: "\n")
    }

    private func explanation(_ e: Explanation) -> [String] {
        var out: [String] = []
        if e.candidates.isEmpty { out.append("          no candidate sentences") }
        for c in e.candidates {
            let place = c.citations.map { names.place($0) }.joined(separator: "+")
            out.append("          candidate \(place) score \(formatScore(c.score)) → \(c.verdict.rawValue)")
            for n in c.notes { out += wrap(TextSafety.visible(n), indent: 14) }
        }
        return out
    }

    /// `supported`, `contradicted`… coloured like the verdicts that make them.
    public func summaryLine(_ s: Summary) -> String {
        let verdict: Verdict = s == .supported ? .agreement : (s == .unverified ? .absence : .conflict)
        return "⇒ " + paint(verdict, s.rawValue)
    }

    private func shortID(_ id: String) -> String { names.short(id) }

    private func formatScore(_ s: Double) -> String { String(format: "%.2f", s) }

    private func paint(_ v: Verdict, _ s: String) -> String {
        guard colour else { return s }
        switch v {
        case .agreement: return "\u{1B}[32m\(s)\u{1B}[0m"
        case .conflict: return "\u{1B}[31m\(s)\u{1B}[0m"
        case .absence: return "\u{1B}[2m\(s)\u{1B}[0m"
        }
    }

    private func dim(_ s: String) -> String { colour ? "\u{1B}[2m\(s)\u{1B}[0m" : s }

    /// Wraps at word boundaries to `width`, indenting every line; never cuts a word.
    func wrap(_ text: String, indent: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if !current.isEmpty, indent + current.count + 1 + word.count > width {
                lines.append(pad + current)
                current = String(word)
            } else {
                current += current.isEmpty ? String(word) : " " + word
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(pad + current) }
        return lines
    }
}
