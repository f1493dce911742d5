/// Where the sources disagree with each other, and which of their statements others confirm.
public struct ConflictResult: Sendable {
    /// The corpus compared.
    public let corpus: Corpus
    /// The one source checked against the rest (`--source`), or `nil` for every source.
    public let scope: String?
    /// Statements checked.
    public let statements: Int
    /// What each source says about each thing more than one source speaks to, prospects included.
    public let topics: [TopicView]
    /// Conflicts grouped by what they are about.
    public let groups: [ConflictGroup]
    /// Per source checked: what others confirm, what stands alone.
    public let corroboration: [SourceCorroboration]
    /// Stopped (Ctrl-C) before every statement was checked.
    public let complete: Bool

    /// Disagreeing pairs in all groups.
    public var conflictCount: Int { groups.reduce(0) { $0 + $1.disagreements.count } }
}

/// Sentences from different sources that disagree about one thing (`sentencing — Mallory`).
public struct ConflictGroup: Sendable, Hashable {
    /// What they are about: the event (or figure) and the person it concerns.
    public let topic: String
    /// Every sentence involved, in corpus and file order.
    public let statements: [Citation]
    /// Each disagreeing pair with the reason.
    public let disagreements: [Disagreement]
}

/// One source's statement and the sentence(s) of another source that contradict it.
public struct Disagreement: Sendable, Hashable {
    /// The statement checked.
    public let statement: Citation
    /// The other source's sentences it conflicts with.
    public let evidence: [Citation]
    /// Why, from the checker: `conflict: 2018-06 ≠ 2020`.
    public let reason: String
}

/// One source's statements: those another source confirms, and those no other source states.
public struct SourceCorroboration: Sendable, Hashable {
    /// The source.
    public let sourceID: String
    /// Statements with the other sources' sentences that agree.
    public let confirmed: [Confirmed]
    /// Statements no other source states or contradicts: where an editor looks first.
    public let alone: [Citation]

    /// A statement and its confirmations.
    public struct Confirmed: Sendable, Hashable {
        public let statement: Citation
        public let by: [Citation]
    }
}

/// What the sources say about one thing (`sentencing — Mallory`): each statement with who confirms or contradicts it.
public struct TopicView: Sendable, Hashable {
    /// The event (or figure) and the person it concerns.
    public let topic: String
    /// Statements in corpus and file order.
    public let entries: [Entry]

    /// One source's statement on the topic.
    public struct Entry: Sendable, Hashable {
        /// The sentence.
        public let statement: Citation
        /// The fact read from it and checked: `Mallory has been sentenced to 20 years`.
        public let fact: String
        /// Hedged ("faces", "might"): shown, not checked.
        public let isProspect: Bool
        /// Other sources' sentences that state it.
        public internal(set) var confirmedBy: [Citation]
        /// Other sources' sentences that contradict it.
        public internal(set) var contradictedBy: [Citation]
    }
}
