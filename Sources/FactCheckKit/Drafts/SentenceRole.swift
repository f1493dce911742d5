/// What a draft sentence is to the checker: a fact to check, or why it is not one.
public enum SentenceRole: Sendable, Hashable {
    /// A checkable statement (a name with an event or attribute, a number, a date, a quantity).
    case statement
    /// A quotation attributed to someone: checked word for word against the sources' quotes.
    case quote
    /// Listed in reports, never checked.
    case notAClaim(NonClaimReason)

    /// Checked against the sources.
    public var isClaim: Bool {
        if case .notAClaim = self { return false }
        return true
    }
}

/// Why a draft sentence is not checked.
public enum NonClaimReason: String, Sendable, Hashable, CaseIterable {
    case question
    case opinion
    case transition
    case heading
    case noFact = "no checkable fact"

    /// For reports: `not a factual claim (opinion)`.
    public var label: String { "not a factual claim (\(rawValue))" }
}
