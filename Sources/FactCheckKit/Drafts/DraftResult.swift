/// A draft checked sentence by sentence.
public struct DraftResult: Sendable {
    /// The draft as read.
    public let draft: Draft
    /// Every sentence, checked or listed as not a claim, in reading order.
    public let sentences: [CheckedDraftSentence]
    /// The corpus it was checked against, for reports (hashes, context around citations).
    public let corpus: Corpus

    /// Counts for the summary line: `31 sentences, 22 claims: 15 supported, …`.
    public var totals: Totals {
        var t = Totals(sentences: sentences.count)
        for s in sentences {
            switch s.verdict {
            case .supported?: t.supported += 1
            case .contradicted?: t.contradicted += 1
            case .disputed?: t.disputed += 1
            case .unverified?: t.unverified += 1
            case nil: t.notClaims += 1
            }
        }
        return t
    }

    /// Sentences by verdict.
    public struct Totals: Sendable, Hashable {
        public var sentences: Int
        public var supported = 0, contradicted = 0, disputed = 0, unverified = 0, notClaims = 0
        /// Sentences checked.
        public var claims: Int { supported + contradicted + disputed + unverified }

        /// `31 sentences, 22 claims: 15 supported, 2 contradicted, 1 disputed, 4 unverified`.
        public var line: String {
            "\(sentences) sentences, \(claims) claims: \(supported) supported, \(contradicted) contradicted, \(disputed) disputed, \(unverified) unverified"
        }
    }
}

/// One draft sentence with its parts' verdicts.
public struct CheckedDraftSentence: Sendable, Hashable {
    /// The sentence where it stands in the draft.
    public let sentence: DraftSentenceText
    /// Statement, quote, or why it is not a claim.
    public let role: SentenceRole
    /// What was checked: the statement's parts, or each quotation; empty when not a claim.
    public let parts: [DraftPart]

    /// Across parts and sources; `nil` when not a claim.
    public var verdict: Summary? { role.isClaim ? DraftVerdict.combine(parts.map(\.result.summary)) : nil }
}

/// One part of a draft sentence, checked as a claim typed in the shell would be.
public struct DraftPart: Sendable, Hashable {
    /// What was checked: a part of the statement (pronouns at its start resolved), or the quoted words.
    public let text: String
    /// A statement or a quotation.
    public let isQuote: Bool
    /// Each source's verdict with citations.
    public let result: ClaimResult
}

/// A sentence's verdict from its parts' verdicts across sources.
enum DraftVerdict {
    /// Contradicted when a part is, else disputed when a part is, supported only when every part is; unverified otherwise.
    static func combine(_ parts: [Summary]) -> Summary {
        if parts.contains(.contradicted) { return .contradicted }
        if parts.contains(.disputed) { return .disputed }
        if !parts.isEmpty, parts.allSatisfy({ $0 == .supported }) { return .supported }
        return .unverified
    }
}
