/// What one comparison reads: the claim, the evidence weighed (one sentence or two adjacent ones), and what
/// the name step found.
struct ComparisonInput {
    let claim: TextAnalysis
    let evidence: [TextAnalysis]
    /// The claim's own names (pronouns resolved in the claim excluded), each once.
    let claimEntities: [EntityMention]
    /// Those of them the evidence does not name.
    let missing: [EntityMention]
    /// Share of the claim's other words found in the evidence, by rarity.
    let coverage: Double
    /// The evidence's content concepts (every sentence weighed), as the claim's are counted.
    let evidenceConcepts: Set<String>
    /// The source's title.
    let topic: String
    /// The claim's words, lower-cased (a title the source capitalises may be the claim's own lower-case words).
    let claimWords: Set<String>
    /// Share of the claim's other words found in the evidence or the title, by rarity: a figure of the
    /// article's subject is about it even where the sentence does not repeat its name ("the film has earned …").
    var coverageWithTitle: Double = 0
    /// Dates the source's title gives: "2020 coronavirus pandemic in Germany" dates every figure on its page in 2020.
    var titleDates: [DateMention] = []
    /// WordNet's first-sense synonyms of the claim's concepts, by concept ("fired" ~ "dismissed").
    var synonyms: [String: Set<String>] = [:]

    /// Whether the evidence has a claim concept, itself or a synonym (as `coverage` counts it).
    func covers(_ concept: String) -> Bool {
        evidenceConcepts.contains(concept) || !(synonyms[concept] ?? []).isDisjoint(with: evidenceConcepts)
    }

    /// Whether the title states the claim's date, and no date of the evidence says otherwise ("Ghost is a 1994 film"
    /// on the page "Ghost (1990 film)": the sentence's own year stands).
    func titleStates(_ cd: DateMention) -> Bool {
        titleDates.contains { $0.isWithin(cd) } && !evidence.contains { $0.dates.contains { cd.contradicts($0) } }
    }

    /// Whether the evidence (or its title) states the claim's date: a date within it, and, for a yearless bound, no day
    /// of the sentence on its far side.
    func statesDate(_ cd: DateMention) -> Bool {
        guard !evidence.contains(where: { $0.dates.contains { $0.isAcross(cd) } }) else { return false }
        return evidence.contains { $0.dates.contains { $0.isWithin(cd) } } || titleStates(cd)
    }
}

/// What a comparison decided about one slot.
enum Finding: Sendable, Hashable {
    /// The evidence gives another value for the claim's slot: a conflict (`Virginia ≠ Utah`).
    case conflict(slot: Slot, claim: String, evidence: String)
    /// The evidence gives the claim's value for the same thing: `107,430 cases` within `more than 107,000 cases`.
    case agreement(slot: Slot, claim: String, evidence: String)
    /// The evidence has the claim's value, but not for the claim's subject: nothing is stated.
    case unstated(slot: Slot, claim: String, why: String)
    /// The rules cannot read the evidence as stating the claim, but a reader of paraphrase (the learned verifier) may.
    case unread(slot: Slot, claim: String, why: String)

    /// The kinds of slot compared, for explanations.
    enum Slot: String, Sendable, Hashable {
        case name, place, weekday, time, role, figure, modifier, ordinal, nationality, predicate, lifespan, placing, order, direction
    }
}

/// One kind of comparison between a claim and evidence. A new kind is a type in its own file and a line in
/// `SlotComparers.all`; it says nothing when it has nothing decisive to say.
protocol SlotComparer: Sendable {
    func compare(_ input: ComparisonInput) -> Finding?
}

/// The open-domain comparisons, tried in order after names are matched; the first finding decides.
enum SlotComparers {
    static let all: [any SlotComparer] = [
        PlaceBinding(),
        MakerBinding(),
        NameSubstitution(),
        AffiliationComparison(),
        VersionComparison(),
        OfficeComparison(),
        RankComparison(),
        WeekdaySubstitution(),
        EndsOrderComparison(),
        ParticleComparison(),
        ClockTimeComparison(),
        OrdinalComparison(),
        PlacingComparison(),
        LifespanComparison(),
        StreakComparison(),
        NationalityComparison(),
        ModifierSubstitution(),
        CompoundSubstitution(),
        TallyComparison(),
        MultiplierComparison(),
        StatusComparison(),
        HolderComparison(),
        BearingComparison(),
        RouteComparison(),
        RegionComparison(),
        DirectionComparison(),
        FigureComparison(),
        // Last: it only holds back an agreement the words alone would give.
        PredicateNounComparison(),
    ]

    static func firstFinding(_ input: ComparisonInput) -> Finding? {
        for comparer in all { if let f = comparer.compare(input) { return f } }
        return nil
    }
}

/// Reasons and explanation notes for findings, built in one place.
extension Finding {
    /// The one-line reason's particulars: `Virginia ≠ Utah`.
    var reason: String {
        switch self {
        case .conflict(_, let claim, let evidence): return "\(evidence) ≠ \(claim)"
        case .agreement(_, let claim, let evidence): return "\(evidence) within \(claim)"
        case .unstated(_, let claim, let why), .unread(_, let claim, let why): return "\(claim): \(why)"
        }
    }

    /// The `:why` note.
    var note: String {
        switch self {
        case .conflict(let slot, let claim, let evidence): return "\(slot.rawValue): \(evidence) in place of \(claim) ✗"
        case .agreement(let slot, let claim, let evidence): return "\(slot.rawValue): \(evidence) = \(claim) ✓"
        case .unstated(let slot, let claim, let why), .unread(let slot, let claim, let why): return "\(slot.rawValue): \(claim) — \(why)"
        }
    }
}

extension Finding {
    var isConflict: Bool { if case .conflict = self { return true } else { return false } }
    var isAgreement: Bool { if case .agreement = self { return true } else { return false } }
    /// Whether the finding settles the verdict for the rules alone (the learned verifier is not asked).
    var isDecisive: Bool { if case .unread = self { return false } else { return true } }
}
