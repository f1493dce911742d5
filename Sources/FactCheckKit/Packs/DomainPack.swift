/// Vocabulary for one kind of story, as data: the events the rules compare slot by slot and the words that
/// trigger them, descriptions that stand for the story's main person, aliases, a small thesaurus and opposites.
/// A new kind of story is a new pack (one file, naming only what it has) and a line in `DomainPacks.all`.
struct DomainPack: Sendable {
    let name: String
    /// Event, how its roles map onto the words around it, and its trigger words.
    var triggers: [(Lexicon.EventType, Lexicon.Frame, [String])] = []
    /// Trigger words that are nouns ("a life sentence"): a name right before them modifies them.
    var nounTriggers: Set<String> = []
    /// Events that contradict each other when both are stated of the same person.
    var opposedEvents: [Lexicon.EventType: Lexicon.EventType] = [:]
    /// Nouns for the article's main person when a sentence names nobody ("the defendant").
    var descriptors: Set<String> = []
    /// Canonical key → surface forms (`CIA` → central intelligence agency).
    var aliases: [(String, [String])] = []
    /// Organisations that act for a country (`MSS` → China).
    var affiliations: [String: String] = [:]
    /// Words that count as one for word overlap.
    var synonymGroups: [[String]] = []
    /// Words that contradict each other when said of the same thing.
    var antonymPairs: [(String, String)] = []
    /// A bare term after one of these words is this event ("Hansen got 15 years" is a sentence).
    var bareTerms: [(Lexicon.EventType, Set<String>)] = []
    /// Documents whose words are an allegation, not a finding: "a DEA complaint said Fahie had agreed …" hedges
    /// what follows as "prosecutors allege" would.
    var allegingDocuments: Set<String> = []
    /// Parties whose word is an allegation: "Prosecutors say Reed took $40,000" states what they allege, not a fact.
    var allegingParties: Set<String> = []
    /// Triggers that tell their event only beside a sum of money: "received $25,000" is a payment, "received an
    /// award" and "earned a place on the debate stage" are not.
    var moneyTriggers: Set<String> = []
    /// Nouns that name a sum without a figure ("never received any money").
    var moneyNouns: Set<String> = []
    /// Terms written with capitals that name no one and nothing a sentence must repeat ("COVID-19"): read as words.
    var ordinaryTerms: Set<String> = []
    /// Nouns a year before them dates, and the verbs that year stands for: "a 1994 American film" says when it was
    /// released, "a 2003 novel" when it was published.
    var datedNouns: [(nouns: Set<String>, verbs: [String])] = []
    /// Words for a nationality and the country each names ("italian" → "italy"): two said of the same subject contradict
    /// each other, unless one is part of the other (`nationalityParts`: "scottish" is "british").
    var nationalities: [String: String] = [:]
    var nationalityParts: [String: String] = [:]
    /// Alias keys of sites and agencies that report others' figures and own none ("Rotten Tomatoes reported a 65% rating").
    var figureReporters: Set<String> = []
    /// Groups of nouns that measure different things: a figure of one group is no rival to a figure of another
    /// ("Sales fell to 14.26 trillion won" against "net profit halved to 1.05 trillion won").
    var distinctMeasures: [[String]] = []
    /// Groups of verbs that say what befell those a figure counts: "35 people were killed" counts others than "12
    /// people were buried" or "three were injured".
    var distinctOutcomes: [[String]] = []
    /// Nouns that count what befell people, or what they did, with the verbs that tell it: "76 people have died" and
    /// "a storm that killed 76 people" count what "76 deaths" counts.
    var outcomeNouns: [(nouns: [String], verbs: [String])] = []
    /// Places as news style abbreviates them after a town ("Mendon, Mo.", "Montcoal, W.Va."), by the abbreviation
    /// without its points, to the name written in full.
    var placeAbbreviations: [String: String] = [:]
    /// States that news style writes in full after a town ("Portland, Maine"), so no abbreviation names them.
    var statesWrittenInFull: Set<String> = []
    /// Offices no one holds two of at once, each group one office in its several words: "Governor Marty Small" is no
    /// "Mayor Marty Small".
    var exclusiveOffices: [[String]] = []
}

/// The registered packs, merged once.
enum DomainPacks {
    static let all: [DomainPack] = [.general, .crimeAndCourts, .artsAndReviews, .health]

    static let merged = DomainPack(
        name: all.map(\.name).joined(separator: " + "),
        triggers: all.flatMap(\.triggers),
        nounTriggers: all.reduce(into: Set<String>()) { $0.formUnion($1.nounTriggers) },
        opposedEvents: all.reduce(into: [:]) { $0.merge($1.opposedEvents) { a, _ in a } },
        descriptors: all.reduce(into: Set<String>()) { $0.formUnion($1.descriptors) },
        aliases: all.flatMap(\.aliases),
        affiliations: all.reduce(into: [:]) { $0.merge($1.affiliations) { a, _ in a } },
        synonymGroups: all.flatMap(\.synonymGroups),
        antonymPairs: all.flatMap(\.antonymPairs),
        bareTerms: all.flatMap(\.bareTerms),
        allegingDocuments: all.reduce(into: Set<String>()) { $0.formUnion($1.allegingDocuments) },
        allegingParties: all.reduce(into: Set<String>()) { $0.formUnion($1.allegingParties) },
        moneyTriggers: all.reduce(into: Set<String>()) { $0.formUnion($1.moneyTriggers) },
        moneyNouns: all.reduce(into: Set<String>()) { $0.formUnion($1.moneyNouns) },
        ordinaryTerms: all.reduce(into: Set<String>()) { $0.formUnion($1.ordinaryTerms) },
        datedNouns: all.flatMap(\.datedNouns),
        nationalities: all.reduce(into: [:]) { $0.merge($1.nationalities) { a, _ in a } },
        nationalityParts: all.reduce(into: [:]) { $0.merge($1.nationalityParts) { a, _ in a } },
        figureReporters: all.reduce(into: Set<String>()) { $0.formUnion($1.figureReporters) },
        distinctMeasures: all.flatMap(\.distinctMeasures),
        distinctOutcomes: all.flatMap(\.distinctOutcomes),
        outcomeNouns: all.flatMap(\.outcomeNouns),
        placeAbbreviations: all.reduce(into: [:]) { $0.merge($1.placeAbbreviations) { a, _ in a } },
        statesWrittenInFull: all.reduce(into: Set<String>()) { $0.formUnion($1.statesWrittenInFull) },
        exclusiveOffices: all.flatMap(\.exclusiveOffices)
    )
}
