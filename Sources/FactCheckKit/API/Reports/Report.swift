import Foundation

/// The formats a report can be written in.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// The shell's layout plus a summary; for terminals.
    case text
    /// Markdown with a summary table and linked citations.
    case md
    /// The JSON shape documented in the README.
    case json
    /// One self-contained HTML page.
    case html
}

/// Everything a report says: the corpus (with hashes), each checked claim, and the totals.
///
/// Building a report verifies every citation against its source file; a quote that is
/// not found verbatim at the cited line stops the report instead of being written.
public struct Report: Sendable {
    /// The sources, in corpus order.
    public let sources: [SourceDocument]
    /// The checked claims, in the order they were read.
    public let claims: [CheckedClaim]
    /// Claim-file lines that could not be checked.
    public let errors: [ClaimFileError]
    /// When the report was made, `yyyy-MM-dd'T'HH:mm:ss'Z'`.
    public let date: String
    /// Short ids and titles of the sources, as every format names them.
    public let names: SourceNames

    /// A citation that is not verbatim at its place in the source.
    public struct UnverifiedCitation: Error, CustomStringConvertible {
        /// Where the citation pointed.
        public let citation: Citation
        public var description: String { "\(citation.sourceID):\(citation.line): cited text is not found verbatim at this line; report not written" }
    }

    /// Builds a report and verifies every citation in it.
    public init(corpus: Corpus, claims: [CheckedClaim], errors: [ClaimFileError] = [], date: Date = Date()) throws {
        let byID = Dictionary(corpus.documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for claim in claims {
            for sv in claim.result.sources {
                for c in sv.citations where byID[c.sourceID]?.contains(quote: c.sentence, line: c.line, column: c.column) != true {
                    throw UnverifiedCitation(citation: c)
                }
            }
        }
        sources = corpus.documents
        names = SourceNames(corpus)
        self.claims = claims
        self.errors = errors
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'"
        self.date = f.string(from: date)
    }

    /// Counts by summary verdict, and unmet expectations.
    public var totals: Totals {
        var t = Totals()
        for c in claims {
            switch c.result.summary {
            case .supported: t.supported += 1
            case .contradicted: t.contradicted += 1
            case .disputed: t.disputed += 1
            case .unverified: t.unverified += 1
            }
            if let e = c.expectation {
                if e.met { t.expectationsMet += 1 } else { t.expectationsFailed += 1 }
            }
        }
        return t
    }

    /// Totals over a report's claims.
    public struct Totals: Sendable, Hashable {
        public var supported = 0, contradicted = 0, disputed = 0, unverified = 0
        public var expectationsMet = 0, expectationsFailed = 0
        /// All claims.
        public var claims: Int { supported + contradicted + disputed + unverified }

        /// `97 claims: 20 supported, 30 contradicted, 1 disputed, 46 unverified`.
        public var verdictLine: String {
            "\(claims) claim\(claims == 1 ? "" : "s"): \(supported) supported, \(contradicted) contradicted, \(disputed) disputed, \(unverified) unverified"
        }

        /// `expectations: 96 met, 1 failed`, or `nil` when no claim had an expectation.
        public var expectationLine: String? {
            expectationsMet + expectationsFailed > 0 ? "expectations: \(expectationsMet) met, \(expectationsFailed) failed" : nil
        }
    }

    /// How every format explains its citations' places, once, near the top: `000:13` (and `000:13:153` with a column).
    func locatorLegend(withColumn: Bool) -> String {
        let example = sources.first.map { names.short($0.id) } ?? "000"
        let place = withColumn ? "\(example):13:153" : "\(example):13"
        return "Citations read \(place): the source's short id, then the line of its file where the quoted sentence starts"
            + (withColumn ? ", then the column (characters from the start of that line)." : ".")
            + (names.hasPages ? " In a PDF the line is counted on its page: p.2:14 is line 14 of page 2's text, below any running header." : "")
            + (sources.contains { $0.format == .html } ? " In a saved web page the line is a line of the text FactCheck extracts from it (factcheck extract FILE)." : "")
    }


    /// Renders the report.
    public func render(_ format: ReportFormat, explain: Bool = false, colour: Bool = false, width: Int = 100) -> String {
        switch format {
        case .text: return TextReport(report: self, renderer: TextRenderer(colour: colour, width: width, names: names), explain: explain).render()
        case .md: return MarkdownReport(report: self).render()
        case .json: return JSONReport(report: self).render()
        case .html: return HTMLReport(report: self).render()
        }
    }
}
