/// The small hand-made vocabulary of English the analysers share: function words, hedge and negation cues,
/// titles and organisation words. Story-specific vocabulary (event triggers, aliases, thesaurus, opposites)
/// comes from the registered domain packs (`DomainPacks`) and is exposed here under the names the analysers use.
enum Lexicon {
    /// Words of time that may follow a name without being a noun it modifies ("in Houston last week", "in Dallas yesterday").
    static let timeWords: Set<String> = ["last", "next", "yesterday", "today", "tonight", "tomorrow", "earlier", "later", "late",
                                         "overnight", "again", "twice", "once", "recently", "early"]

    static let stopwords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "into",
        "about", "after", "before", "over", "under", "than", "then", "that", "this", "these", "those", "there", "here",
        "is", "are", "was", "were", "be", "been", "being", "am", "a.m.", "p.m.", "pm", "et", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "has", "have", "had", "having", "do", "does", "did",
        "get", "got", "gets", "getting", "gotten", "it", "its", "he", "him", "his", "she", "her", "hers", "they", "them",
        "their", "we", "us", "our", "you", "your", "i", "me", "my", "who", "whom", "whose", "which", "what", "when",
        "where", "why", "how", "also", "just", "only", "very", "so", "such", "if", "while", "because", "since", "until",
        "up", "out", "off", "down", "any", "some", "all", "each", "both", "few", "more", "most", "other", "own", "same",
        "can", "will", "shall", "said", "says", "say", "according", "one", "whether", "per", "via", "s", "yet", "still",
        "even", "already", "previously", "eventually", "total", "later", "now", "ago", "behind",
        // Prepositions that say only when or where among: "during the pandemic" asks for the pandemic, not the word.
        "during", "throughout", "within", "among", "amid",
        // A copula for a state reached: "will become a full member" states what "will be a full member" does.
        "become", "becomes", "became", "becoming",
    ]

    /// Events the matcher compares slot by slot; other verbs fall back to word overlap.
    enum EventType: String, Sendable, Hashable, CaseIterable {
        case payment, sentencing, conviction, acquittal, arrest, charge, plea, espionage, transfer, travel, stop, contact, employment, trial
    }

    /// How the words around a trigger map onto the two roles every event has:
    /// the actor (payer, giver, arrester, pleader) and the undergoer (payee, recipient, the sentenced, the arrested).
    enum Frame: Sendable, Hashable {
        case agentive       // X paid Y; Y was paid by X
        case receptive      // X received (from Y); compensation
        case selling        // X sold (to Y): X is paid
        case buying         // X bought (from Y): X pays
        case nominal        // X's sentence, X got a prison term: X undergoes it
        case service        // X worked for Y: Y is the employer
    }

    /// Surface forms, stemmed once on first use.
    /// Every registered pack's triggers (see `DomainPacks`).
    static var triggerWords: [(EventType, Frame, [String])] { DomainPacks.merged.triggers }

    /// Trigger words that are nouns here ("a life sentence", "the spy"): a name right before them modifies them.
    static let nounTriggers: Set<String> = DomainPacks.merged.nounTriggers

    static let triggers: [String: (EventType, Frame)] = {
        var map: [String: (EventType, Frame)] = [:]
        for (type, frame, words) in triggerWords {
            for w in words { map[w] = (type, frame) }
            // A verb the pack gives with its past ("hand", "handed") has its "-ing" too ("handing over to her eldest son").
            for w in words where map[w]?.1 == frame {
                guard let ing = presentParticiple(of: w, in: words), map[ing] == nil else { continue }
                map[ing] = (type, frame)
            }
        }
        return map
    }()

    /// The "-ing" of a verb listed with its past: "hand" (with "handed"), "provide" (with "provided": "providing"),
    /// "transmit" (with "transmitted": "transmitting"). Nil for a word listed without a past, and for an idiomatic verb.
    static func presentParticiple(of w: String, in words: [String]) -> String? {
        // (Not an idiomatic verb's: "…, giving the UK its hottest day on record" hands nothing over.)
        guard w.count >= 3, !w.hasSuffix("ed"), !w.hasSuffix("ing"), !w.hasSuffix("s"), !idiomaticVerbs.contains(w) else { return nil }
        let listed = Set(words)
        if listed.contains(w + "ed") { return w + "ing" }
        if w.hasSuffix("e"), listed.contains(w + "d") || listed.contains(w + "n") { return String(w.dropLast()) + "ing" }
        if let last = w.last, listed.contains(w + String(last) + "ed") { return w + String(last) + "ing" }
        return nil
    }

    /// Bodies that sit where they are named and act there: "a Paris court", "the Texas legislature".
    static let seatedBodies: Set<String> = ["court", "courts", "jury", "juries", "judge", "judges", "tribunal", "magistrate", "magistrates",
                                             "legislature", "parliament", "assembly", "council", "senate"]

    /// Kinds of place that name one after "of": "the state of Maine", "the city of Lyon".
    static let kindsOfPlace: Set<String> = ["state", "city", "town", "village", "county", "province", "region", "island", "district",
                                            "kingdom", "republic", "country", "borough", "territory", "commonwealth"]

    /// Nouns a year before them dates (the packs' `datedNouns`), each with the concepts of the verbs that year stands for.
    static let datedNouns: [String: Set<String>] = DomainPacks.merged.datedNouns.reduce(into: [:]) { map, entry in
        let concepts = Set(entry.verbs.map { Thesaurus.concept(Stemmer.shared.stem($0)) })
        for noun in entry.nouns { map[noun, default: []].formUnion(concepts) }
    }

    /// Sites and agencies that report others' figures (the packs' `figureReporters`).
    static let figureReporters: Set<String> = DomainPacks.merged.figureReporters
    /// Each word of the packs' `distinctMeasures`, by concept, with its group's number.
    static let measureGroups: [String: Int] = DomainPacks.merged.distinctMeasures.enumerated().reduce(into: [:]) { map, group in
        for w in group.element { map[Thesaurus.concept(Stemmer.shared.stem(w))] = group.offset }
    }

    /// Each verb of the packs' `distinctOutcomes`, by concept, with its group's number.
    static let outcomeGroups: [String: Int] = DomainPacks.merged.distinctOutcomes.enumerated().reduce(into: [:]) { map, group in
        for w in group.element { map[Thesaurus.concept(Stemmer.shared.stem(w))] = group.offset }
    }

    /// The stem of the noun that counts an outcome, by the concept of a verb that tells it ("died" → "death").
    static let outcomeNounByVerb: [String: String] = DomainPacks.merged.outcomeNouns.reduce(into: [:]) { map, pair in
        for v in pair.verbs { map[Thesaurus.concept(Stemmer.shared.stem(v))] = Stemmer.shared.stem(pair.nouns[0]) }
    }
    /// Nouns for people in general, whose count an outcome verb makes a count of that outcome ("76 people have died").
    static let peopleNouns: Set<String> = Set(["people", "persons", "person", "individuals", "others"].map { Stemmer.shared.stem($0) })

    /// Events that contradict each other when both are stated of the same person.
    static let opposedEvents: [EventType: EventType] = DomainPacks.merged.opposedEvents

    /// Words that turn a statement into a possibility, a demand or someone's claim.
    static let hedgeCues: Set<String> = Set<String>([
        "might", "may", "could", "would", "should", "likely", "possible", "possibly", "potential", "potentially",
        "probably", "unlikely", "expected", "expects", "expect", "if", "unless", "sought", "seek", "seeks", "seeking", "asked",
        "requested", "demanded", "recommended", "urged", "suspected", "suspect", "accused", "accuses", "alleging",
        "believe", "believed", "believes", "intended", "intends", "attempting", "attempted", "attempt", "planned",
        "plans", "wanted", "proposed", "considering", "hoped", "hopes", "hoping",
    ]).union(seemingVerbs).union(intendedVerbs)
    /// Phrases that hedge as one word does, by their middle word: the words before it, the word after it, and the cue
    /// they stand for ("looking forward to" hopes).
    static let hedgePhrases: [String: (before: Set<String>, after: String, cue: String)] = [
        "forward": (["look", "looks", "looking", "looked"], "to", "hopes"),
        "wait": (["can't", "cannot", "couldn't"], "to", "hopes"),
    ]

    /// Words that make a plan of a copula and "to" with a verb after it ("is set to open", "are going to win", "was about
    /// to sign"), and the cue they stand for; not "was set to music", "is going to school", "what the film is about".
    static let copulaPlans: [String: String] = ["set": "plans", "going": "plans", "about": "plans"]

    /// The cue a hedging phrase stands for when token `i` is its middle word, else nil.
    static func hedgePhraseCue(_ tokens: [Token], _ i: Int) -> String? {
        // "Prosecutors say …", "investigators said …": an alleging party's report is an allegation.
        if i > 0, reportingVerbs.contains(tokens[i].lower), allegingParties.contains(tokens[i - 1].lower) { return "alleged" }
        if let cue = copulaPlans[tokens[i].lower], i > 0, isCopula(tokens[i - 1]), i + 1 < tokens.count, tokens[i + 1].lower == "to" {
            // Only "going" is often followed by a noun ("going to school"); after "set" and "about", a word that can be a verb is one.
            return plainVerbFollows(tokens, to: i + 1, nounsToo: tokens[i].lower != "going") ? cue : nil
        }
        // "are confident that the outbreak is limited": a belief, however firm.
        // ("confident the outbreak is limited": the "that" may go unsaid.)
        if beliefAdjectives.contains(tokens[i].lower), i + 1 < tokens.count,
           tokens[i + 1].lower == "that" || nounPhraseOpeners.contains(tokens[i + 1].lower) { return "believe" }
        guard i > 0, i + 1 < tokens.count, let phrase = hedgePhrases[tokens[i].lower],
              phrase.before.contains(tokens[i - 1].lower), tokens[i + 1].lower == phrase.after else { return nil }
        return phrase.cue
    }
    /// Verbs of a figure's change whose figure, right after them or after "by", is its size ("rose 25 cents", "fell by
    /// 11%"), not a level; the level follows "to".
    static let changeVerbs: Set<String> = Set([
        "rise", "rises", "rose", "risen", "rising", "increase", "increases", "increased", "increasing", "grow", "grows", "grew",
        "grown", "climb", "climbs", "climbed", "jump", "jumps", "jumped", "fall", "falls", "fell", "fallen", "falling", "drop",
        "drops", "dropped", "decline", "declines", "declined", "decrease", "decreases", "decreased", "shrank", "slipped",
    ]).union(regularForms(["soar", "surge", "plunge", "plummet", "tumble", "slump", "slide", "dip", "leap", "spike", "rebound",
                          "shrink", "slip", "gain", "advance", "retreat", "edge", "skyrocket", "balloon", "sag", "rally"]))
        .union(["slid", "leapt", "shrunk"])
    // (Not "sank", "crashed" or "dove": "sank 3 miles off the coast" places a wreck.)

    /// A regular verb's forms: "soar", "soars", "soared", "soaring"; a final "e" dropped before "-ed"/"-ing", a short
    /// vowel's consonant doubled ("dip", "dipped").
    static func regularForms(_ verbs: [String]) -> Set<String> {
        let vowels = Set("aeiou")
        return Set(verbs.flatMap { v -> [String] in
            if v.hasSuffix("e") { return [v, v + "s", v + "d", String(v.dropLast()) + "ing"] }
            let c = Array(v)
            // "rally": "rallies", "rallied", "rallying".
            if c.count > 2, c.last == "y", !vowels.contains(c[c.count - 2]) { return [v, String(v.dropLast()) + "ies", String(v.dropLast()) + "ied", v + "ing"] }
            // A short word ending consonant, vowel, consonant doubles the last ("dip", "slip", "sag").
            let doubled = c.count >= 3 && c.count <= 4 && !vowels.contains(c[c.count - 1]) && vowels.contains(c[c.count - 2]) && !vowels.contains(c[c.count - 3])
            let stem = doubled ? v + String(c[c.count - 1]) : v
            return [v, v + "s", stem + "ed", stem + "ing"]
        })
    }
    /// "up" and "down" give a change's size only after a copula or a closing verb ("shares were up 5%", "closed down 45
    /// points"); "made up 40 percent" and "knocked down 300 trees" give levels.
    static let changeAdverbs: Set<String> = ["up", "down"]
    /// (", up 12%" after a level gives the change that reached it.)
    static let changeAdverbOpeners: Set<String> = ["is", "are", "was", "were", "been", "closed", "ended", "finished", ","]
    /// Nouns of a change whose figure is its size ("an increase of 12%", "a 2% drop"; not "loss", a level in accounts).
    static let changeNouns: Set<String> = ["increase", "increases", "rise", "rises", "gain", "gains", "jump", "jumps", "growth", "drop",
                                           "drops", "decline", "declines", "decrease", "decreases", "fall", "falls", "cut", "cuts", "hike", "hikes"]
    /// Verbs whose figure is the size of a change or a margin only after "by" ("raised by 10%", "won by 400 votes"; "raised
    /// $5 million" and "won 52 percent" are levels).
    static let byChangeVerbs: Set<String> = changeVerbs.union(changeAdverbs).union([
        "raise", "raises", "raised", "boost", "boosts", "boosted", "hike", "hikes", "hiked", "cut", "cuts", "reduce", "reduces",
        "reduced", "lower", "lowers", "lowered", "outnumber", "outnumbered", "exceed", "exceeds", "exceeded", "beat", "beats", "won",
        "win", "wins", "lost", "lead", "leads", "led", "trail", "trails", "trailed",
    ])
    /// Adjectives of a period, by the period they name: a "weekly pass" is not a "monthly pass".
    static let periodAdjectives: [String: String] = [
        "hourly": "hour", "daily": "day", "weekly": "week", "biweekly": "fortnight", "fortnightly": "fortnight", "monthly": "month",
        "quarterly": "quarter", "yearly": "year", "annual": "year", "biennial": "two years",
    ]
    /// Adjectives that give a figure as hearsay: "a reported £5m", "an alleged $2 million".
    static let hearsayAdjectives: Set<String> = ["reported", "alleged", "rumoured", "rumored", "purported", "supposed", "unconfirmed", "claimed"]
    /// Whether token `i` denies: one of `cues`, or a contracted "n't"; never the "not" of "not only … but also" or "not
    /// just", which adds rather than denies.
    static func negates(_ tokens: [Token], at i: Int, cues: Set<String>) -> Bool {
        let w = tokens[i].lower
        if w.hasSuffix("n't") { return true }
        guard cues.contains(w) else { return false }
        // "no more than 40", "not fewer than 9 million": a bound on a figure, no denial.
        if ["no", "not"].contains(w), i + 2 < tokens.count, ["more", "less", "fewer"].contains(tokens[i + 1].lower), tokens[i + 2].lower == "than" { return false }
        guard w == "not" else { return true }
        // "not only … but", "more likely than not", "whether or not": no denial of the verb.
        if i + 1 < tokens.count, ["only", "just", "merely", "simply"].contains(tokens[i + 1].lower) { return false }
        return !(i > 0 && ["than", "or"].contains(tokens[i - 1].lower))
    }
    /// Nouns of trying, which hedge the verb after their "to" ("an effort to save", "a bid to win").
    static let attemptNouns: Set<String> = ["effort", "efforts", "bid", "bids", "attempt", "attempts", "try", "push", "quest", "campaign",
                                            "campaigns", "race", "drive", "fight", "battle"]
    /// The verb a noun of trying at `i` governs ("effort to save": "save"), if one follows its "to".
    static func attemptedVerb(_ tokens: [Token], at i: Int) -> Int? {
        attemptNouns.contains(tokens[i].lower) && i + 2 < tokens.count && tokens[i + 1].lower == "to" && plainVerbFollows(tokens, to: i + 1) ? i + 2 : nil
    }
    /// Verbs whose "to" starts or keeps up the act after it rather than aiming at it ("began to work").
    static let aspectVerbs: Set<String> = ["began", "begun", "begin", "begins", "started", "start", "starts", "continued", "continue",
                                           "continues", "resumed", "resume", "resumes"]
    /// Adjectives of belief that hedge the clause after their "that" ("confident that", "hopeful that").
    static let beliefAdjectives: Set<String> = ["confident", "hopeful", "optimistic", "convinced"]
    /// Words before "likely" that make it a comparison of rates ("less likely to die"), not a guess.
    static let likelihoodComparers: Set<String> = ["more", "less", "as", "equally"]
    /// Whether token `i` is "likely" comparing rates in a reported finding, no guess: after "was" or "were" ("were less
    /// likely to die"), or in a sentence of a study ("researchers reported that coffee drinkers are less likely to die").
    /// "The bridge is more likely to reopen in June" and a bare "likely to win" still forecast.
    static func comparesLikelihood(_ tokens: [Token], at i: Int) -> Bool {
        guard tokens[i].lower == "likely", i > 0, likelihoodComparers.contains(tokens[i - 1].lower) else { return false }
        return i > 1 && ["was", "were"].contains(tokens[i - 2].lower) || tokens.contains { findingCues.contains($0.lower) }
    }
    /// Words that make a sentence a study's finding.
    static let findingCues: Set<String> = ["found", "finds", "study", "studies", "researchers", "reported", "survey", "analysis", "research"]
    /// "appears to be the first": a hedge before "to" or "that"; "appeared in court" is what happened.
    static let seemingVerbs: Set<String> = ["appears", "appeared", "appear", "seems", "seemed", "seem"]
    /// "was meant to be followed by a sitcom", "was supposed to open", "is slated to be the hottest year": a hedge before
    /// "to" only ("which meant that …" is what followed, "poised for growth" no plan).
    /// "Due" only after a copula and before "to" and a verb in its plain form ("is due to take place"; "was cancelled
    /// due to delays", "due to rising costs" say why).
    /// Vows, threats, tries and preparations are plans too ("vowed to cut taxes", "tried to buy the club").
    static let intendedVerbs: Set<String> = ["meant", "supposed", "slated", "poised", "scheduled", "due", "vowed", "vows", "pledged",
                                             "pledges", "threatened", "threatens", "tried", "tries", "trying", "preparing", "prepares"]
    /// Hedge verbs that are the predicate itself when a noun phrase follows ("experts had expected the ruling",
    /// "the council proposed a budget"); before "to" or a clause they hedge ("expected to rule", "expects that").
    static let predicateHedges: Set<String> = [
        "expected", "expects", "expect", "planned", "plans", "plan", "intended", "intends", "wanted", "wants", "proposed", "proposes",
        "predicted", "predicts", "forecast", "forecasts", "promised", "promises", "feared", "fears", "attempted", "attempts", "considering",
    ]
    /// The articles, skipped between a word and the noun phrase it governs ("directed by the …").
    static let articles: Set<String> = ["the", "a", "an"]
    /// Words that open a noun phrase, after which a hedge verb takes an object.
    static let nounPhraseOpeners: Set<String> = ["the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those"]

    /// Forms of "be" that link a subject to what it is ("is due to open").
    static let copulas: Set<String> = ["is", "was", "are", "were", "be", "been", "being", "am", "'s"]

    /// A copula, or a word with one written onto it ("they're", "I'm", "it's"; a possessive's "'s" is read as "is" here).
    static func isCopula(_ t: Token) -> Bool {
        copulas.contains(t.lower) || t.lower.hasSuffix("'re") || t.lower.hasSuffix("'m") || t.isPossessive
    }

    /// Whether a verb in its plain form follows the "to" at `k` ("due to take place", "set to release an album"), rather
    /// than a noun ("due to delays", "set to music"): a word that can be a verb, without an ending, and, if it is mostly a
    /// noun ("fog", "release"), one here by taking an object.
    static func plainVerbFollows(_ tokens: [Token], to k: Int, nounsToo: Bool = false) -> Bool {
        guard k + 1 < tokens.count, tokens[k + 1].isWord else { return false }
        let verb = tokens[k + 1].lower
        let takesObject = k + 2 < tokens.count && nounPhraseOpeners.contains(tokens[k + 2].lower)
        return WordNet.shared.isA(verb, .verb) && !["s", "ed", "ing"].contains(where: verb.hasSuffix)
            && (nounsToo || !WordNet.shared.isMostlyNoun(verb) || takesObject)
    }

    /// Hedges that cover the whole sentence wherever they stand ("…, the department alleged").
    static let sentenceHedges: Set<String> = [
        "alleged", "allegedly", "alleges", "claimed", "claims", "reportedly", "speculated", "rumored", "rumoured", "argued", "argues",
    ]
    /// Hedges that report a demand rather than a possibility or an allegation ("sought life", "asked for 10 years").
    static let demandHedges: Set<String> = ["sought", "seek", "seeks", "seeking", "asked", "requested", "demanded", "recommended", "urged", "proposed", "wanted"]
    /// Hedges that report someone's allegation or belief.
    static let attributionHedges: Set<String> = sentenceHedges.union(chargeCues).union(allegingDocuments).union(["suspected", "suspect", "alleging", "believe", "believed", "believes"])
        .union(denialVerbs)
    /// Verbs that report someone's denial: "Reed denied taking bribes" states neither the bribes nor their absence.
    /// (With a plain object they say what happened: "the court denied the motion", "was denied bail".)
    static let denialVerbs: Set<String> = ["denied", "denies", "deny", "denying"]
    /// What a denial verb denies when it reports a denial rather than a refusal: a clause or an account of an act.
    static let deniedContents: Set<String> = ["that", "having", "being", "ever", "any", "wrongdoing", "allegations", "allegation", "accusations",
                                              "accusation", "claims", "reports", "charges", "knowledge", "involvement", "responsibility"]
    /// Whether the denial verb at `i` reports a denial ("denied taking", "denies that …", "denied he had", "denied the
    /// allegations that …", "flatly denied knowingly misleading") rather than refusing a thing ("denied the motion").
    static func reportsDenial(_ tokens: [Token], at i: Int) -> Bool {
        guard denialVerbs.contains(tokens[i].lower) else { return false }
        var k = i + 1
        // Past adverbs: "denied knowingly misleading", "has denied ever taking".
        while k < tokens.count, tokens[k].lower.hasSuffix("ly"), tokens[k].lower.count > 3 { k += 1 }
        guard k < tokens.count else { return true }
        let next = tokens[k].lower
        if deniedContents.contains(next) || subjectPronounsForDenial.contains(next) { return true }
        if next.hasSuffix("ing"), WordNet.shared.isA(next, .verb) { return true }
        // "denied the allegations that …", "denied reports that …"
        if tokens[k..<min(tokens.count, k + 3)].contains(where: { deniedContents.contains($0.lower) && $0.lower != "any" }) { return true }
        // A thing asked for is refused ("denied the motion", "was denied bail", "denied his appeal"); anything else
        // denied is a claim about the past ("denied the affair", "…, which the aide denied").
        return !tokens[k..<min(tokens.count, k + 3)].contains { refusableThings.contains($0.lower) }
    }

    /// What is asked for and may be refused: after "denied" these make the verb the act of refusing.
    static let refusableThings: Set<String> = [
        "motion", "motions", "request", "requests", "bail", "entry", "access", "permit", "permits", "application", "applications", "appeal",
        "appeals", "parole", "permission", "license", "licence", "visa", "visas", "asylum", "petition", "petitions", "admission", "service",
        "credit", "coverage", "benefits", "claim", "penalty", "tenure", "promotion", "loan", "funding", "approval", "exemption", "waiver",
    ]

    /// A refusal ("was denied bail", "denied entry"): it denies its own object, as "forgo" does.
    static func refuses(_ tokens: [Token], at i: Int) -> Bool {
        denialVerbs.contains(tokens[i].lower) && !reportsDenial(tokens, at: i)
    }

    private static let subjectPronounsForDenial: Set<String> = ["he", "she", "they", "it", "we", "i", "his", "her", "their"]

    /// Nouns that give the figure after them as a guess or an aim ("retained the inflation projection at 6.7 per cent",
    /// "an inflation target of 2%"). ("Estimate" is left out: "an estimate of 5,000 visitors" is how counts are told.)
    static let forecastNouns: Set<String> = ["projection", "projections", "forecast", "forecasts", "prediction", "predictions",
                                             "target", "targets", "outlook", "guidance", "expectation", "expectations"]

    /// Hedges that pin an allegation on the subject before them: "Reed was accused of taking bribes", "Reed
    /// allegedly took bribes", "Reed denied taking bribes" say nothing of whether he did.
    static let subjectAllegations: Set<String> = denialVerbs.union(["accused", "suspected", "alleged", "allegedly"])

    /// The kind of a hedge, so a hedged claim agrees only with a hedge of the same kind.
    static func hedgeKind(_ cue: String?) -> String? {
        guard let cue = cue?.lowercased() else { return nil }
        if demandHedges.contains(cue) { return "demand" }
        if attributionHedges.contains(cue) { return "attribution" }
        if cue == "to (purpose)" { return "purpose" }
        return "possibility"
    }

    /// Contrasts that deny what follows as "not" does, by their first word and the word that completes them
    /// ("rather than the voters", "instead of the voters").
    static let contrastCues: [String: String] = ["rather": "than", "instead": "of", "other": "than"]

    /// Punctuation that ends a clause within a sentence.
    static let clauseBreaks: Set<String> = [",", ";", "—", "–"]

    /// Words that open a clause saying when or why the main clause happened; a modal inside one hedges only it.
    /// ("When" is left out: "a new date for when it will be a member" hedges the date.)
    static let circumstanceOpeners: Set<String> = ["before", "after", "until", "till", "because", "since", "although", "though", "once"]

    /// Words before "other than" that make it affirm: "none other than", "several languages other than English".
    static let affirmingBeforeOther: Set<String> = ["none", "no", "several", "many", "some", "few", "any", "all", "various"]

    /// A narrative "would" of what came later, which did happen: "would go on to win", "would later become mayor".
    static func tellsOfLater(_ t: [Token], _ k: Int) -> Bool {
        guard t[k].lower == "would", k + 1 < t.count else { return false }
        let next = t[k + 1].lower
        return ["later", "eventually", "subsequently", "ultimately"].contains(next)
            || next == "go" && k + 2 < t.count && t[k + 2].lower == "on"
    }

    /// Verbs by which a party names itself ("calls itself", "bills itself as", "describes herself as").
    static let selfNamingVerbs: Set<String> = regularForms(["call", "describe", "bill", "style", "dub", "brand", "tout", "proclaim", "fancy"])
    /// Whether token `i` is the reflexive of a party naming itself: what follows is its own description, not a fact.
    static func namesItself(_ tokens: [Token], at i: Int) -> Bool {
        i > 0 && ["itself", "himself", "herself", "themselves"].contains(tokens[i].lower) && selfNamingVerbs.contains(tokens[i - 1].lower)
    }

    /// Verbs of not doing, which deny the verb after their "to" ("failed to release", "refused to pay").
    static let failingVerbs: Set<String> = ["fail", "fails", "failed", "failing", "refuse", "refuses", "refused", "refusing",
                                            "decline", "declines", "declined", "declining", "neglected", "neglects"]

    /// Pure negation words, for sentences without a known event ("refused" and "denied" are verbs there).
    static let plainNegations: Set<String> = ["not", "never", "no", "none", "nobody", "nothing", "neither", "nor", "unrelated"]

    /// Cues that hedge a claim without a known event wherever they stand in the sentence.
    static let sentenceWideHedges: Set<String> = sentenceHedges.union([
        "believe", "believed", "believes", "suspected", "accused", "might", "may", "could", "expected", "possibly", "likely", "speculated", "if",
        "would", "worried", "worries", "feared", "fears", "hoped", "hopes", "warned", "warns", "predicted", "predicts", "forecast",
        "forecasts", "promised", "promises", "plans", "planned", "aims", "intends", "proposed", "wants", "wanted", "hope", "hoping", "fear", "will",
        "perhaps", "arguably", "maybe", "probably", "unlikely", "reportedly", "apparently", "seemingly", "suggested", "suggests", "suggest", "suggesting",
        "supposedly", "purportedly", "ostensibly",
    ]).union(seemingVerbs).union(intendedVerbs).union(denialVerbs)
    /// Acts that two sides do to each other, so either may be named first: "Arsenal drew 1-1 against Chelsea" is "Chelsea
    /// drew 1-1 against Arsenal" (by concept).
    static let symmetricActs: Set<String> = Set(["meet", "met", "marry", "married", "play", "played", "face", "faced", "draw", "drew", "tie", "tied",
                                                 "debate", "debated", "compete", "competed", "partner", "partnered", "negotiate", "negotiated",
                                                 "trade", "traded", "clash", "clashed", "merge", "merged", "wed", "divorce", "divorced"]
        .map { Thesaurus.concept(Stemmer.shared.stem($0)) })
    /// Hedging adverbs, which hedge the word they stand before as much as the sentence.
    static let hedgeAdverbs: Set<String> = ["seemingly", "apparently", "reportedly", "allegedly", "supposedly", "purportedly", "ostensibly",
                                            "arguably", "possibly", "probably", "perhaps", "maybe"]
    /// Nouns a number after them numbers rather than counts ("season 8", "chapter 3").
    static let numberedThings: Set<String> = [
        "season", "series", "chapter", "volume", "vol", "part", "episode", "book", "phase", "stage", "level", "round", "game",
        "act", "scene", "track", "grade", "article", "section", "no", "number", "page", "route", "flight", "gate", "platform",
    ]
    /// Prepositions after which "appeared" or "seems" tells where or how something was, not a guess ("it appeared in 2010").
    static let prepositions: Set<String> = ["in", "on", "at", "as", "with", "for", "from", "before", "after", "during", "under", "over", "alongside"]
    /// Prepositions that are no stopwords but may open a sentence before a name ("During Murphy's tenure", "Despite
    /// Lee's plea"): never part of the name.
    static let openingPrepositions: Set<String> = ["during", "despite", "following", "throughout", "among", "amid", "amidst", "unlike",
                                                   "including", "besides", "within", "without", "against", "toward", "towards", "upon", "alongside", "between", "beyond", "across"]
    /// Modal verbs: they hedge the clause they stand in, its subject included.
    static let modals: Set<String> = ["might", "may", "could", "would", "should"]
    /// Auxiliaries of the future tense: what they govern has not happened yet.
    static let futureAuxiliaries: Set<String> = ["will", "'ll", "shall"]
    /// Sentence-wide hedges other than "will": a claim's "will rise to £10,000" states a plan that "are to rise" states too.
    static let hedgesBeyondPlans: Set<String> = sentenceWideHedges.subtracting(["will"])
    /// "faces" hedges a sentence ("faces 15 years") but not charges ("is facing charges" means charged).
    static let faceCues: Set<String> = ["faces", "face", "facing", "faced", "risk"]
    /// "charged with spying" states the charge, not the spying.
    static let chargeCues: Set<String> = ["charged", "charges", "charge", "accused", "accusing", "indicted"]
    /// Documents whose words are an allegation (a pack's data: "complaint", "indictment"), when a reporting verb follows.
    static let allegingDocuments: Set<String> = DomainPacks.merged.allegingDocuments
    /// Verbs of an act that follows an event and is dated on its own: serving a sentence, reporting to prison, paying
    /// a fine, appealing a ruling. A date they govern is not the event's.
    static let laterActVerbs: Set<String> = [
        "serve", "serves", "serving", "served", "report", "reports", "reporting", "pay", "pays", "paying", "paid", "appeal", "appeals",
        "appealing", "appealed", "complete", "completes", "completing", "completed", "finish", "finishes", "finishing", "finished",
        "begin", "begins", "beginning", "began", "begun", "start", "starts", "starting", "started", "due",
    ]

    /// Parties whose report is an allegation (a pack's data: "prosecutors", "plaintiffs").
    static let allegingParties: Set<String> = DomainPacks.merged.allegingParties
    /// Verbs that report what a document or a person says.
    static let reportingVerbs: Set<String> = ["said", "says", "say", "alleges", "alleged", "allege", "states", "stated", "claims", "claimed", "asserts", "asserted"]

    /// Verbs of saying or announcing, whose own day is the day of the saying, not of what was said.
    static let sayingVerbs: Set<String> = ["said", "says", "told", "tells", "announced", "announces", "added", "stated", "reported",
                                           "confirmed", "wrote", "declared", "disclosed", "revealed"]

    /// Verbs that give words as someone's view or ascribe them to someone, not as what happened ("Israel saying Hamas
    /// built it", "colleagues attributed the remarks to him").
    static let ascribingVerbs: Set<String> = [
        "saying", "claiming", "attributed", "attributes", "attributing", "insisted", "insists", "insisting", "contended", "contends",
        "asserted", "asserts", "maintained", "maintains", "argued", "argues", "arguing",
    ]

    /// Verbs of turning something down, which say a claim's "refused to" or "declined to" in other words ("rejected
    /// offers to be a singer"): beside one, a claim's refusal is no denial of the sentence.
    static let rejectingVerbs: Set<String> = ["reject", "rejects", "rejected", "rejecting", "rebuffed", "rebuffs", "spurned", "spurns",
                                              "turned", "turns", "turning", "resisted", "resists", "opposed", "opposes"]
    /// Verbs that deny their own object as "not" does: "forgo new parking fees in favour of bus lanes" is not
    /// favouring the fees (it says nothing against the lanes). "refrain" and "abstain" only before "from" ("the song's
    /// refrain", "two councillors abstained as the budget passed"); no adjective forms ("forgone revenue").
    static let privativeVerbs: Set<String> = ["forgo", "forgoes", "forgoing", "forwent", "forego", "foregoes", "forewent"]
    static let privativeBeforeFrom: Set<String> = ["refrain", "refrains", "refrained", "refraining", "abstain", "abstains", "abstained", "abstaining"]
    /// Words that end a privative verb's object: what follows is kept, or what it is forgone for.
    static let privativeObjectEnds: Set<String> = ["in", "to", "as", "while", "and", "but", "for", "so", "because", "after", "before", "when"]

    static let negationCues: Set<String> = [
        "not", "never", "no", "none", "nobody", "nothing", "neither", "nor", "without", "denied", "denies", "deny", "refused", "failed",
    ]

    /// Words that end the scope of a hedge or negation cue that comes before them.
    static let scopeBreakers: Set<String> = [
        "after", "before", "when", "because", "since", "while", "although", "though", "whereas", "but", "where", "who", "which",
    ]

    /// Nouns for the article's main person when a sentence names nobody ("A former CIA officer has been sentenced…").
    static let descriptors: Set<String> = DomainPacks.merged.descriptors
    static let pronouns: Set<String> = ["he", "him", "his", "she", "her", "himself", "herself"]
    /// Pronouns that can stand for a page's subject, a person or a thing ("It was directed by …").
    static let subjectPronouns: Set<String> = pronouns.union(["it", "its", "they", "their"])

    /// Titles news style abbreviates before a name ("Gov. Rick Scott", "Capt. Dave Zaniboni").
    static let abbreviatedTitles: Set<String> = ["gov", "sen", "rep", "capt", "lt", "sgt", "gen", "col", "cmdr", "adm", "supt", "atty", "det", "insp", "cpl", "pvt"]
    /// Titles stripped from the front of a name: "Assistant Attorney General John Demers" → John Demers.
    static let titles: Set<String> = Set([
        "assistant", "attorney", "general", "senator", "sen", "president", "officer", "former", "ex", "prosecutor", "judge",
        "director", "chief", "secretary", "minister", "mr", "mrs", "ms", "dr", "agent", "official", "special", "deputy",
        "acting", "governor", "premier", "representative", "rep", "lawyer", "sheriff", "detective", "captain", "colonel", "lieutenant",
        "councilmember", "councilwoman", "councilman", "councillor", "councilor", "mayor", "coach", "professor",
        "commissioner", "chancellor", "ambassador", "chairman", "chairwoman", "superintendent", "treasurer",
    ]).union(nameDescriptors).union(abbreviatedTitles)
    /// Words that describe a person before the name without being an office: "Challenger Susan Kay", "Incumbent George
    /// Rauscher", "Competitor Mike Begich".
    static let nameDescriptors: Set<String> = ["incumbent", "candidate", "challenger", "competitor", "rival", "nominee"]
    /// A party member's word written before a person's name ("Democrat Begich", "Republican Sarah Palin"): not part of
    /// it. (Alone it still names the party: "the Republican incumbent". Adjectives are left out: "Green Day" and the
    /// "Liberal Democrats" are names whole.)
    static let partyWords: Set<String> = ["democrat", "republican", "libertarian", "tory"]
    /// Verbs so common in idiom that WordNet's antonyms for them say nothing of a sentence ("the change comes in the
    /// year" against "the work that has gone into it"), as concepts.
    static let idiomaticVerbs: Set<String> = ["come", "go", "give", "take", "make", "put", "bring", "have", "do"]
    /// Words that open place names and never a person's: "San Francisco", "Los Angeles", "Fort Worth", "Mount Hood".
    /// (Not "Rio", "Abu", "Sri" or "Hong": Rio Ferdinand, Abu Bakr, Sri Mulyani and Hong Sang-soo are people.)
    static let placeOpeners: Set<String> = [
        "san", "santa", "santo", "são", "sao", "los", "las", "fort", "port", "mount", "mt", "lake", "cape", "puerto",
        "saint", "st", "sainte", "ste", "costa", "buenos", "kuala", "tel", "nueva", "nuevo",
        // Compass words and "New" open places ("North Carolina", "South Korean", "New Zealand"), never a person's name.
        "new", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "saudi",
        // A continent's or an old nation's adjective opens a body's name ("European Communities", "African Union",
        // "British Museum"), never a person's. (Not "German" or "Irish": Germán and Irish are given names too.)
        "european", "african", "asian", "american", "british",
    ]
    /// A capitalised run containing one of these names an organisation or place, not a person.
    static let organisationWords: Set<String> = [
        "agency", "department", "ministry", "academy", "service", "security", "university", "court", "party", "army",
        "bureau", "council", "office", "llc", "inc", "corp", "times", "herald", "post", "journal", "verge", "airport",
        "international", "government", "act", "valley", "intelligence", "republic", "state", "states", "district",
        "administration", "house", "senate", "congress", "committee", "news", "agencies", "network", "company", "group",
        "bank", "police", "force", "navy", "commission", "institute", "center", "centre", "school", "college", "hospital",
        "church", "club", "union", "association", "foundation", "fund", "museum", "station", "street", "road", "avenue",
        "city", "county", "province", "island", "river", "lake", "sciences", "social", "morning", "tale", "chapter",
        "communist", "federal", "national", "diplomatic", "economic", "justice",
        // Companies and bodies by their kind: "WWE Studios", "Columbia Pictures", "Def Jam Records", "Quinault Indian Nation".
        "studios", "studio", "pictures", "records", "entertainment", "productions", "films", "media", "press", "publishing",
        "airlines", "airways", "motors", "corporation", "ltd", "plc", "holdings", "technologies", "industries", "laboratories",
        "labs", "enterprises", "television", "radio", "magazine", "festival", "awards", "league", "federation", "organization",
        "organisation", "authority", "parliament", "assembly", "embassy", "tribunal", "nation", "stadium", "hotel", "restaurant",
        "channel", "broadcasting", "bros", "castle", "palace", "cathedral", "temple", "tower", "bridge", "park", "bay", "beach",
        "islands", "mountains", "desert", "forest", "coast", "peninsula", "canal", "square", "library", "theatre", "theater", "prize",
    ]

    /// Common aliases: surface form → canonical key. Acronyms defined in an article are added per document.
    static let aliases: [String: String] = {
        let groups = DomainPacks.merged.aliases
        var map: [String: String] = [:]
        for (key, forms) in groups { for f in forms { map[f] = key } }
        return map
    }()

    /// The canonical keys the aliases lead to (`US`, `China`, `CIA`).
    static let aliasKeys: Set<String> = Set(aliases.values)

    /// Organisations that act for a country: "paid by the MSS" is "paid by China".
    static let affiliations: [String: String] = DomainPacks.merged.affiliations

    /// Domain thesaurus: each group's words count as one for word overlap (stemmed on use).
    static let synonymGroups: [[String]] = DomainPacks.merged.synonymGroups
    static let ordinaryTerms: Set<String> = DomainPacks.merged.ordinaryTerms
    static let moneyTriggers: Set<String> = DomainPacks.merged.moneyTriggers
    static let moneyNouns: Set<String> = DomainPacks.merged.moneyNouns

    /// Verbs that carry no meaning of their own before an event noun: "found guilty", "received a sentence".
    /// Verbs that report a figure rather than state a fact of their own (as concepts of their stems).
    static let figureVerbs: Set<String> = Set(["have", "has", "had", "hold", "holds", "score", "scored", "receive", "received", "get", "got",
        "record", "recorded", "register", "registered", "report", "reported", "reach", "reached", "total", "totaled", "tally",
        "achieve", "achieved", "garner", "garnered", "gross", "grossed", "earn", "earned", "count", "counted", "rate", "rated",
        "last", "lasted", "span", "spanned"]
        .map { Thesaurus.concept(Stemmer.shared.stem($0)) })
    /// Objects that make "give" an idiom rather than a handing-over ("gave birth", "gave rise to", "gave way").
    static let givingIdioms: Set<String> = ["birth", "rise", "way", "chase", "up", "thanks", "ground", "notice"]

    /// People and bodies who act for whoever owns them: "Velta Energy's board approved the sale" is the company acting,
    /// where "Mark Pell's brother founded the company" is not Mark Pell.
    static let actsForOwner: Set<String> = ["board", "management", "directors", "executives", "shareholders", "spokesman", "spokeswoman",
                                            "spokesperson", "lawyer", "lawyers", "attorney", "attorneys", "office", "campaign", "government"]

    /// Words that put a figure in an earlier period than the one a change reached ("a year earlier", "two decades ago").
    static let earlierPeriodWords: Set<String> = ["earlier", "ago", "previous", "prior", "previously"]

    static let lightVerbs: Set<String> = ["found", "received", "receive", "given", "gave", "give", "got", "get", "gets", "made", "took", "handed", "faced"]

    /// Word pairs that contradict each other when said of the same thing.
    static let antonymPairs: [(String, String)] = DomainPacks.merged.antonymPairs
}
