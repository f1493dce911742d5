/// Which reader decides a verdict.
public enum VerifierMode: String, Sendable, Hashable, CaseIterable {
    /// The rules alone: names, events and roles, quantities, dates, polarity, hedges.
    case rules
    /// The learned cross-encoder alone, on the retrieved candidates (for evaluation).
    case model
    /// Rules where they have something decisive to compare; the model where they are silent.
    case hybrid
}

/// How a `ClaimMatcher` checks claims.
public struct CheckOptions: Sendable, Hashable {
    /// Which reader decides.
    public var verifier: VerifierMode

    /// Creates options; hybrid unless told otherwise.
    public init(verifier: VerifierMode = .hybrid) {
        self.verifier = verifier
    }
}
