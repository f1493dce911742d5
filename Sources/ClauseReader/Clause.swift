/// A stretch of the input sentence. `range` counts Swift `Character`s from the
/// start of the string given to `ClauseReader.clauses(in:)`.
public struct Span: Sendable, Hashable {
    /// The text of the whole phrase as written ("the fellow 5-1 Boston Celtics").
    public var text: String
    /// Character offsets of `text` in the input.
    public var range: Range<Int>
    /// The phrase's head as written: a whole multi-word name ("Boston Celtics"),
    /// otherwise the head noun ("Sixers"), or the whole phrase for coordinations.
    public var head: String

    public init(text: String, range: Range<Int>, head: String) {
        self.text = text
        self.range = range
        self.head = head
    }
}

/// A prepositional phrase attached to a clause's verb: "on" + "Wednesday night".
/// `preposition` is empty for a bare time phrase attached to the verb
/// ("convicted ... last June").
public struct PrepositionalPhrase: Sendable, Hashable {
    public var preposition: String
    public var object: Span

    public init(preposition: String, object: Span) {
        self.preposition = preposition
        self.object = object
    }
}

/// One verb of a sentence with its participants: who did what to whom.
public struct Clause: Sendable, Hashable {
    /// The content verb as written ("hosted", "sentenced" in "has been sentenced").
    /// A Link Grammar idiom is kept whole ("showed up"), except pleas:
    /// "pleaded guilty" gives verb "pleaded" and complement "guilty".
    public var verb: String
    /// Character offsets of `verb` in the input.
    public var verbRange: Range<Int>
    /// Subject noun phrase. For a passive this is the patient ("Mallory" in
    /// "Mallory was paid"). Relative pronouns are resolved to their antecedent;
    /// infinitives inherit the controlling object or subject ("ordered him to pay").
    public var subject: Span?
    /// Direct object.
    public var object: Span?
    /// First object of a double-object verb ("gave *Mallory* $25,000").
    public var indirectObject: Span?
    /// Passive voice (be/get + participle, or a participle modifying a noun).
    public var passive: Bool
    /// The by-phrase of a passive ("the MSS" in "was paid $25,000 by the MSS").
    public var agent: Span?
    /// "not", "n't", "never" or "cannot" on this verb or its auxiliaries.
    /// "pleaded not guilty" counts as negated (complement "guilty").
    public var negated: Bool
    /// Prepositional phrases hanging off the verb, left to right.
    public var prepositions: [PrepositionalPhrase]
    /// Predicate nominal or adjective after a copula ("is a 2002 American
    /// Christmas film", "became CEO", "is closed" when not a passive).
    public var complement: Span?

    public init(
        verb: String, verbRange: Range<Int>, subject: Span? = nil, object: Span? = nil,
        indirectObject: Span? = nil, passive: Bool = false, agent: Span? = nil,
        negated: Bool = false, prepositions: [PrepositionalPhrase] = [], complement: Span? = nil
    ) {
        self.verb = verb
        self.verbRange = verbRange
        self.subject = subject
        self.object = object
        self.indirectObject = indirectObject
        self.passive = passive
        self.agent = agent
        self.negated = negated
        self.prepositions = prepositions
        self.complement = complement
    }
}
