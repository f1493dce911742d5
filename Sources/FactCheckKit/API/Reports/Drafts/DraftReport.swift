import Foundation

/// A checked draft ready to write: every citation verified verbatim at its place first, as for claim reports.
public struct DraftReport: Sendable {
    /// The checked draft.
    public let result: DraftResult
    /// When the report was made, `yyyy-MM-dd'T'HH:mm:ss'Z'`.
    public let date: String
    /// How sources are named in places (`000:9`).
    let short: CitationPlaces

    /// Builds the report; a citation not found verbatim at its line stops it (`Report.UnverifiedCitation`).
    public init(_ result: DraftResult, date: Date = Date()) throws {
        try ReportStamp.verify(result.sentences.flatMap { $0.parts.flatMap { $0.result.sources.flatMap(\.citations) } }, in: result.corpus)
        self.result = result
        short = CitationPlaces(corpus: result.corpus)
        self.date = ReportStamp.date(date)
    }

    /// Renders the report.
    public func render(_ format: ReportFormat, colour: Bool = false, width: Int = 100) -> String {
        switch format {
        case .text: return DraftTextReport(report: self, renderer: TextRenderer(colour: colour, width: width, names: SourceNames(result.corpus))).render()
        case .md: return DraftMarkdownReport(report: self).render()
        case .json: return DraftJSONReport(report: self).render()
        case .html: return DraftHTMLReport(report: self).render()
        }
    }
}

extension CheckedDraftSentence {
    /// How reports name the outcome: a verdict, or `not a factual claim (opinion)`.
    var label: String {
        if case .notAClaim(let why) = role { return why.label }
        return verdict?.rawValue ?? ""
    }

    /// A CSS class and JSON value: the verdict, or `not-a-claim`.
    var verdictKey: String { verdict?.rawValue ?? "not-a-claim" }
}
