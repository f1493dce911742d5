/// What one source says about a claim.
public enum Verdict: String, Sendable, Hashable, Codable, CaseIterable {
    /// A citable sentence states the claim (same event, same slots, same polarity, not hedged).
    case agreement
    /// A citable sentence states the same event with a different number, date, role or polarity.
    case conflict
    /// The source is silent, or only hedges ("faces", "might", "if convicted").
    case absence
}

/// What the corpus as a whole says about a claim.
public enum Summary: String, Sendable, Hashable, Codable, CaseIterable {
    /// Some sources agree and none conflict.
    case supported
    /// Some sources conflict and none agree.
    case contradicted
    /// Sources disagree with each other.
    case disputed
    /// Every source is silent.
    case unverified

    /// Combines per-source verdicts.
    public init(_ verdicts: [Verdict]) {
        let agree = verdicts.contains(.agreement), conflict = verdicts.contains(.conflict)
        switch (agree, conflict) {
        case (true, true): self = .disputed
        case (true, false): self = .supported
        case (false, true): self = .contradicted
        case (false, false): self = .unverified
        }
    }
}

/// A sentence quoted as evidence, at its exact place in the source file.
public struct Citation: Sendable, Hashable, Codable {
    /// The source's id (file name without extension).
    public let sourceID: String
    /// 1-based line of the sentence's first character.
    public let line: Int
    /// 1-based column (characters) of the sentence's first character.
    public let column: Int
    /// The sentence, verbatim.
    public let sentence: String

    /// Creates a citation.
    public init(sourceID: String, line: Int, column: Int, sentence: String) {
        self.sourceID = sourceID
        self.line = line
        self.column = column
        self.sentence = sentence
    }
}

/// One source's verdict on a claim, with the sentences it rests on and why.
public struct SourceVerdict: Sendable, Hashable {
    /// The source's id.
    public let sourceID: String
    /// Agreement, conflict or absence.
    public let verdict: Verdict
    /// The sentences the verdict rests on; empty for a plain absence.
    public let citations: [Citation]
    /// One line: `conflict: $50,000 ≠ $25,000`, `absence: only hedged — "faces …"`.
    public let reason: String
    /// How closely the best evidence matches the claim, 0…1.
    public let score: Double
    /// What was compared, for `:why` and `--explain`.
    public let explanation: Explanation
    /// Who decided: the rules, or the learned verifier where the rules had nothing decisive.
    public var decidedBy: Decider = .rules
    /// The learned verifier's probabilities (agreement, conflict, absence) for the cited sentence, when it was asked.
    public var modelProbabilities: [Float]? = nil
    /// Whether the sentence behind `modelProbabilities` gives every figure and date of the claim and hedges as it does
    /// (else the hybrid takes no agreement from it).
    public var modelMayAgree = true
    /// Whether that sentence names the claim's people (else the hybrid takes no conflict from it).
    public var modelMayConflict = true
    /// The rules' verdict rests on something they read (a hedge, a denial, someone else's place): the model is not asked.
    public internal(set) var rulesDecisive = false

    /// The reason without its leading `verdict:`, for layouts that show the verdict beside it already.
    public var reasonDetail: String {
        let prefix = verdict.rawValue + ": "
        return reason.hasPrefix(prefix) ? String(reason.dropFirst(prefix.count)) : reason
    }
}

/// Which reader decided a source's verdict.
public enum Decider: String, Sendable, Hashable, Codable {
    case rules
    case model
}

/// The result of checking one claim against every source.
public struct ClaimResult: Sendable, Hashable {
    /// The claim as typed.
    public let claim: String
    /// One verdict per source, in corpus order.
    public let sources: [SourceVerdict]
    /// Across sources: supported, contradicted, disputed or unverified.
    public var summary: Summary { Summary(sources.map(\.verdict)) }
}

/// The full account of a verdict: how the claim was read and every candidate weighed.
public struct Explanation: Sendable, Hashable {
    /// How the claim was read: names, event, roles, quantities, dates, polarity, hedges.
    public let claimReading: [String]
    /// Candidate evidence, best first.
    public let candidates: [Candidate]

    /// One piece of candidate evidence and what comparing it found.
    public struct Candidate: Sendable, Hashable {
        /// The sentence(s) weighed together.
        public let citations: [Citation]
        /// Match strength, 0…1.
        public let score: Double
        /// The verdict this evidence alone would give.
        public let verdict: Verdict
        /// Slot by slot: `money: $25,000 = $25,000USD ✓`, `hedge: faces`, `missing: FBI`.
        public let notes: [String]
        /// Every figure and date of the claim is in this evidence, which hedges as the claim does: a model reading it may
        /// agree (numbers and hedges are the rules' to read).
        public var modelMayAgree = true
        /// This evidence names the claim's people (or its source's title does): a model reading it may call a conflict.
        /// "Daltortorhar was sentenced to 6 years" contradicts nothing said of Loquiterhar.
        public var modelMayConflict = true
    }
}
