import Foundation

/// Where the sources disagree, ready to write: every citation verified verbatim at its place first.
public struct ConflictsReport: Sendable {
    /// What was found.
    public let result: ConflictResult
    /// When the report was made, `yyyy-MM-dd'T'HH:mm:ss'Z'`.
    public let date: String
    /// Seconds the comparison took, when measured.
    public let seconds: Double?
    /// How sources are named in places (`000:9`).
    let short: CitationPlaces

    /// Builds the report; a citation not found verbatim at its line stops it (`Report.UnverifiedCitation`).
    public init(_ result: ConflictResult, seconds: Double? = nil, date: Date = Date()) throws {
        try ReportStamp.verify(result.groups.flatMap(\.statements) + result.topics.flatMap { $0.entries.flatMap { [$0.statement] + $0.confirmedBy + $0.contradictedBy } }
            + result.corroboration.flatMap { $0.alone + $0.confirmed.flatMap { [$0.statement] + $0.by } }, in: result.corpus)
        self.result = result
        self.seconds = seconds
        short = CitationPlaces(corpus: result.corpus)
        self.date = ReportStamp.date(date)
    }

    /// `3 sources, 64 statements checked: 9 conflicts in 6 groups; 21 confirmed, 30 stand alone`.
    public var summaryLine: String {
        let r = result
        let confirmed = r.corroboration.reduce(0) { $0 + $1.confirmed.count }, alone = r.corroboration.reduce(0) { $0 + $1.alone.count }
        let scope = r.scope.map { "\($0) against \(r.corpus.documents.count - 1) other sources" } ?? "\(r.corpus.documents.count) sources"
        return "\(scope), \(r.statements) statements checked: \(r.conflictCount) conflicts in \(r.groups.count) groups; \(confirmed) confirmed by another source, \(alone) stand alone"
            + (r.complete ? "" : " (interrupted)") + (seconds.map { String(format: " · %.2f s", $0) } ?? "")
    }

    /// Renders the report.
    public func render(_ format: ReportFormat, width: Int = 100) -> String {
        switch format {
        case .text: return ConflictsTextReport(report: self, renderer: TextRenderer(width: width)).render()
        case .md: return ConflictsMarkdownReport(report: self).render()
        case .json: return ConflictsJSONReport(report: self).render()
        case .html: return ConflictsHTMLReport(report: self).render()
        }
    }
}

