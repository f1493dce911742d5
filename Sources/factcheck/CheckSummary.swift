import FactCheckKit

/// The line `check` ends with on stderr: where the report went and what it counts, so a run that writes
/// its report to a file still says what happened (and stdout, without `--output`, stays the report alone).
struct CheckSummary {
    let format: ReportFormat
    /// The `--output` path; `nil` for standard output.
    let destination: String?
    let totals: Report.Totals
    /// Claim-file lines that could not be checked.
    let errors: Int

    var line: String {
        var parts = ["\(format.rawValue) report " + (destination.map { "written to \($0)" } ?? "on standard output"), totals.verdictLine]
        if let expectations = totals.expectationLine { parts.append(expectations) }
        if errors > 0 { parts.append("\(errors) claim-file line\(errors == 1 ? "" : "s") not checked") }
        return parts.joined(separator: "; ")
    }
}
