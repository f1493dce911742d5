/// A claim checked in a batch or a shell session, with the outcome of its expectation.
public struct CheckedClaim: Sendable, Hashable {
    /// Where the claim came from.
    public let entry: ClaimEntry
    /// The verdicts.
    public let result: ClaimResult
    /// `nil` when the claim had no expectation.
    public let expectation: ExpectationOutcome?
}

/// Whether a claim's verdicts met what its file expected.
public struct ExpectationOutcome: Sendable, Hashable {
    /// All parts met.
    public var met: Bool { failures.isEmpty }
    /// The expectation as written.
    public let expected: String
    /// One line per unmet part: `002: expected absence, got conflict`.
    public let failures: [String]
}

/// Runs claims through a matcher and checks their expectations.
public struct CheckRun: Sendable {
    /// The engine.
    public let matcher: ClaimMatcher

    /// Creates a run over `matcher`'s corpus.
    public init(matcher: ClaimMatcher) {
        self.matcher = matcher
    }

    /// Checks one claim. An expectation naming an unknown source is an error at the claim's file and line.
    public func check(_ entry: ClaimEntry) -> Result<CheckedClaim, ClaimFileError> {
        let result = matcher.check(entry.text)
        guard let e = entry.expectation else { return .success(CheckedClaim(entry: entry, result: result, expectation: nil)) }
        switch evaluate(e, result) {
        case .success(let outcome): return .success(CheckedClaim(entry: entry, result: result, expectation: outcome))
        case .failure(let problem): return .failure(ClaimFileError(file: entry.file, line: entry.line, message: problem.text))
        }
    }

    struct Problem: Error { let text: String }

    func evaluate(_ e: Expectation, _ result: ClaimResult) -> Result<ExpectationOutcome, Problem> {
        var failures: [String] = []
        if let overall = e.overall, overall != result.summary {
            failures.append("expected \(overall.rawValue), got \(result.summary.rawValue)")
        }
        for part in e.perSource {
            let matches = result.sources.filter { $0.sourceID.hasPrefix(part.sourcePrefix) }
            guard matches.count == 1, let sv = matches.first else {
                let known = result.sources.map(\.sourceID).joined(separator: ", ")
                return .failure(Problem(text: matches.isEmpty ? "unknown source `\(part.sourcePrefix)` in expectation (sources: \(known))"
                                                : "source prefix `\(part.sourcePrefix)` is ambiguous; write more of the id"))
            }
            let short = part.sourcePrefix
            if sv.verdict != part.verdict {
                failures.append("\(short): expected \(part.verdict.rawValue), got \(sv.verdict.rawValue) (\(sv.reason))")
                continue
            }
            let cited = Set(sv.citations.map(\.line))
            let uncited = part.lines.filter { !cited.contains($0) }
            if !uncited.isEmpty {
                failures.append("\(short): expected a citation of line \(uncited.map(String.init).joined(separator: "+")), cited \(sv.citations.map { String($0.line) }.joined(separator: "+"))")
            }
        }
        return .success(ExpectationOutcome(expected: e.text, failures: failures))
    }
}
