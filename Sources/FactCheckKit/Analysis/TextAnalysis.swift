/// Everything the matcher reads from one sentence or one claim.
struct TextAnalysis: Sendable {
    /// The analysed text; token offsets index its characters.
    let text: String
    let tokens: [Token]
    /// Snowball stem per token ("" for numbers and symbols).
    let stems: [String]
    var entities: [EntityMention]
    let quantities: [Quantity]
    let dates: [DateMention]
    var events: [EventMention]
    /// Trigger words read as plain words: the charge in "convicted of espionage" (claims only).
    var governedTriggers: Set<Int> = []
    /// Every word's concept, names included, for finding a claim's words in evidence
    /// ("airport" is in "Chicago O'Hare International Airport"). Stored: every check reads it for every candidate.
    let allConcepts: Set<String>

    /// - Parameter allConcepts: given when read back from the cache; otherwise worked out from the words.
    init(text: String, tokens: [Token], stems: [String], entities: [EntityMention], quantities: [Quantity], dates: [DateMention], events: [EventMention],
         allConcepts: Set<String>? = nil) {
        self.text = text
        self.tokens = tokens
        self.stems = stems
        self.entities = entities
        self.quantities = quantities
        self.dates = dates
        self.events = events
        self.allConcepts = allConcepts
            ?? Set(tokens.indices.filter { tokens[$0].isWord && !Lexicon.stopwords.contains(tokens[$0].lower) }.map { Thesaurus.concept(stems[$0]) })
    }

    /// Numbers read as no figure, date or name ("25,000" when nothing says what it counts), as written.
    /// The rules cannot compare them, so a sentence states the claim only if it has the same number.
    var unreadNumbers: [String] {
        let read = Set(entities.flatMap { Array($0.tokenRange) } + quantities.flatMap { Array($0.tokenRange) } + dates.flatMap { Array($0.tokenRange) }
            + ClockTime.all(in: self).flatMap { Array($0.tokenRange) })
        // A number that numbers a title ("Chapter 3", "Vol. 2", "Season 1", "season 8") is part of a name.
        let numbering = { (i: Int) -> Bool in
            // ("Spain 4 to 1" is a score, not a numbered title.)
            if i + 2 < tokens.count, ["to", "-", "–"].contains(tokens[i + 1].lower), tokens[i + 2].kind == .number { return false }
            var k = i - 1
            if k >= 0, tokens[k].text == "." { k -= 1 }
            return k >= 0 && tokens[k].isWord && (tokens[k].isCapitalized || Lexicon.numberedThings.contains(tokens[k].lower))
        }
        return tokens.indices.filter { tokens[$0].kind == .number && !read.contains($0) && !numbering($0) }.map { tokens[$0].text }
    }

    /// Every number written in the text, commas dropped.
    var writtenNumbers: Set<String> {
        Set(tokens.filter { $0.kind == .number }.map { $0.text.replacingOccurrences(of: ",", with: "") })
    }

    /// The words of a vote spelled out ("voted three to one"): its numbers, compared as a tally, not words to be found.
    var spelledTallyIndices: Set<Int> {
        guard tokens.indices.contains(where: { $0 + 1 < tokens.count && tokens[$0 + 1].lower == "to" && QuantityParser.numberWords[tokens[$0].lower] != nil })
        else { return [] }
        return Set(Tally.all(in: self).flatMap { Array($0.tokenRange) })
    }

    /// Token indices of content words: not function words, names, numbers, dates or cues.
    var contentIndices: [Int] {
        let covered = Set(entities.filter { $0.resolvedFrom == nil }.flatMap { Array($0.tokenRange) })
            .union(quantities.flatMap { Array($0.tokenRange) })
            .union(dates.flatMap { Array($0.tokenRange) })
            .union(events.map(\.trigger))
            .union(spelledTallyIndices)
        let triggers = events.map(\.trigger)
        return tokens.indices.filter { i in
            let t = tokens[i]
            // Event words are compared as events; a light verb before one ("found guilty") means nothing alone.
            if Lexicon.triggers[t.lower] != nil, !governedTriggers.contains(i) { return false }
            if Lexicon.lightVerbs.contains(t.lower), triggers.contains(where: { $0 > i && $0 <= i + 4 }) { return false }
            if isPredicateHedge(i) { return !covered.contains(i) }
            return t.isWord && !covered.contains(i) && !Lexicon.stopwords.contains(t.lower)
                && !Lexicon.hedgeCues.contains(t.lower) && !Lexicon.faceCues.contains(t.lower) && !Lexicon.sentenceHedges.contains(t.lower)
                && !Lexicon.plainNegations.contains(t.lower) && Lexicon.contrastCues[t.lower] == nil
                && !t.lower.hasSuffix("n't") && t.lower.count > 1
                // "declined to declare", "failed to pay": a negation, compared as one, not a word to be found.
                && !(Lexicon.failingVerbs.contains(t.lower) && i + 1 < tokens.count && tokens[i + 1].lower == "to")
        }
    }

    /// Whether token `i` is one of `cues` used as a hedge: not a predicate ("had expected the ruling"), and not a
    /// month ("released in May 1978").
    func isHedge(_ i: Int, _ cues: Set<String>) -> Bool {
        // A word inside a name hedges nothing ("Hope Hicks").
        (cues.contains(tokens[i].lower) || Lexicon.hedgePhraseCue(tokens, i).map(cues.contains) == true) && !isPredicateHedge(i)
            && !Lexicon.tellsOfLater(tokens, i)
            && !Lexicon.comparesLikelihood(tokens, at: i) && !dates.contains { $0.tokenRange.contains(i) } && !entities.contains { $0.tokenRange.contains(i) }
    }

    /// Whether token `i` is a hedge verb used as the predicate, with an object rather than "to" or a clause
    /// ("had expected the ruling", not "expected the court to rule"): then it says what happened, and hedges nothing.
    func isPredicateHedge(_ i: Int) -> Bool {
        // "denied taking", "denies that …" report a denial; "denied the motion" is the act.
        if Lexicon.denialVerbs.contains(tokens[i].lower) { return !Lexicon.reportsDenial(tokens, at: i) }
        if Lexicon.intendedVerbs.contains(tokens[i].lower) {
            guard i + 1 < tokens.count, tokens[i + 1].lower == "to" else { return true }
            guard tokens[i].lower == "due" else { return false }
            // "is due to open" plans; "was cancelled due to delays" and "the delay was due to heavy rain" give reasons:
            // only after a copula and before a plain verb ("is due to release an album").
            guard i > 0, Lexicon.isCopula(tokens[i - 1]) else { return true }
            return !Lexicon.plainVerbFollows(tokens, to: i + 1)
        }
        if Lexicon.seemingVerbs.contains(tokens[i].lower) {
            // "It seems CVS Health is enjoying …": an empty "it" makes the whole clause a guess.
            if i > 0, tokens[i - 1].lower == "it", i + 1 < tokens.count, !Lexicon.prepositions.contains(tokens[i + 1].lower) { return false }
            return !(i + 1 < tokens.count && ["to", "that"].contains(tokens[i + 1].lower))
        }
        guard Lexicon.predicateHedges.contains(tokens[i].lower), i + 1 < tokens.count,
              Lexicon.nounPhraseOpeners.contains(tokens[i + 1].lower) else { return false }
        return !tokens[(i + 1)..<min(tokens.count, i + 7)].contains { ["to", "that", "would", "will", "could"].contains($0.lower) }
    }

    /// A hedge cue of `cues` in this text, other than a hedge verb used as the predicate.
    func hedgeCue(_ cues: Set<String>) -> Token? {
        tokens.indices.first { isHedge($0, cues) }.map { tokens[$0] }
    }

    /// Content concepts: synonym-group ids of the content words' stems.
    var concepts: Set<String> { Set(contentIndices.map { Thesaurus.concept(stems[$0]) }) }

    /// The first token of the clause holding token `i`: just past the last clause break before it (or, when given, the
    /// last of `openers`: "but", "while").
    func clauseStart(before i: Int, openers: Set<String> = []) -> Int {
        (tokens[..<i].lastIndex { Lexicon.clauseBreaks.contains($0.text) || openers.contains($0.lower) } ?? -1) + 1
    }

    /// Whether token `i` dates a saying rather than what was said: the day or date right after a verb of saying
    /// ("said on Saturday", "told reporters Saturday", "announced late on Friday").
    /// Not a day that is what was said of ("reported Thursday's explosion", "said Monday was the deadline").
    func datesASaying(_ i: Int) -> Bool {
        if tokens[i].isPossessive || i + 1 < tokens.count && ["'s", "’s", "was", "is", "will", "would", "had", "has"].contains(tokens[i + 1].lower) {
            return false
        }
        let before = tokens[max(0, i - 4)..<i]
        guard let v = before.lastIndex(where: { Lexicon.sayingVerbs.contains($0.lower) }) else { return false }
        // Only time words and a hearer between them: "said in a statement on Saturday" keeps its reading.
        return tokens[(v + 1)..<i].allSatisfy { ["on", "late", "early", "reporters", "journalists", "the", "media"].contains($0.lower) }
    }

    /// Whether a name of this text is a day of the week ("Saturday", "Saturday's": tokens are lower-cased without their "'s").
    func namesAWeekday(_ e: EntityMention) -> Bool {
        e.tokenRange.count == 1 && e.tokenRange.lowerBound < tokens.count && DateParser.weekdays.contains(tokens[e.tokenRange.lowerBound].lower)
    }

    /// Whether what the sentence tells is set at another time than its telling: a future ("will be discharged next
    /// week, the ministry said on Saturday"), an earlier past ("said on Friday he had tested positive"), or a time of
    /// its own. A present perfect ("has confirmed its first case, the minister said on Friday") is news of that day.
    var tellsOfAnotherTime: Bool {
        tokens.contains { Self.otherTimeCues.contains($0.lower) }
    }

    static let otherTimeCues: Set<String> = Lexicon.futureAuxiliaries.union(["would", "had", "next", "last", "yesterday", "tomorrow", "earlier", "later", "ago", "previously"])

    /// The index of the first clause break or full stop at or after `i` (the token count when none): where what
    /// follows a phrase stops qualifying it.
    func clauseEnd(from i: Int, openers: Set<String> = []) -> Int {
        (i..<tokens.count).first { Lexicon.clauseBreaks.contains(tokens[$0].text) || tokens[$0].text == "." || openers.contains(tokens[$0].lower) } ?? tokens.count
    }

    /// The name of a place, body or thing (no person, none a pronoun stands for) that starts at `i`, past articles:
    /// what follows "from", "to" or "of" in "from the United States to Mexico".
    func thingName(at i: Int) -> EntityMention? {
        var k = i
        while k < tokens.count, Lexicon.articles.contains(tokens[k].lower) { k += 1 }
        return entities.first { $0.tokenRange.lowerBound == k && $0.kind != .person && $0.resolvedFrom == nil }
    }

    /// The verbatim text of tokens `range`, for quoting a fragment in a reason.
    func fragment(_ range: ClosedRange<Int>) -> String {
        let chars = Array(text)
        let lo = tokens[max(0, range.lowerBound)].start, hi = tokens[min(tokens.count - 1, range.upperBound)].end
        return String(chars[lo..<hi])
    }
}

/// Turns text into a `TextAnalysis`: tokens, stems, names, quantities, dates, events.
enum TextAnalyzer {
    /// Reads a claim: like a sentence, but what a conviction or charge is *for* ("convicted of espionage")
    /// is a word to find rather than a second event to match, and a bare term ("Hansen got 15 years")
    /// is a sentence.
    static func analyseClaim(_ text: String, context: NameContext, reference: CalendarDate? = nil) -> TextAnalysis {
        var a = analyse(text, context: context, reference: reference)
        let governing: Set<Lexicon.EventType> = [.conviction, .charge, .plea, .acquittal, .arrest]
        for e in a.events where !governing.contains(e.type) {
            let before = a.tokens[max(0, e.trigger - 3)..<e.trigger].map(\.lower)
            if ["of", "with", "for"].contains(where: before.contains), a.events.contains(where: { governing.contains($0.type) && $0.trigger < e.trigger }) {
                a.governedTriggers.insert(e.trigger)
            }
        }
        a.events.removeAll { a.governedTriggers.contains($0.trigger) }
        // A bare term after a pack's word for it is that pack's event; "a seven-day rate" is no sentence.
        if a.events.isEmpty, let term = a.quantities.first(where: { $0.kind == .duration }),
           let type = bareTermEvent(before: term.tokenRange.lowerBound, in: a.tokens) {
            let i = term.tokenRange.lowerBound
            let person = a.entities.last { $0.kind == .person && $0.tokenRange.upperBound <= i } ?? a.entities.first { $0.tokenRange.upperBound <= i }
            let cue = a.tokens[..<i].last { Lexicon.hedgeCues.contains($0.lower) || Lexicon.faceCues.contains($0.lower) }
            a.events.append(EventMention(type: type, trigger: i, word: term.text, actor: nil, undergoer: person,
                                         negation: EventExtractor.negation(a.tokens, i), hedge: cue?.text))
        }
        return a
    }

    /// The event a pack makes of a bare term: the word before it, past "to", "a", "up to", "at least" and the like.
    private static func bareTermEvent(before i: Int, in tokens: [Token]) -> Lexicon.EventType? {
        var k = i - 1
        while k >= 0, QuantityAttribute.links.contains(tokens[k].lower) || ["to", "for", "up", "another", "further"].contains(tokens[k].lower) { k -= 1 }
        guard k >= 0 else { return nil }
        return DomainPacks.merged.bareTerms.first { $0.1.contains(tokens[k].lower) }?.0
    }

    static func analyse(_ text: String, context: NameContext, reference: CalendarDate?) -> TextAnalysis {
        analyse(text, tokens: Tokenizer.tokenize(text), context: context, reference: reference, extraEntities: { _ in [] })
    }

    /// `extraEntities` adds resolved pronouns and descriptions before roles are read.
    /// `recognised` passes names already found in these tokens, so a caller that needed them first does not find them twice.
    /// `yearBefore` is the year the article last named before this sentence ("In January of that year").
    static func analyse(_ text: String, tokens: [Token], context: NameContext, reference: CalendarDate?,
                        recognised: [EntityMention]? = nil, yearBefore: Int? = nil,
                        extraEntities: ([EntityMention]) -> [EntityMention]) -> TextAnalysis {
        let stems = tokens.map { $0.isWord ? Stemmer.shared.stem($0.lower) : "" }
        var entities = recognised ?? EntityRecognizer.recognise(tokens, context: context)
        let dates = DateParser.parse(tokens, reference: reference, yearBefore: yearBefore)
        let dateTokens = Set(dates.flatMap { Array($0.tokenRange) })
        // A month name is not a name; a year is not a quantity. A weekday stays a name too: claims name weekdays
        // without a date to resolve them, and are compared with the evidence's by name.
        entities.removeAll { e in
            e.tokenRange.allSatisfy(dateTokens.contains) && !(e.tokenRange.count == 1 && DateParser.weekdays.contains(tokens[e.tokenRange.lowerBound].lower))
        }
        // A year is a date, also when a noun follows it ("a 2000 film" is not 2,000 films).
        let quantities = QuantityAttribute.countingOutcomes(QuantityParser.parse(tokens).filter { q in
            !q.tokenRange.allSatisfy(dateTokens.contains) && !(q.kind == .amount && q.tokenRange.contains { dateTokens.contains($0) && tokens[$0].number != nil })
        }, tokens: tokens, stems: stems)
        // "USD" in "$25,000USD" and "K" in "25K" belong to the number.
        let quantityTokens = Set(quantities.flatMap { Array($0.tokenRange) })
        // A name inside a count ("28 Bulgarian provinces") stays a name.
        entities.removeAll { e in
            e.tokenRange.allSatisfy(quantityTokens.contains) && !quantities.contains { $0.tokenRange.contains(e.tokenRange.lowerBound) && $0.tokenRange.upperBound > e.tokenRange.upperBound }
        }
        // "ET" in "12:05 p.m. ET" is the time's zone.
        let zones = ClockTime.zoneIndices(tokens)
        if !zones.isEmpty { entities.removeAll { $0.tokenRange.count == 1 && zones.contains($0.tokenRange.lowerBound) } }
        entities += extraEntities(entities)
        entities.sort { $0.tokenRange.lowerBound < $1.tokenRange.lowerBound }
        let events = EventExtractor.extract(tokens: tokens, entities: entities)
        return TextAnalysis(text: text, tokens: tokens, stems: stems, entities: entities, quantities: quantities, dates: dates, events: events)
    }
}

/// Maps stems to a concept id, so synonyms from the domain thesaurus count as one word.
enum Thesaurus {
    static let groups: [String: String] = {
        var map: [String: String] = [:]
        for group in Lexicon.synonymGroups {
            let stems = group.map { Stemmer.shared.stem($0) }
            for s in stems { map[s] = stems[0] }
        }
        return map
    }()

    static let antonyms: [String: String] = {
        var map: [String: String] = [:]
        for (a, b) in Lexicon.antonymPairs {
            let sa = Stemmer.shared.stem(a), sb = Stemmer.shared.stem(b)
            map[sa] = sb
            map[sb] = sa
            // By concept too: "rose" reads as the concept "rise", whose opposite is "fall" ("fell", "declined").
            let ca = concept(sa), cb = concept(sb)
            if ca != sa || cb != sb { map[ca] = cb; map[cb] = ca }
        }
        return map
    }()

    static func concept(_ stem: String) -> String { groups[stem] ?? stem }
}

extension TextAnalysis {
    /// Whether the text counts up to now: "since the war began", "so far", "to date", "as of", not one incident's count
    /// ("four people were killed"). With `asEvidence`, more marks a total: "total", "in all", a present perfect or a
    /// "by" date ("84,415 cases have been reported", "by 1 April"). A claim so written need not ask for a running
    /// count ("scored a total of 98 points", "has been reviewed by 90 critics", "a target of 100 percent by 2035").
    func countsSoFar(asEvidence: Bool = false) -> Bool {
        if asEvidence, dates.contains(where: { $0.text.lowercased().hasPrefix("by ") }) { return true }
        return tokens.indices.contains { i in
            let w = tokens[i].lower, next = i + 1 < tokens.count ? tokens[i + 1].lower : ""
            return w == "since" && !next.isEmpty && next != "then"
                || [("so", "far"), ("to", "date"), ("as", "of")].contains { $0 == (w, next) }
                || asEvidence && (["total", "cumulative", "altogether"].contains(w) || ["have", "has"].contains(w) && (next == "been" || next.hasSuffix("ed"))
                                  || [("in", "all"), ("all", "told")].contains { $0 == (w, next) })
        }
    }

    /// Whether a date only says when a figure or state was read ("As of June 30, 2018, … more than $16.3 million"):
    /// another such date is another reading, not a contradiction.
    func isSnapshotDate(_ date: DateMention) -> Bool {
        let i = date.tokenRange.lowerBound
        return i >= 2 && tokens[i - 2].lower == "as" && tokens[i - 1].lower == "of"
    }

    /// Whether `evidence` gives each of this claim's figures (one that allows it) and dates (one within or compatible).
    func valuesStated(in evidence: [TextAnalysis]) -> Bool {
        quantities.allSatisfy { cq in evidence.contains { $0.quantities.contains { cq.isComparable(with: $0) && cq.agrees(with: $0) } } }
            && dates.allSatisfy { cd in evidence.contains { $0.dates.contains { $0.isWithin(cd) || cd.isCompatible(with: $0) == true } } }
    }

    /// The kinds of hedge among `cues` anywhere in this text ("possibility" for "will", "could"; "attribution" for "alleged").
    func hedgeKinds(_ cues: Set<String> = Lexicon.sentenceWideHedges) -> Set<String> {
        Set(tokens.indices.filter { isHedge($0, cues) }.compactMap { Lexicon.hedgeKind(tokens[$0].lower) })
    }

    /// The kinds of hedge in `unit` whose clause holds one of this text's concepts or names.
    func hedgeKinds(reachingThisIn unit: TextAnalysis) -> Set<String> {
        let mine = concepts
        let names = entities.filter { $0.resolvedFrom == nil }
        return Set(unit.tokens.indices.filter { unit.isHedge($0, Lexicon.sentenceWideHedges) }.filter { i in
            let clause = unit.clauseStart(before: i)..<unit.clauseEnd(from: i)
            return clause.contains { k in
                unit.tokens[k].isWord && mine.contains(Thesaurus.concept(unit.stems[k]))
            } || unit.entities.contains { e in clause.contains(e.tokenRange.lowerBound) && names.contains { $0.refers(to: e) } }
        }.compactMap { Lexicon.hedgeKind(unit.tokens[$0].lower) })
    }

    /// The kinds of hedge in any of `units`.
    static func hedgeKinds(of units: [TextAnalysis]) -> Set<String> {
        units.reduce(into: Set<String>()) { $0.formUnion($1.hedgeKinds()) }
    }

    /// Whether a learned verifier reading `evidence` may agree with this claim: the evidence names the claim's people
    /// (here or in the source's title: "Stenwick was sentenced to 22 years" says nothing of Bellomon), gives its
    /// figures, dates and pack events (numbers and events are the rules' to read), and hedges as the claim does ("it will be a member on
    /// March 31" does not say that it became one).
    func modelMayAgree(with evidence: [TextAnalysis], title: String) -> Bool {
        namesPeople(in: evidence, title: title) && valuesStated(in: evidence) && hedgesAlike(evidence) && eventsStated(in: evidence)
    }

    /// A negation anywhere in the text: "not", "never", "no" …, "without", "refused", "failed", "denied", or a
    /// contracted "n't".
    var saysNot: Bool {
        tokens.indices.contains { Lexicon.negates(tokens, at: $0, cues: Lexicon.negationCues) }
    }

    /// Every person this claim names is named in the evidence or in its source's title.
    func namesPeople(in evidence: [TextAnalysis], title: String) -> Bool {
        let named = evidence.flatMap(\.entities)
        let people = entities.filter { $0.kind == .person && $0.resolvedFrom == nil }
        return people.allSatisfy { p in named.contains { p.refers(to: $0) } || Topic.names(p, title: title) }
    }

    /// Every event the rules read in this claim ("pleaded guilty": a plea) is an event of the evidence too (or its
    /// opposite): a sentencing says nothing of a plea, however close the words.
    func eventsStated(in evidence: [TextAnalysis]) -> Bool {
        events.allSatisfy { ce in evidence.contains { $0.events.contains { $0.type == ce.type || Lexicon.opposedEvents[ce.type] == $0.type } } }
    }

    /// The evidence hedges nothing this claim does not, and this claim nothing the evidence does not (its "will" aside).
    /// An evidence hedge counts only in a clause that has one of the claim's words or names: "was captured Sunday near
    /// his cousin's home, and the other five were believed to have headed for the city" hedges nothing of the capture.
    func hedgesAlike(_ evidence: [TextAnalysis]) -> Bool {
        let said = evidence.reduce(into: Set<String>()) { $0.formUnion(hedgeKinds(reachingThisIn: $1)) }
        return said.isSubset(of: hedgeKinds()) && hedgeKinds(Lexicon.hedgesBeyondPlans).isSubset(of: said)
    }
}
