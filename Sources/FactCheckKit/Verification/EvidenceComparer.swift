/// The outcome of weighing one piece of evidence (one sentence, or two adjacent ones) against a claim.
struct Assessment {
    enum Outcome: Equatable {
        case agreement
        case conflict
        /// Same event and names, but stated only as a possibility, demand or allegation.
        case hedged(String)
        /// Not enough in common to say anything.
        case silent
    }

    var outcome: Outcome
    /// Short account for the one-line reason: the conflicting values, or the quoted fragment.
    var reason: String
    var score: Double
    var notes: [String]
    /// A silent outcome that rests on something the rules read (someone else's place, a figure for another date,
    /// a denial of another figure): the learned verifier is not asked to overrule it.
    var decisive = false
    /// The claim's figures this evidence states (as the claim writes them).
    var statedFigures: Set<String> = []
    /// For a conflict that rests on free-standing figures alone: each claim figure and the evidence's other figure for it.
    var figureConflicts: [String: String] = [:]
}

/// Compares a claim with candidate evidence slot by slot: names, event and roles, polarity,
/// hedges, quantities, dates, remaining content words. De Marneffe et al.'s first step comes first:
/// numbers and dates are only compared once the evidence is about the claim's event and people.
struct EvidenceComparer {
    let claim: TextAnalysis
    /// How much each of the claim's content words counts: rare words (high IDF) must be found.
    var conceptWeights: [String: Double] = [:]
    /// WordNet first-sense synonyms of each claim concept (as concepts).
    var synonyms: [String: Set<String>] = [:]
    /// WordNet antonyms of each claim concept (as concepts).
    var antonyms: [String: Set<String>] = [:]
    /// Whether the claim tells of an act done (`tellsOfActDone(_:)`), read once: every candidate sentence asks.
    let tellsOfActDone: Bool
    /// The claim's figures yet to come ("will run at up to 224mph within five years").
    let figuresYetToCome: Set<Quantity>
    /// The claim's manner adverbs ("fallen sharply") and the words it denies ("will not exist"), as concepts: what the
    /// opposites step sets aside, read once rather than for every candidate sentence.
    let mannerConcepts: Set<String>
    let deniedConcepts: Set<String>

    init(claim: TextAnalysis, conceptWeights: [String: Double] = [:]) {
        self.claim = claim
        self.conceptWeights = conceptWeights
        tellsOfActDone = Self.tellsOfActDone(claim)
        figuresYetToCome = Set(claim.quantities.filter { Self.yetToCome($0, in: claim) })
        mannerConcepts = Set(claim.contentIndices.filter { i in
            claim.tokens[i].lower.hasSuffix("ly") && WordNet.shared.isA(claim.tokens[i].lower, .adv) && !WordNet.shared.isA(claim.tokens[i].lower, .adj)
        }.map { Thesaurus.concept(claim.stems[$0]) })
        deniedConcepts = Set(claim.tokens.indices.filter { i in
            claim.tokens[i].isWord && (max(0, i - 3)..<i).contains { Lexicon.negates(claim.tokens, at: $0, cues: Lexicon.plainNegations) }
        }.map { Thesaurus.concept(claim.stems[$0]) })
    }

    /// The evidence's words for a claim's capitalised name written as ordinary lower-case words, if it has them.
    /// A country or organisation the packs know by its aliases is never read from a common noun ("china", "us").
    static func writtenInLowerCase(_ name: EntityMention, in evidence: [TextAnalysis]) -> String? {
        let words = Topic.words(name.text)
        guard words.joined(separator: " ").count >= 3, !Lexicon.aliasKeys.contains(name.key) else { return nil }
        return writtenInLowerCase(words, in: evidence)
    }

    private static func writtenInLowerCase(_ words: [String], in evidence: [TextAnalysis]) -> String? {
        for unit in evidence where unit.tokens.count >= words.count {
            let t = unit.tokens
            for i in 0...(t.count - words.count) where t[i].text.first?.isLowercase == true
                && (0..<words.count).allSatisfy({ t[i + $0].lower == words[$0] && t[i + $0].text.first?.isLowercase == true }) {
                return t[i..<(i + words.count)].map(\.text).joined(separator: " ")
            }
        }
        return nil
    }

    /// Whether a claim's name stands where a place does ("in the United States", "from Canada"): a nationality
    /// ("a British-American host") says who someone is, not where something was.
    static func isPlace(_ e: EntityMention, in a: TextAnalysis) -> Bool {
        ["in", "from"].contains(placeWord(e, in: a))
    }

    /// A place the evidence puts something in that lies inside the claim's place ("in Houston" for "in Texas", "flew to
    /// Shanghai" for "flew to China"): both governed by the same kind of word ("from" is no "in": "a flight from Miami
    /// landed in Atlanta" lands nowhere in Florida), neither a nationality, the evidence's read with its region.
    static func placeInside(_ place: EntityMention, of claim: TextAnalysis, among evidence: [TextAnalysis]) -> String? {
        guard place.kind != .person, !isNationality(place), let want = placeWord(place, in: claim) else { return nil }
        for unit in evidence {
            if let inner = unit.entities.first(where: { e in
                e.kind != .person && e.resolvedFrom == nil && placeWord(e, in: unit) == want && !isNationality(e)
                    && PlaceGazetteer.shared.relation(of: e.text, in: PlaceGazetteer.region(after: e, in: unit), to: place.text,
                                                      in: PlaceGazetteer.region(after: place, in: claim)) == .inside
            }) { return inner.text }
        }
        return nil
    }

    /// The kind of word that puts a name as a place: "in" (also at, near, across, throughout), "from", or "to" (into).
    static func placeWord(_ e: EntityMention, in a: TextAnalysis) -> String? {
        var i = e.tokenRange.lowerBound - 1
        if i >= 0, Lexicon.articles.contains(a.tokens[i].lower) { i -= 1 }
        guard i >= 0 else { return nil }
        switch a.tokens[i].lower {
        case "in", "at", "near", "across", "throughout": return "in"
        case "from": return "from"
        case "to", "into": return "to"
        default: return nil
        }
    }

    /// Whether the claim puts something in this name as a place WordNet knows ("arrested in Texas"): the sentence that
    /// states it must name it as one (`namesAsPlace`).
    static func putsInPlace(_ ce: EntityMention, in claim: TextAnalysis) -> Bool {
        ce.kind != .person && !isNationality(ce) && placeWord(ce, in: claim) != nil && PlaceGazetteer.shared.isPlace(ce.text)
    }

    /// Whether a sentence naming the claim's place (`ee` for `ce`, "in Texas") names it as a place. A longer name that
    /// holds it but stands where no place does is something else ("The Washington Post reported" says nothing of
    /// Washington). The name itself written before a noun says whose or what kind ("A Texas man"); it is no place of
    /// the claim's when the sentence puts things in another place under the same kind of word ("was arrested in
    /// Oklahoma City"), unless that place lies in the claim's.
    static func namesAsPlace(_ ce: EntityMention, of claim: TextAnalysis, _ ee: EntityMention, in unit: TextAnalysis) -> Bool {
        guard placeWord(ee, in: unit) == nil else { return true }
        guard ee.key == ce.key else { return false }
        // A court or a council sits where it is named: "A Paris court convicted a man over an attack in Lyon" convicted
        // him in Paris.
        let next = ee.tokenRange.upperBound, start = ee.tokenRange.lowerBound
        if next < unit.tokens.count, Lexicon.seatedBodies.contains(unit.tokens[next].lower) { return true }
        // "from the U.S. state of Maine", "in the city of Lyon": the place the phrase names.
        if start >= 2, unit.tokens[start - 1].lower == "of", Lexicon.kindsOfPlace.contains(unit.tokens[start - 2].lower) { return true }
        // One of a list of places, or the region set after one ("Pasadena, Calif."), is where that one is.
        if start > 0, ["and", "or", ",", "&"].contains(unit.tokens[start - 1].lower) { return true }
        let want = placeWord(ce, in: claim)
        let claimRegion = PlaceGazetteer.region(after: ce, in: claim)
        return !unit.entities.contains { other in
            guard other.kind != .person, other.resolvedFrom == nil, !other.corefers(with: ee), placeWord(other, in: unit) == want,
                  !isNationality(other), PlaceGazetteer.shared.isPlace(other.text) || PlaceGazetteer.region(after: other, in: unit) != nil else { return false }
            let r = PlaceGazetteer.shared.relation(of: other.text, in: PlaceGazetteer.region(after: other, in: unit), to: ce.text, in: claimRegion)
            return r != .same && r != .inside
        }
    }

    /// Whether the evidence's place lies inside the claim's ("Shanghai" in "China").
    static func liesIn(_ inner: EntityMention, _ outer: EntityMention) -> Bool {
        inner.kind != .person && outer.kind != .person && PlaceGazetteer.shared.relation(of: inner.text, to: outer.text) == .inside
    }

    /// Whether a name is written as a nationality ("American", "British").
    static func isNationality(_ e: EntityMention) -> Bool {
        NationalityComparison.nationalities.keys.contains(e.text.lowercased())
    }

    /// Whether an event's verb is passive ("was paid", "has been sold"): its subject undergoes it.
    static func isPassive(_ e: EventMention, in unit: TextAnalysis) -> Bool {
        (max(0, e.trigger - 2)..<e.trigger).contains { ["is", "was", "were", "are", "be", "been", "being", "got", "get"].contains(unit.tokens[$0].lower) }
    }

    /// - Parameter topic: the source's title; a name the claim shares with it counts as named (the article is about it).
    func assess(_ evidence: [TextAnalysis], topic: String = "") -> Assessment {
        var notes: [String] = []
        var weight = 0.0, matched = 0.0
        let allEntities = evidence.flatMap(\.entities)

        // 1. Every name in the claim must be in the evidence.
        let claimEntities = uniqueEntities(claim.entities.filter { $0.resolvedFrom == nil })
        var missing: [String] = []
        // The page's subject, when its title is just the claim's name and the sentence speaks of it before naming anyone:
        // an event's participant may be it ("FanMail … it has sold 4.7 million copies"). Not a name a headline mentions
        // ("CIA Officer Sentenced …" names no payer), nor a party the sentence leaves unsaid ("Quill leaked demos in
        // exchange for $25,000" on Harbour Records' page does not say who paid).
        var namedByTitle: [EntityMention] = []
        // A day that dates a saying of what happened at another time ("will be discharged next week, the ministry said
        // on Saturday") is not the day of what was said: it names the claim's day only where the claim's dates a saying too.
        // (Worked out only for a claim's weekday: this runs for every candidate sentence.)
        lazy var eventDays = evidence.flatMap { unit in
            unit.entities.filter { !unit.namesAWeekday($0) || !(unit.datesASaying($0.tokenRange.lowerBound) && unit.tellsOfAnotherTime) }
        }
        for ce in claimEntities {
            weight += 2
            let candidates = claim.namesAWeekday(ce) && !claim.datesASaying(ce.tokenRange.lowerBound) ? eventDays : allEntities
            let placeSlot = Self.putsInPlace(ce, in: claim)
            if let ee = candidates.first(where: { ee in
                ce.refers(to: ee) && !(Self.isPlace(ce, in: claim) && !Self.isNationality(ce) && Self.isNationality(ee))
                    && (!placeSlot || evidence.contains { $0.entities.contains(ee) && Self.namesAsPlace(ce, of: claim, ee, in: $0) })
            }) {
                matched += 2
                notes.append("name: \(ce.text) = \(ee.resolvedFrom.map { "\($0) → \(ee.text)" } ?? ee.text) ✓")
            } else if Topic.standsIn(ce, title: topic, evidence: allEntities, claimEntities: claimEntities),
                      !Topic.speaksOfAKind(evidence, claim: claim, name: ce),
                      Topic.subjectLeads(evidence) || !allEntities.contains(where: { e in e.kind == .person && !claimEntities.contains { $0.refers(to: e) } }) {
                matched += 1.5
                if Topic.isTitleName(ce, title: topic), Topic.pronounSubjectLeads(evidence) { namedByTitle.append(ce) }
                notes.append("name: \(ce.text) = the source's subject (its title) ✓")
            } else if ce.kind != .person, let written = Self.writtenInLowerCase(ce, in: evidence) {
                // A claim may capitalise a common noun ("died from Leukemia"): the evidence's "leukemia" is the same word.
                matched += 1.5
                notes.append("name: \(ce.text) = \(written) ✓")
            } else if let inner = Self.placeInside(ce, of: claim, among: evidence) {
                // "born in Houston" is born in Texas (WordNet's part-of pointers say which place lies in which).
                matched += 2
                notes.append("name: \(inner) lies in \(ce.text) ✓")
            } else {
                missing.append(ce.text)
            }
        }
        let concepts = claim.concepts
        let evidenceConcepts = evidence.reduce(into: Set<String>()) { $0.formUnion($1.allConcepts) }.union(Self.datedConcepts(evidence))
        let covered = concepts.filter { evidenceConcepts.contains($0) || !(synonyms[$0] ?? []).isDisjoint(with: evidenceConcepts) }
        weight += Double(concepts.count)
        matched += Double(covered.count)
        // The open-domain comparisons (registered in SlotComparers): a swapped name, someone else's place, another day.
        var input = ComparisonInput(claim: claim, evidence: evidence, claimEntities: claimEntities,
                                    missing: claimEntities.filter { missing.contains($0.text) }, coverage: weightedCoverage(concepts, covered),
                                    evidenceConcepts: evidenceConcepts, topic: topic, claimWords: Set(claim.tokens.map(\.lower)))
        let titleConcepts = Topic.concepts(topic)
        // (Parsed only for a claim with dates: they serve nothing else, and this runs for every candidate sentence.)
        input.titleDates = claim.dates.isEmpty ? [] : Topic.dates(topic)
        input.synonyms = synonyms
        // Verbs that only report a figure ("has", "holds", "scored", "recorded") say nothing of their own beside it.
        let told = concepts.filter { !Lexicon.figureVerbs.contains($0) }
        input.coverageWithTitle = weightedCoverage(told, told.filter { covered.contains($0) || titleConcepts.contains($0) })
        var finding = SlotComparers.firstFinding(input)
        // A figure or a name the source gives only as someone's allegation or denial ("Reed denied taking $40,000",
        // "Fenn allegedly doped 12 horses"), or as how things seem ("It seems CVS is enjoying the confidence of its
        // millions of customers"), neither states the claim nor contradicts it.
        if let f = finding, f.isConflict || f.isAgreement,
           let h = sentenceWideHedge(evidence, claimEntities: claimEntities, cues: Self.figureHedges, notes: &notes) {
            return Assessment(outcome: h, reason: "", score: ratio(matched, weight), notes: notes)
        }
        // A figure the source gives only as a forecast or a target ("retained the inflation projection at 6.7 per cent")
        // states no measured figure, unless the claim speaks of a forecast too.
        if let f = finding, f.isConflict || f.isAgreement, let (cue, unit) = forecastOverFigure(evidence, finding: f) {
            notes.append("hedge: the figure is a “\(cue)”")
            return Assessment(outcome: .hedged(TextSafety.clip(unit.text, 80)), reason: "", score: ratio(matched, weight), notes: notes)
        }
        // A figure of what is yet to be done ("Ford will cut 500 jobs", "said it would spend $4 million") states no act
        // done, nor contradicts one, unless the claim too speaks of the future.
        if let f = finding, f.isConflict || f.isAgreement, let (cue, unit) = futureOverFigure(evidence, finding: f) {
            notes.append("hedge: the figure is governed by “\(cue)”")
            return Assessment(outcome: .hedged(TextSafety.clip(unit.text, 80)), reason: "", score: ratio(matched, weight), notes: notes)
        }
        // A figure of another time ("TGVs now in regular service run at up to 199mph") neither states nor contradicts one yet
        // to come: the figures are compared again below without it, beside the event and the figures that are yet to come.
        if let f = finding, f.isConflict || f.isAgreement,
           Self.quoted(by: f, among: claim.quantities, claimSide: true).contains(where: figuresYetToCome.contains),
           evidence.contains(where: { unit in Self.quoted(by: f, among: unit.quantities).contains { Self.toldAsOtherTime($0, in: unit) } }) {
            notes.append("figure: the source's is of another time than the claim's, which is yet to come")
            finding = nil
        }
        switch finding {
        case let finding? where finding.isConflict:
            notes.append(finding.note)
            return Assessment(outcome: .conflict, reason: finding.reason, score: ratio(matched + 1, weight), notes: notes)
        case let finding? where finding.isAgreement:
            if let unread = unreadNumberMissing(evidence, notes: &notes) {
                return Assessment(outcome: .silent, reason: "does not give \(unread)", score: ratio(matched, weight + 2), notes: notes)
            }
            // A stated figure is no agreement when the sentence denies what the claim says around it
            // ("despite a dozen trips to Oaxaca …, I've never learned to like the stuff").
            if let polarity = denialBesideTiedAgreement(evidence, coverage: input.coverage, topic: topic, notes: &notes) {
                return assessment(polarity, conflictScore: ratio(matched + 1, weight), hedgedScore: ratio(matched, weight), notes: notes)
            }
            // A figure both give is no agreement when the two named sides are swapped ("Dave Stone beat Lisa Marsh by 400
            // votes" against the claim's "Lisa Marsh beat Dave Stone by 400 votes"): the parse's reversal only, as its
            // other readings of who did it are too loose to overrule a stated figure.
            if claim.events.isEmpty, let roles = RoleComparer().compare(input), roles.isConflict {
                notes.append(roles.note)
                return Assessment(outcome: .conflict, reason: roles.reason, score: ratio(matched + 1, weight), notes: notes)
            }
            notes.append(finding.note)
            return Assessment(outcome: .agreement, reason: agreementFragment([], evidence), score: ratio(matched + 1, weight), notes: notes)
        case let finding?:
            notes.append(finding.note)
            return Assessment(outcome: .silent, reason: finding.reason, score: ratio(matched, weight + 2), notes: notes, decisive: finding.isDecisive)
        case nil:
            break
        }
        if !missing.isEmpty {
            notes.append("missing: \(missing.joined(separator: ", "))")
            return Assessment(outcome: .silent, reason: "does not mention \(missing.joined(separator: ", "))", score: ratio(matched, weight + 4), notes: notes)
        }
        let coverage = weightedCoverage(concepts, covered)
        // Two sentences are weighed together only for a claim that names someone to tie them.
        if evidence.count > 1, claimEntities.isEmpty {
            return Assessment(outcome: .silent, reason: "too little in common", score: ratio(matched, weight), notes: notes)
        }
        // Without names to anchor it, only evidence sharing most of the claim's words is about the same thing.
        if claimEntities.isEmpty, coverage < 0.5 {
            return Assessment(outcome: .silent, reason: "too little in common", score: ratio(matched, weight), notes: notes)
        }
        // A hedge matters only over evidence that otherwise says what the claim says.
        // "Only hedged" needs evidence that would state the claim but for the hedge: its figures and dates too
        // ("will be a full member of the Oneworld alliance" hedges nothing of "13 member airlines").
        if claim.events.isEmpty, coverage >= 0.8, claim.valuesStated(in: evidence),
           let h = sentenceWideHedge(evidence, claimEntities: claimEntities, notes: &notes) {
            return Assessment(outcome: h, reason: "", score: ratio(matched, weight), notes: notes)
        }
        // A claim that hedges ("Amazon said it would appeal") is stated only where the evidence hedges as it does.
        // (A claim's "may" of permission is the evidence's "can": "Zimbabweans may now use foreign currencies".)
        if claim.events.isEmpty, let c = cue(claim, Lexicon.hedgesBeyondPlans),
           !claim.hedgeKinds(Lexicon.hedgesBeyondPlans).isSubset(of: TextAnalysis.hedgeKinds(of: evidence)),
           !(c.lowercased() == "may" && evidence.contains { $0.tokens.contains { $0.lower == "can" } }) {
            notes.append("hedge: the claim's “\(c)” is not in the evidence")
            return Assessment(outcome: .silent, reason: "does not say “\(c)”", score: ratio(matched, weight + 1), notes: notes)
        }

        // 2. The claim's events, with roles, polarity and hedges.
        // For each claim event, every evidence mention of it that fits (numbers and dates may sit by any of them).
        var chosen: [(claim: EventMention, evidence: EventMention, unit: TextAnalysis)] = []
        // Whether an event was matched whose roles the evidence leaves unstated (the parse may still read them).
        var rolesUnstated = false
        var conflicts: [String] = []
        for ce in claim.events {
            weight += 2
            let sameType = evidence.flatMap { unit in unit.events.filter { $0.type == ce.type || Lexicon.opposedEvents[ce.type] == $0.type }.map { ($0, unit) } }
            let usable = sameType.filter { Lexicon.hedgeKind($0.0.hedge) == Lexicon.hedgeKind(ce.hedge) }
            if usable.isEmpty {
                if let (h, unit) = sameType.first(where: { $0.0.hedge != nil }) {
                    notes.append("hedge: \(h.hedge!) governs “\(h.word)”")
                    return Assessment(outcome: .hedged(hedgeFragment(h, unit)), reason: "", score: ratio(matched + 1, weight), notes: notes)
                }
                notes.append("event: no \(ce.type.rawValue) (“\(ce.word)”) stated")
                return Assessment(outcome: .silent, reason: "no \(ce.type.rawValue) event", score: ratio(matched, weight), notes: notes)
            }
            // Whether a participant was set aside because the evidence names it only as an owner ("Lucy Grey's husband").
            var namedOnlyAsOwner = false
            let ranked = usable.map { ($0.0, $0.1, roleRelation(ce, $0.0)) }.filter { pick in
                // Across two sentences, an event whose roles are unstated must sit beside one of the claim's names.
                evidence.count == 1 || claimEntities.isEmpty || statesRole(ce, pick.0) || pick.1.entities.contains { e in claimEntities.contains { $0.refers(to: e) } }
            }.filter { pick in
                // A participant the evidence leaves unstated must at least be named beside the event.
                [(ce.actor, false), (ce.undergoer, true)].allSatisfy { role, isObject in
                    guard let role, pick.2 != .reversed else { return true }
                    // The page's subject fills a role only as the subject of an active verb: in "He was paid by the
                    // newspaper" the subject is paid, and who paid is someone else.
                    // (Named only as an owner, "arrested Tom Veld's son" or "the son of Tom Veld", is not named as the one
                    // arrested; nor a firm as the owner of what is fined, "fined Tesla's insurance unit".)
                    let stated = [pick.0.actor, pick.0.undergoer].contains { $0.map(role.refers(to:)) ?? false }
                    // ("Fahie's arrest": the owner of the event's own noun is the one it befalls.)
                    let owner = { (e: EntityMention) in
                        let noun = e.ownedNoun(in: pick.1.tokens, organisations: isObject) ?? (isObject ? e.ofNoun(in: pick.1.tokens) : nil)
                        return noun != nil && noun != pick.0.trigger
                    }
                    let named = pick.1.entities.filter { role.refers(to: $0) }
                    if !stated, !named.isEmpty, named.allSatisfy(owner) { namedOnlyAsOwner = true }
                    return named.contains { stated || !owner($0) }
                        || namedByTitle.contains { role.refers(to: $0) } && !Self.isPassive(pick.0, in: pick.1)
                }
            }
            // Prefer evidence whose roles match the claim's; role reversal counts only when nothing matches.
            let fitting = ranked.filter { $0.2 == .match }.isEmpty ? ranked.filter { $0.2 == .unknown } : ranked.filter { $0.2 == .match }
            // Of several, the mention written with the claim's own verb ("earn $500 … pay no fee": the claim's "pay" is the pay).
            let stem = Stemmer.shared.stem(ce.word.lowercased())
            if let best = fitting.first(where: { Stemmer.shared.stem($0.0.word.lowercased()) == stem }) ?? fitting.first {
                matched += best.2 == .match ? 2 : 1
                rolesUnstated = rolesUnstated || best.2 != .match || ce.actor == nil
                chosen += fitting.map { (ce, $0.0, $0.1) }
                notes.append("event: \(ce.type.rawValue) “\(ce.word)” ~ “\(best.0.word)”\(best.2 == .match ? " roles ✓" : " roles unstated")")
                if best.0.type != ce.type {
                    conflicts.append("“\(best.0.word)” ≠ “\(ce.word)”")
                } else if (ce.negation != nil) != (best.0.negation != nil) {
                    let said = best.0.negation.map { "\($0) \(best.0.word)" } ?? best.0.word
                    conflicts.append("source says “\(said)”, claim says “\(ce.negation.map { "\($0) \(ce.word)" } ?? ce.word)”")
                }
            } else if let reversed = ranked.first(where: { $0.2 == .reversed }), coverage == 1 {
                chosen.append((ce, reversed.0, reversed.1))
                conflicts.append(roleReason(ce, reversed.0))
                notes.append("roles: reversed in “\(reversed.0.word)”")
            } else {
                notes.append("event: \(ce.type.rawValue) here concerns someone else")
                // (Decisive when the source names the claim's participant only as the owner of the one it befalls: the
                // model, which reads "Lucy Grey's husband" as Lucy Grey, may not overrule it.)
                return Assessment(outcome: .silent, reason: "the \(ce.type.rawValue) here concerns someone else", score: ratio(matched, weight), notes: notes,
                                  decisive: namedOnlyAsOwner)
            }
        }

        // 3. Quantities, compared only against those attached to the chosen events (or any, for event-less claims).
        var quantityMissing: [String] = []
        // A figure "as of" another date is another fact: with a date the evidence does not state, numbers cannot conflict.
        // "After 71 reviews" dates the claim the same way.
        let timeMarks = claim.quantities.filter { FigureComparison.isTimeMark($0, in: claim) }
        let datesStated = claim.dates.allSatisfy(input.statesDate)
            && timeMarks.allSatisfy { cq in evidence.contains { $0.quantities.contains { cq.isComparable(with: $0) && $0.isWithin(cq) } } }
        var quantityConflicts: [String] = []
        var statedFigures: Set<String> = [], figureConflicts: [String: String] = [:]
        // "could face life" and "faces a maximum of life" name the same bound.
        let bothPossible = chosen.contains { Lexicon.hedgeKind($0.claim.hedge) == "possibility" && Lexicon.hedgeKind($0.evidence.hedge) == "possibility" }
        // Figures tied to an event are bound by it; free-standing ones by the noun they measure.
        let pools = claim.quantities.map { cq in
            let attached = candidateQuantities(for: cq, chosen: chosen, evidence: evidence)
            return (attached: attached, pool: chosen.isEmpty ? QuantityAttribute.sameAttribute(cq, in: claim, among: attached, evidence: evidence) : attached)
        }
        // Someone else's figure, or one given only as a forecast: neither states nor contradicts a claim's figure.
        // So is one yet to come ("will have increased again to $15") for a claim of an act done.
        let hearsay = Set(evidence.flatMap { unit in
            unit.quantities.filter { q in
                FigureComparison.isHearsay(q, in: unit) || tellsOfActDone && (Self.futureAuxiliary(over: q, in: unit) ?? Self.planAhead(over: q, in: unit)) != nil
            } + forecastFigures(in: unit)
        })
        // A figure of another time ("TGVs now in regular service run at up to 199mph", "handled 12 million passengers last
        // year") neither states nor contradicts a claim's figure yet to come ("will run at up to 224mph").
        let ofAnotherTime = figuresYetToCome.isEmpty ? [] : Set(evidence.flatMap { unit in unit.quantities.filter { Self.toldAsOtherTime($0, in: unit) } })
        let heard = { (cq: Quantity, e: Quantity) in hearsay.contains(e) || figuresYetToCome.contains(cq) && ofAnotherTime.contains(e) }
        // A change's size and a level are different figures whatever their values ("fell by 2,000 to 48,000" gives no
        // "fell to 2,000").
        let ofAnotherKind = { (cq: Quantity, e: Quantity) in
            evidence.first(where: { $0.quantities.contains(e) }).map { QuantityAttribute.differInKind(cq, in: claim, e, in: $0) } ?? false
        }
        let hits = zip(claim.quantities, pools).map { cq, p in
            p.pool.first { cq.isComparable(with: $0) && $0.whole == cq.whole && !heard(cq, $0) && !ofAnotherKind(cq, $0)
                && ((FigureComparison.spansPeriod(cq, in: claim, $0, in: evidence) ? $0.value == cq.value : $0.isWithin(cq))
                    || bothPossible && abs($0.value - cq.value) <= 1e-6 * max(1, cq.value)) }
        }
        // A running total ("killed since the war began") has no rival in one incident's count ("four people were killed").
        let totalAgainstIncident = claim.countsSoFar() && !evidence.contains { $0.countsSoFar(asEvidence: true) }
        for (n, cq) in claim.quantities.enumerated() {
            weight += 2
            let (attached, pool) = pools[n]
            // A figure that states another of the claim's figures is that one's, no rival to this one
            // ("files over 50 MB … images under 150 KB": 150 KB does not contradict 50 MB).
            // Whatever noun stands before it: "images under 150 KB" is stated by "files with a file size less than 150 KB".
            let statesAnother = { (q: Quantity) in claim.quantities.indices.contains { $0 != n && claim.quantities[$0].isComparable(with: q) && q.isWithin(claim.quantities[$0]) } }
            // A period with no event to bind it ("a seven-day rate") conflicts only with a period of the same thing.
            let rivals = (chosen.isEmpty && cq.kind == .duration && claim.events.isEmpty
                ? QuantityAttribute.sameAttribute(cq, in: claim, among: attached, evidence: evidence, strict: true) : pool)
                .filter { !statesAnother($0) && !(totalAgainstIncident && cq.kind == .amount) && !heard(cq, $0) }
                // "five of the 17 cooling towers" against "tested 17 cooling towers": the whole the share is of, no rival.
                .filter { e in !(cq.whole.map { e.low <= $0 && $0 <= e.high } ?? false) && !ofAnotherKind(cq, e) }
            // Another top of the same thing ("up to 6Tb" for "as much as 8Tb"); a point under it states no top.
            let topRival = cq.isCeiling ? rivals.first { r in
                cq.isComparable(with: r) && r.isCeiling && !r.isWithin(cq) && QuantityAttribute.measuresAlike(cq, in: claim, r, in: evidence)
            } : nil
            // One figure given twice ("at first estimated 200 metres but police said later it was 80 metres"): the
            // value in the clause that holds the claim's words is the claim's, whatever the words right beside each.
            let anchor = hits[n] ?? rivals.first { cq.isComparable(with: $0) }
            let clauseOwner = anchor.flatMap { anchor in
                evidence.lazy.compactMap { unit in
                    unit.quantities.first { q in
                        q != anchor && cq.isComparable(with: q) && q.unit == cq.unit && !heard(cq, q) && !ofAnotherKind(cq, q) && !statesAnother(q)
                            && QuantityOwner.clauseFavours(q, over: anchor, for: cq, claim: claim, in: unit)
                    }
                }.first
            }
            if let owner = clauseOwner, owner.isWithin(cq) {
                matched += 2
                statedFigures.insert(cq.display)
                notes.append("\(cq.kind.rawValue): \(cq.display) = \(owner.display) ✓ (in the clause with the claim's words)")
            } else if let owner = clauseOwner {
                quantityConflicts.append("\(owner.display) ≠ \(cq.display)")
                figureConflicts[cq.display] = owner.display
                notes.append("\(cq.kind.rawValue): \(owner.display) ≠ \(cq.display) ✗ (in the clause with the claim's words)")
            } else if let hit = hits[n], hit.isCeiling || topRival == nil {
                matched += 2
                statedFigures.insert(cq.display)
                notes.append("\(cq.kind.rawValue): \(cq.display) = \(hit.display) ✓")
            } else if let top = topRival,
                      pool.contains(where: { cq.isComparable(with: $0) && $0.isPlainFigure(at: cq.high) && QuantityAttribute.measuresAlike(cq, in: claim, $0, in: evidence) }) {
                // "as many as 5,000, … organisers claimed 20,000": the claim's top is a figure here, beside another top.
                notes.append("\(cq.kind.rawValue): \(top.display) beside \(cq.display) as a figure, not a top")
                quantityMissing.append(cq.display)
            } else if let top = topRival {
                // Two tops ("as much as 8Tb", "up to 6Tb") name one figure each: they differ, whatever lies under both.
                quantityConflicts.append("\(top.display) ≠ \(cq.display)")
                figureConflicts[cq.display] = top.display
                notes.append("\(cq.kind.rawValue): \(top.display) ≠ \(cq.display) ✗")
            } else if let vague = pool.first(where: { cq.isComparable(with: $0) && cq.agrees(with: $0) }) {
                notes.append("\(cq.kind.rawValue): \(vague.display) allows \(cq.display) but does not state it")
                quantityMissing.append(cq.display)
            } else if let part = pool.first(where: { cq.isComparable(with: $0) && $0.isShare(ofWholeWithin: cq) }) {
                // "won 8 out of 10 home games" counts the 8; what the 10 did it does not say.
                notes.append("\(cq.kind.rawValue): \(cq.display) is the whole \(part.display) is a share of")
                quantityMissing.append(cq.display)
            } else if let part = QuantityOwner.partGiven(for: cq, in: evidence) {
                // "500 new cases …, bringing the total to 12,000 cases": the claim's "500 cases" may be either.
                notes.append("\(cq.kind.rawValue): the source gives a part, \(part.display), beside any total")
                quantityMissing.append(cq.display)
            } else if let other = rivals.first(where: { cq.isComparable(with: $0) }),
                      // A count beside an event whose roles go unstated, in a sentence sharing little else, may count
                      // others: "five inmates who escaped from a … state prison" against "the prison houses 1,300 inmates".
                      // (A sum or a term is the event's own; a count of people is anyone's near it.)
                      !(rolesUnstated && cq.kind == .amount && !chosen.isEmpty && concepts.count >= 2 && coverage < Self.eventDateCoverage) {
                quantityConflicts.append("\(other.display) ≠ \(cq.display)")
                figureConflicts[cq.display] = other.display
                notes.append("\(cq.kind.rawValue): \(other.display) ≠ \(cq.display) ✗")
            } else {
                quantityMissing.append(cq.display)
            }
        }
        let claimDenies = claim.events.contains { $0.negation != nil }
        if claimDenies, !quantityConflicts.isEmpty {
            // "was not paid $2,500" against "was paid $25,000": the source does not say what the claim denies.
            notes.append("the claim denies \(claim.quantities.map(\.display).joined(separator: ", ")); the source gives another figure")
            return Assessment(outcome: .silent, reason: "gives \(quantityConflicts.joined(separator: "; ")), which the claim does not deny", score: ratio(matched, weight), notes: notes, decisive: true)
        }
        let figuresAlone = conflicts.isEmpty
        if datesStated {
            conflicts += quantityConflicts
        } else if !quantityConflicts.isEmpty {
            notes.append("numbers differ, but for a date the source does not state")
            return Assessment(outcome: .silent, reason: "gives \(quantityConflicts.joined(separator: "; ")) for another time than \((claim.dates.map(\.text) + timeMarks.map(\.display)).joined(separator: ", "))",
                              score: ratio(matched, weight), notes: notes, decisive: true)
        }

        // 4. Dates, likewise.
        // The strict pool once for all the claim's dates; the wider one (a superset) only when the strict has no match.
        let pool = claim.dates.isEmpty ? [] : candidateDates(chosen: chosen, evidence: evidence)
        for cd in claim.dates {
            weight += 2
            // A claim date far from its event ("ruled on August 13 that Amazon … sold") dates another verb:
            // any date of the evidence may state it.
            let unbound = !chosen.isEmpty && chosen.allSatisfy { distance($0.claim.trigger, cd.tokenRange) > Self.dateReach }
            let acrossBound = evidence.contains { $0.dates.contains { $0.isAcross(cd) } }
            if !acrossBound, let hit = pool.first(where: { $0.isWithin(cd) })
                ?? (unbound ? evidence.flatMap(\.dates).first(where: { $0.isWithin(cd) }) : nil)
                ?? candidateDates(chosen: chosen, evidence: evidence, nearby: true).first(where: { $0.isWithin(cd) })
                ?? (input.titleStates(cd) ? input.titleDates.first { $0.isWithin(cd) } : nil) {
                matched += 2
                notes.append("date: \(cd.normalized) ~ \(hit.text)\(hit.resolution.map { " (\($0))" } ?? "") ✓")
            } else if claim.events.isEmpty, !claimEntities.isEmpty,
                      // Figures the sentence states as the claim does leave the date the one thing to compare ("Kanlaon's
                      // last high emission, 11,556 tons, was on October 11" against "… was 11,556 tons last September 11").
                      // Not a count up to a day ("26 cases before 7 April" against "26 cases as of 7 April"): a running
                      // total may stand at one figure for days.
                      claim.quantities.allSatisfy({ statedFigures.contains($0.display) }),
                      claim.quantities.isEmpty || !cd.isStrictBound,
                      // The title's words count: "The film … was released in 2011" on a page titled "… (film)".
                      max(coverage, input.coverageWithTitle) >= 0.75, !claim.isSnapshotDate(cd),
                      // A day without a year ("released on January 21") is compared by month and day.
                      cd.days.map({ days in cd.isEndpoint || cd.isStartpoint || cd.isStrictBound || (days.lowerBound > 0 && days.upperBound < 99_991_231) }) ?? (cd.monthDay?.day != nil),
                      !pool.contains(where: { cd.isCompatible(with: $0) == true }),
                      let other = pool.first(where: { d in cd.contradicts(d) && !datesAnotherNoun(d, evidence) && !datesAnotherOccasion(d, evidence)
                          && (claim.quantities.isEmpty || !evidence.contains { $0.dates.contains(d) && $0.isSnapshotDate(d) }) }) {
                // A claim whose one value is a date ("a 2000 film"): another date for the same thing conflicts.
                conflicts.append("\(other.text)\(other.days != nil ? " (\(other.normalized))" : "") ≠ \(cd.text)")
                notes.append("date: \(other.normalized) ≠ \(cd.normalized) ✗")
            } else if !chosen.isEmpty, !pool.contains(where: { cd.isCompatible(with: $0) == true }),
                      !chosen.allSatisfy({ isReturnJourney($0.evidence, $0.unit) }),
                      // A sentence that shares the event and nothing else the claim says may date another act of it:
                      // "must report to federal prison by the end of March" against "was sentenced on Thursday to … prison".
                      concepts.count < 2 || coverage >= Self.eventDateCoverage,
                      let other = pool.first(where: { cd.contradicts($0) && !datesAnotherOccasion($0, evidence) }) {
                conflicts.append("\(other.text)\(other.days != nil ? " (\(other.normalized))" : "") ≠ \(cd.text)")
                notes.append("date: \(other.normalized) ≠ \(cd.normalized) ✗")
            } else {
                quantityMissing.append(cd.text)
            }
        }

        // 5. Opposites among the remaining words ("acquitted" for "convicted").
        // Only when everything else the claim says is there: "refused the money" against "accepted the money"; or, with
        // an event's share of the rest, where the opposite stands in the claim word's own slot ("our riders pay too much
        // of the cost" against "riders pay too little of the cost"). A claim that names no one needs both.
        // A manner adverb is the opposite act's too, or says how much: "has fallen sharply" against "has risen six fold".
        // A word the claim itself denies has no opposite to meet: "will simply not exist" is what "nonexistent" says.
        for c in concepts where !covered.contains(c) && !deniedConcepts.contains(c) {
            let rest = weightedCoverage(concepts.subtracting([c]).subtracting(mannerConcepts), covered)
            guard rest >= Self.eventCoverage, let a = opposites(of: c).first(where: evidenceConcepts.contains) else { continue }
            let slot = Self.sameSlot(c, in: claim, a, in: evidence)
            if claimEntities.isEmpty ? rest >= 0.8 && slot : rest >= 0.8 || slot {
                // (As written, not as stems: "much" is the opposite of "little", not of "littl".)
                let written = { (concept: String, units: [TextAnalysis]) in
                    units.lazy.compactMap { u in u.tokens.indices.first { u.tokens[$0].isWord && Thesaurus.concept(u.stems[$0]) == concept }.map { u.tokens[$0].lower } }.first ?? concept
                }
                conflicts.append("“\(written(a, evidence))” is the opposite of “\(written(c, [claim]))”")
            }
        }
        if !concepts.isEmpty { notes.append("words: \(covered.count)/\(concepts.count) of the claim's other words found") }

        let score = ratio(matched, weight)
        // (The claim has no event, so a negated event word of the source's is about something else: "never did jail time".)
        if conflicts.isEmpty, quantityMissing.isEmpty, claim.events.isEmpty {
            switch sentenceLevelNegation(evidence, coverage: coverage, topic: topic, eventWords: false, notes: &notes) {
            case .differs(let polarity)?: conflicts.append(polarity)
            case let other?: return assessment(other, conflictScore: score, hedgedScore: score, notes: notes)
            case nil: break
            }
        }
        if !conflicts.isEmpty {
            // Figures bound to an event ("was paid $25,000") are that event's; only free-standing ones may be another period's.
            let alone = claim.events.isEmpty && figuresAlone && datesStated && conflicts.count == quantityConflicts.count
            return Assessment(outcome: .conflict, reason: conflicts.joined(separator: "; "), score: score, notes: notes,
                              statedFigures: statedFigures, figureConflicts: alone ? figureConflicts : [:])
        }
        if !quantityMissing.isEmpty {
            notes.append("missing: \(quantityMissing.joined(separator: ", "))")
            return Assessment(outcome: .silent, reason: "does not give \(quantityMissing.joined(separator: ", "))", score: score, notes: notes, statedFigures: statedFigures)
        }
        // Without an event to compare, every word the claim says must be there: "a phone battery" is not stated by
        // "a laptop battery", however much else is shared. Paraphrase is the learned verifier's to read.
        // Whatever is decided from here, the figures the evidence states are reported with it.
        func stating(_ a: Assessment) -> Assessment { var a = a; a.statedFigures = statedFigures; return a }
        let needed = claim.events.isEmpty ? Self.eventlessCoverage : Self.eventCoverage
        guard coverage >= needed, claim.events.isEmpty ? !(claimEntities.isEmpty && concepts.isEmpty) : true else {
            return stating(Assessment(outcome: .silent, reason: "too little in common", score: score, notes: notes))
        }
        if claim.events.isEmpty, claimEntities.isEmpty || concepts.isEmpty, claim.quantities.isEmpty,
           claim.dates.isEmpty || !datesStated || !givesClaimsDate(evidence) || claim.hedgeCue(Lexicon.sentenceWideHedges) != nil {
            // Names alone, or words alone, do not state a fact; a date they are given on does ("take effect on March 1"),
            // unless the claim forecasts ("2024 will set new records").
            return stating(Assessment(outcome: .silent, reason: "names or words in common, but no stated fact", score: score, notes: notes))
        }
        // Last, who did what to whom (a parse, paid only here): an event-less claim's roles must be the evidence's, as
        // must an event's the names around it leave unstated ("Mallory's handler paid him $25,000" is no "Mallory paid").
        if claim.events.isEmpty || rolesUnstated, let finding = RoleComparer().compare(input) {
            notes.append(finding.note)
            return finding.isConflict ? Assessment(outcome: .conflict, reason: finding.reason, score: score, notes: notes)
                : Assessment(outcome: .silent, reason: finding.reason, score: score, notes: notes, decisive: true)
        }
        if let unread = unreadNumberMissing(evidence, notes: &notes) {
            return stating(Assessment(outcome: .silent, reason: "does not give \(unread)", score: score, notes: notes))
        }
        // The events agree, but the sentence denies what the claim says of them ("despite a dozen trips to Oaxaca …,
        // I've never learned to like the stuff").
        if !claim.events.isEmpty, let polarity = denialBesideTiedAgreement(evidence, coverage: coverage, topic: topic, notes: &notes) {
            return assessment(polarity, conflictScore: score, hedgedScore: score, notes: notes)
        }
        if claim.events.isEmpty, let other = dateOfAnotherVerb(evidence) {
            notes.append("date: the source gives it to “\(other)”")
            return stating(Assessment(outcome: .silent, reason: "gives that date to “\(other)”", score: score, notes: notes))
        }
        return stating(Assessment(outcome: .agreement, reason: agreementFragment(chosen, evidence), score: score, notes: notes))
    }

    /// The verb the evidence gives the claim's date to, when the claim gives it to another verb: "The ferry service,
    /// suspended on Mar. 3, resumes next week" dates the suspension, not the claim's "resumes on March 3". Only verbs on
    /// both sides (a noun's date, "a phone call on December 4, 1947", dates the whole scene), and no hedge.
    private func dateOfAnotherVerb(_ evidence: [TextAnalysis]) -> String? {
        let concepts = claim.concepts
        func verb(_ k: Int, _ a: TextAnalysis) -> Bool {
            let w = a.tokens[k].lower
            return !a.tokens[k].isCapitalized && WordNet.shared.isA(w, .verb) && !WordNet.shared.isMostlyNoun(w) && !Lexicon.hedgeCues.contains(w)
        }
        for cd in claim.dates {
            guard let own = Self.wordBefore(cd.tokenRange.lowerBound, in: claim), verb(own, claim) else { continue }
            let ownConcept = Thesaurus.concept(claim.stems[own])
            var other: String?
            var tied = false
            for unit in evidence {
                for ed in unit.dates where ed.isWithin(cd) {
                    guard let k = Self.wordBefore(ed.tokenRange.lowerBound, in: unit), verb(k, unit) else { tied = true; continue }
                    let concept = Thesaurus.concept(unit.stems[k])
                    if concept == ownConcept || concepts.contains(concept) { tied = true } else { other = other ?? unit.tokens[k].text }
                }
            }
            if !tied, let other { return other }
        }
        return nil
    }

    /// Whether the evidence's date is of an earlier time the thing happened, not the claim's: "The last time the Greek
    /// alphabet was used … was in 2005", "the previous eruption, in 1980", "for the first time since 2005". (Unless the
    /// claim speaks of such a time too.)
    private func datesAnotherOccasion(_ date: DateMention, _ evidence: [TextAnalysis]) -> Bool {
        guard let unit = evidence.first(where: { $0.dates.contains(date) }) else { return false }
        let words = unit.tokens[..<date.tokenRange.lowerBound].map(\.lower)
        let claimWords = claim.tokens.map(\.lower)
        return Self.otherOccasions.contains { phrase in
            Self.contains(words, phrase) && !Self.contains(claimWords, phrase)
        }
    }

    private static let otherOccasions: [[String]] = [["last", "time"], ["previous", "time"], ["time", "before"], ["first", "time", "since"],
                                                     ["previous", "one"], ["last", "one"], ["previously"]]

    private static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard words.count >= phrase.count else { return false }
        return (0...(words.count - phrase.count)).contains { i in words[i..<(i + phrase.count)].elementsEqual(phrase) }
    }

    /// A date written before a noun the claim does not use dates that noun: "a 26 December 2019 ruling" says
    /// nothing of when a block began.
    private func datesAnotherNoun(_ date: DateMention, _ evidence: [TextAnalysis]) -> Bool {
        guard let unit = evidence.first(where: { $0.dates.contains(date) }) else { return false }
        let i = date.tokenRange.upperBound, before = date.tokenRange.lowerBound - 1
        // Only a date inside a noun phrase ("a 26 December 2019 ruling", "the bank's 2019 report"); "In 1936 workers
        // completed the bridge" dates the sentence.
        guard before >= 0, Lexicon.articles.contains(unit.tokens[before].lower) || ["its", "their", "his", "her", "our"].contains(unit.tokens[before].lower)
                || unit.tokens[before].isPossessive else { return false }
        guard i < unit.tokens.count, unit.tokens[i].isWord, unit.tokens[i].text.first?.isLowercase == true, !unit.stems[i].isEmpty,
              !Lexicon.stopwords.contains(unit.tokens[i].lower), WordNet.shared.senseCount(unit.tokens[i].lower, .noun) > 0 else { return false }
        guard !claim.concepts.contains(Thesaurus.concept(unit.stems[i])) else { return false }
        // A preposition's object is another thing than the subject: "a film based on a 1987 novel" dates the novel.
        if before >= 1, Lexicon.prepositions.union(["of", "by", "to", "behind"]).contains(unit.tokens[before - 1].lower) { return true }
        // The phrase's head decides, not its first word: "a 2001 romantic comedy film" dates the film, and so its
        // release, however "romantic" reads alone.
        var j = i
        while j < unit.tokens.count, j - i < 6, unit.tokens[j].isWord, unit.tokens[j].text.first?.isLowercase == true,
              !Lexicon.stopwords.contains(unit.tokens[j].lower),
              WordNet.shared.senseCount(unit.tokens[j].lower, .noun) + WordNet.shared.senseCount(unit.tokens[j].lower, .adj) > 0 {
            if let verbs = Lexicon.datedNouns[unit.tokens[j].lower], !verbs.isDisjoint(with: claim.concepts) { return false }
            j += 1
        }
        return !(j > i + 1 && claim.concepts.contains(Thesaurus.concept(unit.stems[j - 1])))
    }

    /// A number of the claim that no figure reading took ("has infected 25,000 …" when the parser could not
    /// tell what it counts) and that the evidence does not write: without it the evidence does not state the claim.
    private func unreadNumberMissing(_ evidence: [TextAnalysis], notes: inout [String]) -> String? {
        // A vote spelled out ("voted three to one") writes its numbers too.
        let written = evidence.reduce(into: Set<String>()) { set, unit in
            set.formUnion(unit.writtenNumbers)
            for t in Tally.all(in: unit) { set.formUnion([t.first, t.second].filter { $0 == $0.rounded() }.map { String(Int($0)) }) }
        }
        guard let missing = claim.unreadNumbers.first(where: { !written.contains($0.replacingOccurrences(of: ",", with: "")) }) else { return nil }
        notes.append("number: \(missing) is not in the evidence")
        return missing
    }

    /// What a year before a dated noun says without its verb: "Ghost is a 1994 American romantic fantasy film" states
    /// when it was released, so a claim's "released" is there. The year and the noun must stand in one phrase.
    static func datedConcepts(_ evidence: [TextAnalysis]) -> Set<String> {
        var out: Set<String> = []
        for unit in evidence {
            for d in unit.dates where d.tokenRange.count == 1 && unit.tokens[d.tokenRange.lowerBound].kind == .number {
                var i = d.tokenRange.upperBound
                while i < unit.tokens.count, i - d.tokenRange.upperBound < 6, unit.tokens[i].isWord {
                    // A capitalised noun belongs to a name: "the 2007 Toronto International Film Festival" dates no film.
                    if unit.tokens[i].text.first?.isLowercase == true, let verbs = Lexicon.datedNouns[unit.tokens[i].lower] {
                        out.formUnion(verbs)
                        break
                    }
                    i += 1
                }
            }
        }
        return out
    }

    /// Whether a learned verifier may call this evidence an agreement: beside what the claim's own reading requires
    /// (`TextAnalysis.modelMayAgree`), the evidence must not say the opposite of one of the claim's words ("a strong
    /// fourth quarter" for "a weak fourth quarter"), nor give the claim's content as what someone says or ascribes
    /// ("Israel saying Hamas built the facility"): the model reads past both, the rules do not.
    func modelMayAgree(with evidence: [TextAnalysis], title: String) -> Bool {
        guard claim.modelMayAgree(with: evidence, title: title) else { return false }
        let said = evidence.reduce(into: Set<String>()) { $0.formUnion($1.allConcepts) }
        let concepts = claim.concepts
        let opposed = concepts.contains { c in !said.contains(c) && opposites(of: c).contains { said.contains($0) && !concepts.contains($0) } }
        let claimWords = Set(claim.tokens.map(\.lower))
        let ascribed = evidence.contains { $0.tokens.contains { Lexicon.ascribingVerbs.contains($0.lower) && !claimWords.contains($0.lower) } }
        // A place of the claim's that the sentence names only as something else ("A Texas man was arrested in Oklahoma
        // City" for "arrested in Texas"): the model reads the word, not where the act was.
        let placeUnsaid = claim.entities.contains { ce in
            ce.resolvedFrom == nil && Self.putsInPlace(ce, in: claim)
                && evidence.contains { unit in unit.entities.contains { ce.refers(to: $0) } }
                && !evidence.contains { unit in unit.entities.contains { ee in ce.refers(to: ee) && Self.namesAsPlace(ce, of: claim, ee, in: unit) } }
        }
        return !opposed && !ascribed && !placeUnsaid
    }

    /// The model may contradict the claim with this evidence: everyone the claim names is there, and the claim says
    /// no "not". Polarity is the rules' to compare (they read what the "not" applies to); the model reads a "not" in
    /// a claim as a cue for conflict whatever the evidence says ("Mallory did not cooperate with investigators").
    /// Nor where the evidence is about another version of a thing the claim names ("Python 2.4" for the claim's
    /// "Python 2.6") and the rules found no conflict in it: another version's dates and figures are its own.
    func modelMayConflict(with evidence: [TextAnalysis], title: String) -> Bool {
        claim.namesPeople(in: evidence, title: title) && !claim.saysNot && !namesAnotherVersion(evidence)
    }

    private func namesAnotherVersion(_ evidence: [TextAnalysis]) -> Bool {
        let named = evidence.flatMap(\.entities)
        return claim.entities.contains { mine in
            !named.contains { $0.key == mine.key } && !VersionComparison.rivals(of: mine, among: named).isEmpty
        }
    }

    /// A claim concept's opposites: WordNet's antonyms and the packs' pairs.
    private func opposites(of c: String) -> Set<String> {
        (antonyms[c] ?? []).union(Thesaurus.antonyms[c].map { [$0] } ?? []).union(Self.prefixOpposites(of: c))
    }

    /// A word and its negation by prefix ("confirmed" and "unconfirmed", "profit" and "nonprofit"), which WordNet
    /// mostly does not list.
    static func prefixOpposites(of c: String) -> Set<String> {
        // (A base of four letters at least: "union" is no "ion" negated.)
        var out: Set<String> = c.count >= 4 ? ["un" + c, "non" + c] : []
        for p in ["un", "non"] where c.hasPrefix(p) && c.count >= p.count + 4 { out.insert(String(c.dropFirst(p.count))) }
        return out
    }

    /// Verbs that carry no subject of their own at the head of an elliptical clause ("but is yet to", "and has never").
    static let auxiliaries: Set<String> = ["is", "was", "are", "were", "has", "had", "have", "does", "did", "do", "will", "would", "can", "could", "also", "still", "then", "so"]

    /// Words between a claim's event and a date it governs ("paid $25,000 in March 2017").
    static let dateReach = 8

    /// Share of a claim's words (by rarity) the evidence must have beside a matching event. (0.7 would keep "Wheatley
    /// will act as governor after Fahie's arrest" from "… will function as Acting Premier", but also drops "convicted
    /// by a federal jury" for "convicted by a jury", which Claims/ expects: a modifier and a predicate weigh alike here.)
    static let eventCoverage = 0.5

    /// Share of the claim's other words (by rarity) a sentence must have for its date of the claim's event, or a count
    /// beside an event whose roles it leaves unstated, to conflict.
    static let eventDateCoverage = 0.25

    /// Share of the claim's words a sentence that states its figure must have for a negation there to deny the claim
    /// ("despite a dozen trips to Oaxaca …, I've never learned to like the stuff": three of four).
    static let figureNegationCoverage = 0.6

    /// Share of an event-less claim's words (by rarity) the evidence must have for the rules to agree.
    static let eventlessCoverage = 0.95

    // MARK: - Helpers

    private func cue(_ a: TextAnalysis, _ set: Set<String>) -> String? { a.hedgeCue(set)?.text }

    /// Share of the claim's content words found, each weighted by its rarity.
    private func weightedCoverage(_ concepts: Set<String>, _ covered: Set<String>) -> Double {
        guard !concepts.isEmpty else { return 1 }
        let w = { (c: String) in conceptWeights[c] ?? 1 }
        let total = concepts.reduce(0) { $0 + w($1) }
        return total == 0 ? 1 : covered.reduce(0) { $0 + w($1) } / total
    }

    /// Hedges that may stand before a noun as its adjective ("alleged cracks", "suspected gunman").
    static let attributiveHedges: Set<String> = ["alleged", "suspected", "purported", "supposed", "reported", "presumed", "so-called"]

    /// Whether the hedge at `i` is an adjective of the noun right after it (not "was alleged", "alleged that").
    static func hedgesOnlyTheNounAfter(_ i: Int, in unit: TextAnalysis) -> Bool {
        let t = unit.tokens
        guard attributiveHedges.contains(t[i].lower), i + 1 < t.count, t[i + 1].isWord, t[i + 1].text.first?.isLowercase == true,
              !Lexicon.stopwords.contains(t[i + 1].lower), !unit.stems[i + 1].isEmpty, WordNet.shared.senseCount(t[i + 1].lower, .noun) > 0 else { return false }
        return !(i > 0 && (RoleComparer.passiveAuxiliaries.contains(t[i - 1].lower) || ["have", "has", "had"].contains(t[i - 1].lower)))
    }

    /// Whether the hedging adverb at `i` stands before an adjective, which alone it hedges.
    static func hedgesOnlyTheAdjectiveAfter(_ i: Int, in unit: TextAnalysis) -> Bool {
        let t = unit.tokens
        guard Lexicon.hedgeAdverbs.contains(t[i].lower), i + 1 < t.count, t[i + 1].isWord, t[i + 1].text.first?.isLowercase == true,
              !unit.stems[i + 1].isEmpty else { return false }
        if WordNet.shared.senseCount(t[i + 1].lower, .adj) > 0 && WordNet.shared.senseCount(t[i + 1].lower, .verb) == 0 { return true }
        // Or a participle between a determiner and its noun: "the reportedly injured striker", "the purportedly stolen painting".
        return i > 0 && EntityMention.possessiveDeterminers.contains(t[i - 1].lower) && i + 2 < t.count && t[i + 2].isWord
            && t[i + 2].text.first?.isLowercase == true && WordNet.shared.senseCount(t[i + 2].lower, .noun) > 0
    }

    /// Hedges that take back a figure or a name the rules compared: allegations, denials, seeming.
    static let figureHedges = Lexicon.subjectAllegations.union(Lexicon.seemingVerbs).union(Lexicon.hedgeAdverbs)

    /// Words that open another clause inside a sentence, which a guess before them does not reach.
    static let clauseJoiners: Set<String> = ["and", "but", "though", "although", "while", "whereas", "because", "before", "after", "which", "who"]

    /// Hedges that are tenses as much as guesses: a claim's "will" is the evidence's "would" ("announced it would close").
    static let tenses: Set<String> = ["will", "would", "'ll"]
    /// The sentence-wide hedges that are guesses only.
    static let guessesBeyondTenses = Lexicon.sentenceWideHedges.subtracting(tenses)

    /// For claims without a known event: a strong hedge governs the evidence when it stands before the
    /// claim's words in the same clause ("agencies believe [SASS] is a front"), or ends the sentence
    /// ("…, the department alleged").
    private func sentenceWideHedge(_ evidence: [TextAnalysis], claimEntities: [EntityMention], cues hedges: Set<String> = Lexicon.sentenceWideHedges,
                                   notes: inout [String]) -> Assessment.Outcome? {
        // The claim's own kinds of hedge are compared with the evidence's elsewhere ("may" as "could"); another kind
        // still hedges, and a future "will" is no guess ("the bridge will reopen" against "it is likely that the bridge
        // will reopen").
        var own = Set(claim.tokens.indices.filter { claim.isHedge($0, hedges) }.flatMap { [claim.tokens[$0].lower, Lexicon.hedgePhraseCue(claim.tokens, $0)].compactMap { $0 } })
        if !own.isDisjoint(with: Self.tenses) { own.formUnion(Self.tenses) }
        let ownKinds = Set(own.subtracting(Self.tenses).compactMap(Lexicon.hedgeKind))
        let hedges = hedges.filter { !own.contains($0) && !(Lexicon.hedgeKind($0).map(ownKinds.contains) ?? false) }
        let concepts = claim.concepts
        for unit in evidence {
            let nameAnchors = unit.tokens.indices.filter { i in unit.entities.contains { e in e.tokenRange.contains(i) && claimEntities.contains { $0.refers(to: e) } } }
            let anchors = unit.tokens.indices.filter { i in
                (unit.tokens[i].isWord && concepts.contains(Thesaurus.concept(unit.stems[i])))
                    || unit.entities.contains { e in e.tokenRange.contains(i) && claimEntities.contains { $0.refers(to: e) } }
            }
            // The claim's own verb said only as what was tried: "a last-ditch effort to save an American icon" does not
            // say Sears was saved (and hedges nothing else the sentence says: it has filed for bankruptcy).
            if let verb = unit.tokens.indices.lazy.compactMap({ Lexicon.attemptedVerb(unit.tokens, at: $0) }).first(where: { v in
                let concept = Thesaurus.concept(unit.stems[v])
                return concepts.contains(concept) && !unit.tokens.indices.contains { $0 != v && unit.tokens[$0].isWord && Thesaurus.concept(unit.stems[$0]) == concept }
            }) {
                notes.append("hedge: “\(unit.tokens[verb].text)” only as what was tried")
                return .hedged(TextSafety.clip(unit.text, 80))
            }
            // What a party calls itself is its own description: "Guinness, which calls itself the “global authority on
            // record-breaking”" does not say it is one.
            if !claim.tokens.indices.contains(where: { Lexicon.namesItself(claim.tokens, at: $0) }),
               let r = unit.tokens.indices.first(where: { Lexicon.namesItself(unit.tokens, at: $0) }),
               anchors.contains(where: { a in a > r && !(r..<a).contains { Lexicon.clauseBreaks.contains(unit.tokens[$0].text) } }) {
                notes.append("hedge: “\(unit.tokens[r - 1].text) \(unit.tokens[r].text)” only describes")
                return .hedged(TextSafety.clip(unit.text, 80))
            }
            // The claim's own verb told as yet to come, for a claim of an act done: "The Harbor Bridge, which opened in
            // 1998, will close for repairs in May" has closed nothing yet.
            if tellsOfActDone, let (v, _) = Self.verbYetToCome(of: concepts, in: unit) {
                notes.append("hedge: “\(unit.tokens[v].text)” is yet to come")
                return .hedged(TextSafety.clip(unit.text, 80))
            }
            // A hedge inside a quotation governs the quoted words, not the attribution around it ("… should send a message," said Dana Boente).
            let quote = Self.quotationSpans(unit)
            for (i, t) in unit.tokens.enumerated() where unit.isHedge(i, hedges) {
                // "alleged cracks in its Aadhaar system": a hedge written before a noun hedges that noun, not the rest.
                // So does an adverb before an adjective: "the ostensibly independent panel found 12 violations".
                if Self.hedgesOnlyTheNounAfter(i, in: unit) || Self.hedgesOnlyTheAdjectiveAfter(i, in: unit),
                   !concepts.contains(Thesaurus.concept(unit.stems[i + 1])) { continue }
                // A modal in a clause that says when or why ("resigned …, before he could be impeached") hedges only that clause.
                // Only a clause after a comma that opens with the word ("After the merger the company could cut …" is hedged).
                let clauseStart = unit.clauseStart(before: i)
                if clauseStart > 0, clauseStart < i, Lexicon.circumstanceOpeners.contains(unit.tokens[clauseStart].lower) { continue }
                // (A claim's own "will" makes a guess at the end another clause's: "will not reopen, the company said,
                // warning that more layoffs could follow".)
                let tail = i >= unit.tokens.count - 4 && own.isDisjoint(with: Self.tenses)
                let sameClause = { (a: Int) in quote[a] == quote[i] && !(min(a, i)..<max(a, i)).contains { Lexicon.clauseBreaks.contains(unit.tokens[$0].text) } }
                let inScope = { (a: Int) in a > i && sameClause(a) }
                // With names in the claim, the hedge must reach one of them: a quote's "would" says nothing of its speaker's title.
                // A modal governs its own clause's subject too: "the Android/Filecoder.C ransomware could become a serious threat".
                // So does a future "will" ("In February, WCTS will begin a series" has begun nothing yet).
                // So does a plan or an expectation before "to" ("Dana Quill is due to open a bakery", "… was expected to win"),
                // when it is the clause's own verb: not an allegation, and not inside a relative clause ("Amazon banned
                // products that claimed to cure …").
                let modal = Lexicon.modals.contains(t.lower) || t.lower == "will"
                let planBeforeTo = i + 1 < unit.tokens.count && unit.tokens[i + 1].lower == "to" && Lexicon.hedgeKind(t.lower) == "possibility"
                let subjectsClause = { (a: Int) in !(a..<i).contains { Self.relativePronouns.contains(unit.tokens[$0].lower) } }
                // An allegation or a denial pinned on the clause's subject hedges what follows ("Reed was accused of taking bribes").
                let allegation = Lexicon.subjectAllegations.contains(t.lower)
                let modalOverSubject = (modal || planBeforeTo || allegation) && nameAnchors.contains { $0 < i && sameClause($0) && (modal || subjectsClause($0)) }
                    && anchors.contains(where: inScope)
                // A sentence that names none of the claim's names (the page's title stands for them) is hedged where the
                // claim's words are: "The film was meant to be followed by a spin-off sitcom" on Clueless's page.
                let titleSubject = nameAnchors.isEmpty && anchors.contains(where: inScope)
                // An allegation that opens the sentence hedges its own clause ("Accused of doping, Petrov withdrew").
                let opener = i == 0 && allegation && anchors.contains(where: inScope)
                // Inside a quotation, "I" and "we" are its speaker: "'I will thank the team,' Piccard said" has thanked no one yet.
                let speakerModal = modal && i >= 1 && quote[i] != 0 && ["i", "we"].contains(unit.tokens[i - 1].lower)
                    && nameAnchors.contains { quote[$0] != quote[i] } && anchors.contains(where: inScope)
                // An adverb of seeming or report hedges the claim's word it stands before: "his seemingly endless trivia knowledge".
                let adverbOverWord = Lexicon.hedgeAdverbs.contains(t.lower) && anchors.contains(i + 1)
                let governs = claimEntities.isEmpty ? anchors.contains(where: inScope)
                    : nameAnchors.contains(where: inScope) || modalOverSubject || titleSubject || opener || speakerModal || adverbOverWord
                if tail || governs {
                    notes.append("hedge: “\(t.text)” governs the evidence")
                    return .hedged(TextSafety.clip(unit.text, 80))
                }
            }
        }
        return nil
    }

    /// The forecast noun governing the evidence figure a finding rests on ("projection at 6.7 per cent", "a target of
    /// 2%"), with its sentence, when the claim itself names no forecast nor guess.
    private func forecastOverFigure(_ evidence: [TextAnalysis], finding: Finding) -> (cue: String, unit: TextAnalysis)? {
        for unit in evidence {
            for q in Self.quoted(by: finding, among: forecastFigures(in: unit)) {
                if let n = forecastNoun(over: q, in: unit) { return (unit.tokens[n].text, unit) }
            }
        }
        return nil
    }

    /// The figures among `candidates` that a figure finding quotes as the evidence's ("$50,000" of "$50,000 ≠ $25,000").
    private static func quoted(by finding: Finding, among candidates: [Quantity], claimSide: Bool = false) -> [Quantity] {
        switch finding {
        case .conflict(.figure, let claimed, let said), .agreement(.figure, let claimed, let said):
            let text = claimSide ? claimed : said
            return candidates.filter { text.contains($0.text) || text.contains($0.display) }
        default:
            return []
        }
    }

    /// The future auxiliary in the evidence figure's own clause, a few words before it, when the claim tells of an act
    /// done: no future, no hedge, and no present tense ("The budget adds 250 jobs" describes a plan as "will add" does).
    private func futureOverFigure(_ evidence: [TextAnalysis], finding: Finding) -> (cue: String, unit: TextAnalysis)? {
        guard tellsOfActDone else { return nil }
        let concepts = claim.concepts
        for unit in evidence {
            for q in Self.quoted(by: finding, among: unit.quantities) {
                if let k = Self.futureAuxiliary(over: q, in: unit) ?? Self.planAhead(over: q, in: unit) { return (unit.tokens[k].text, unit) }
            }
            // The claim's own verb told as yet to come: "The time shift will be marked by the ringing of church bells across
            // Samoa's two main islands" has marked nothing with them.
            if let (_, k) = Self.verbYetToCome(of: concepts, in: unit) { return (unit.tokens[k].text, unit) }
        }
        return nil
    }

    /// Whether the claim tells of an act done: no future, no hedge, and no present tense.
    /// (A past tense settles it: "Bus fares rose to $3" tells of an act done, whatever "fares" might be as a verb.)
    static func tellsOfActDone(_ claim: TextAnalysis) -> Bool {
        guard claim.hedgeCue(Lexicon.sentenceWideHedges) == nil, !claim.tokens.contains(where: { Self.futures.contains($0.lower) }),
              // (A perfect is an act done: "has brought 170 jobs".)
              !claim.tokens.indices.contains(where: { ["is", "are", "does", "do", "has", "have"].contains(claim.tokens[$0].lower) && !isPerfect($0, in: claim) }),
              // ("was estimated to gross …" is a forecast, told in the past.)
              !claim.tokens.indices.contains(where: { claim.isHedge($0, Lexicon.hedgeCues) || Lexicon.forecastNouns.contains(claim.tokens[$0].lower)
                  || ["estimated", "projected"].contains(claim.tokens[$0].lower) })
        else { return false }
        let past = claim.tokens.indices.contains { isPerfect($0, in: claim) } || claim.tokens.contains { t in
            t.isWord && t.text.first?.isLowercase == true && (["was", "were", "did", "had"].contains(t.lower)
                || (t.lower.hasSuffix("ed") || WordNet.shared.isIrregularVerbForm(t.lower) && !t.lower.hasSuffix("s")) && WordNet.shared.senseCount(t.lower, .verb) > 0)
        }
        return past || !claim.tokens.contains(where: { t in
            t.isWord && t.text.first?.isLowercase == true && t.lower.hasSuffix("s")
                && !t.lower.hasSuffix("ss") && WordNet.shared.senseCount(t.lower, .verb) > 0 && !WordNet.shared.isMostlyNoun(t.lower)
        })
    }

    /// Whether the "has" or "have" at `i` makes a perfect: a past participle follows, past an adverb or two ("has already
    /// brought", "have been"), not a noun ("has 60,000 seats").
    static func isPerfect(_ i: Int, in a: TextAnalysis) -> Bool {
        let t = a.tokens
        guard ["has", "have"].contains(t[i].lower) else { return false }
        var k = i + 1
        while k < t.count, k - i <= 2, WordNet.shared.isA(t[k].lower, .adv) && !t[k].lower.hasSuffix("ed") { k += 1 }
        guard k < t.count, t[k].isWord, t[k].text.first?.isLowercase == true else { return false }
        let w = t[k].lower
        // (A participle written as its verb, "has cut", "has set", is a verb more than a noun.)
        return w == "been" || (w.hasSuffix("ed") || WordNet.shared.isIrregularVerbForm(w) && !w.hasSuffix("s")
            || !w.hasSuffix("s") && !WordNet.shared.isMostlyNoun(w)) && WordNet.shared.senseCount(w, .verb) > 0
    }

    /// The future auxiliary in a figure's own clause, a few words before it ("will have increased again to $15").
    static func futureAuxiliary(over q: Quantity, in unit: TextAnalysis, auxiliaries: Set<String> = futures) -> Int? {
        leadIn(to: q, in: unit).last { auxiliaries.contains(unit.tokens[$0].lower) }.flatMap { Lexicon.tellsOfLater(unit.tokens, $0) ? nil : $0 }
    }

    /// The words of a figure's own clause before it, at most eight: where its tense, plan or time is told.
    static func leadIn(to q: Quantity, in unit: TextAnalysis) -> Range<Int> {
        let start = q.tokenRange.lowerBound
        return max(unit.clauseStart(before: start, openers: Self.clauseJoiners), start - 8)..<start
    }

    /// Whether the claim's word `c` and the evidence's `a` follow the same word ("too little" and "too much"), one that
    /// is no article, so the opposite fills the claim word's slot.
    static func sameSlot(_ c: String, in claim: TextAnalysis, _ a: String, in evidence: [TextAnalysis]) -> Bool {
        let before = { (unit: TextAnalysis, concept: String) -> Set<String> in
            Set(unit.tokens.indices.filter { $0 > 0 && unit.tokens[$0].isWord && Thesaurus.concept(unit.stems[$0]) == concept }
                .map { unit.tokens[$0 - 1] }.filter { $0.isWord && !Lexicon.articles.contains($0.lower) }.map(\.lower))
        }
        let claimed = before(claim, c)
        return !claimed.isEmpty && evidence.contains { !before($0, a).isDisjoint(with: claimed) }
    }

    /// Whether an evidence figure is told as yet to come, by an auxiliary or a plan: "will rise to", "are to be increased
    /// to a maximum of £10,000", "is set to reach", "is expected to hit".
    static func toldAsFuture(_ q: Quantity, in unit: TextAnalysis) -> Bool {
        if futureAuxiliary(over: q, in: unit) != nil { return true }
        let t = unit.tokens, words = leadIn(to: q, in: unit)
        return words.contains { k in
            Self.plansAhead.contains(t[k].lower) || ["is", "are", "was", "were"].contains(t[k].lower) && k + 1 < words.upperBound && t[k + 1].lower == "to"
        }
    }

    /// Whether an evidence figure is told as of today or the past, and not as yet to come: a word of the present or the
    /// past in its clause ("now in regular service run at up to 199mph", "last year handled 12 million") or a past tense
    /// ("handled"). A figure with no such mark may be the plan's ("will rise by 35 cents, to $3.10").
    static func toldAsOtherTime(_ q: Quantity, in unit: TextAnalysis) -> Bool {
        guard !toldAsFuture(q, in: unit) else { return false }
        let t = unit.tokens
        return leadIn(to: q, in: unit).contains { k in
            Self.otherTimeWords.contains(t[k].lower)
                || t[k].text.first?.isLowercase == true && t[k].lower.hasSuffix("ed") && t[k].lower.count > 4 && WordNet.shared.isA(t[k].lower, .verb)
                    && (k == 0 || !Lexicon.articles.contains(t[k - 1].lower))
        }
    }

    /// Words that put a figure in the present or the past.
    static let otherTimeWords: Set<String> = ["now", "currently", "today", "presently", "last", "ago", "previous", "previously", "earlier",
                                              "already", "formerly", "was", "were", "had"]

    /// Words that put what follows ahead: a plan, a schedule, a forecast.
    /// A word of plan or forecast in a figure's own clause ("is projected to cut emissions by 8 percent", "aims to raise
    /// $2 million"): what is planned is not yet done.
    static func planAhead(over q: Quantity, in unit: TextAnalysis) -> Int? {
        let t = unit.tokens
        // ("due to the storm" gives a cause.)
        return leadIn(to: q, in: unit).first { k in plansAhead.contains(t[k].lower) && t[k].lower != "due" && k + 1 < t.count && t[k + 1].lower == "to" }
    }

    static let plansAhead: Set<String> = ["set", "due", "plans", "planned", "planning", "scheduled", "expected", "forecast", "projected", "going", "aims", "targets"]

    /// Whether a claim's figure is governed by "will" or "shall" (a claim's "would" is reported or conditional: "Yamey
    /// said students would be tested once a week").
    static func yetToCome(_ q: Quantity, in claim: TextAnalysis) -> Bool {
        futureAuxiliary(over: q, in: claim, auxiliaries: Lexicon.futureAuxiliaries) != nil
    }

    /// The first verb of `unit` among the claim's concepts that a future auxiliary governs, with that auxiliary.
    static func verbYetToCome(of concepts: Set<String>, in unit: TextAnalysis) -> (verb: Int, auxiliary: Int)? {
        for v in unit.tokens.indices where unit.tokens[v].isWord && unit.tokens[v].text.first?.isLowercase == true
            && concepts.contains(Thesaurus.concept(unit.stems[v])) && WordNet.shared.senseCount(unit.tokens[v].lower, .verb) > 0 {
            if let k = futureAuxiliary(before: v, in: unit.tokens) { return (v, k) }
        }
        return nil
    }

    /// The future auxiliary of the verb at `v` ("will be marked", "would soon open"), with at most two words between
    /// that leave it the auxiliary's verb.
    static func futureAuxiliary(before v: Int, in t: [Token]) -> Int? {
        var k = v - 1
        while k >= 0, v - k <= 3 {
            if futures.contains(t[k].lower) { return Lexicon.tellsOfLater(t, k) ? nil : k }
            guard ["be", "have", "been", "not", "also", "soon", "then", "first"].contains(t[k].lower) || (t[k].lower.hasSuffix("ly") && t[k].lower.count > 3) else { return nil }
            k -= 1
        }
        return nil
    }

    /// Auxiliaries of what is yet to happen, also as reported ("said it would").
    static let futures = Lexicon.futureAuxiliaries.union(["would"])

    /// The figures of `unit` given only as a forecast or a target, for a claim that states a figure as fact.
    private func forecastFigures(in unit: TextAnalysis) -> [Quantity] {
        guard !claim.quantities.isEmpty,
              !claim.tokens.contains(where: { Lexicon.forecastNouns.contains($0.lower) || Self.guessesBeyondTenses.contains($0.lower) }) else { return [] }
        return unit.quantities.filter { q in claim.quantities.contains { $0.kind == q.kind } && forecastNoun(over: q, in: unit) != nil }
    }

    /// The forecast noun in the figure's own clause, up to 14 words back: "the GDP growth forecast for the current
    /// financial year (FY23) is seen at 6.8 per cent". Not past a clause break or a word that opens another clause
    /// ("raised its guidance after revenue rose 12%", "beat its sales target by selling 1.2 million cars"); not a noun's
    /// modifier ("the forecast storm dumped 80 millimetres") nor a name ("Target rival Walmart").
    private func forecastNoun(over q: Quantity, in unit: TextAnalysis) -> Int? {
        let i = q.tokenRange.lowerBound, t = unit.tokens
        guard let n = (max(0, i - 14)..<i).reversed().first(where: { Lexicon.forecastNouns.contains(t[$0].lower) }),
              !t[n].isCapitalized, !unit.entities.contains(where: { $0.tokenRange.contains(n) }),
              !(n + 1 < i && t[n + 1].isWord && !Lexicon.stopwords.contains(t[n + 1].lower) && WordNet.shared.isMostlyNoun(t[n + 1].lower)),
              !(n..<i).contains(where: { Lexicon.clauseBreaks.contains(t[$0].text) || [":", "and", "but", "while", "by"].contains(t[$0].lower)
                                           || Lexicon.scopeBreakers.contains(t[$0].lower) }),
              // A verb of its own between them says what happened ("The forecast storm dumped 80 millimetres"); a copula's
              // participle gives the forecast ("is seen at 6.8 per cent").
              !((n + 1)..<i).contains(where: { k in
                  (t[k].lower.hasSuffix("ed") || WordNet.shared.isIrregularVerbForm(t[k].lower)) && WordNet.shared.senseCount(t[k].lower, .verb) > 0
                      && !(k > 0 && Lexicon.isCopula(t[k - 1])) })
        else { return nil }
        return n
    }

    /// Whether the evidence gives each of the claim's dates to what the claim says happened on it: the word the claim's
    /// date follows ("take effect on March 1") stands just before a date of the evidence that lies within it, and the
    /// claim's other words all come before that date, after any ";" ("The board approved the fares on March 1, and they
    /// take effect in July" dates the approval; "The old fares took effect on March 1, and the new fares …" the old fares).
    private func givesClaimsDate(_ evidence: [TextAnalysis]) -> Bool {
        let concepts = claim.concepts
        return claim.dates.allSatisfy { cd in
            guard let word = Self.wordBefore(cd.tokenRange.lowerBound, in: claim) else { return false }
            return evidence.contains { unit in
                unit.dates.contains { ed in
                    guard ed.isWithin(cd), let k = Self.wordBefore(ed.tokenRange.lowerBound, in: unit),
                          Thesaurus.concept(unit.stems[k]) == Thesaurus.concept(claim.stems[word]) else { return false }
                    let start = (unit.tokens[..<k].lastIndex { $0.text == ";" } ?? -1) + 1
                    let before = Set((start..<ed.tokenRange.lowerBound).filter { unit.tokens[$0].isWord }.map { Thesaurus.concept(unit.stems[$0]) })
                    return concepts.isSubset(of: before)
                }
            }
        }
    }

    /// The content word a date follows, past prepositions and articles ("effect" in "take effect on March 1"), if it
    /// stands within three words.
    private static func wordBefore(_ i: Int, in a: TextAnalysis) -> Int? {
        var k = i - 1
        while k >= 0, k >= i - 3, !a.tokens[k].isWord || Lexicon.stopwords.contains(a.tokens[k].lower) { k -= 1 }
        return k >= 0 && k >= i - 3 && a.tokens[k].isWord && !a.stems[k].isEmpty ? k : nil
    }

    /// Words that open a relative clause, whose verb is not its sentence's subject's.
    static let relativePronouns: Set<String> = ["that", "who", "which", "whom", "whose"]

    /// For each token, the number of the quotation it stands in (0 outside quotes), read from the text's quotation marks.
    static func quotationSpans(_ a: TextAnalysis) -> [Int] {
        var opened = 0, current = 0
        var marks: [(offset: Int, span: Int)] = []
        for (offset, c) in a.text.enumerated() where c == "“" || c == "”" || c == "\"" {
            if c == "“" || (c == "\"" && current == 0) { opened += 1; current = opened } else { current = 0 }
            marks.append((offset, current))
        }
        return a.tokens.map { t in marks.last(where: { $0.offset < t.start })?.span ?? 0 }
    }

    /// What a negation on one side only makes of the pair: a conflict with its reason, or nothing stated when the
    /// sentence only guesses (its clipped text, for "only hedged").
    enum Polarity {
        case differs(String), guessed(String)
        /// The claim's refusal said with another verb of turning down: neither the same words nor a denial (the model
        /// reads the paraphrase).
        case refusedOtherwise(String)
    }

    /// The assessment a polarity finding decides.
    private func assessment(_ polarity: Polarity, conflictScore: Double, hedgedScore: Double, notes: [String]) -> Assessment {
        switch polarity {
        case .differs(let reason): return Assessment(outcome: .conflict, reason: reason, score: conflictScore, notes: notes)
        case .guessed(let sentence): return Assessment(outcome: .hedged(sentence), reason: "", score: hedgedScore, notes: notes)
        case .refusedOtherwise(let verb): return Assessment(outcome: .silent, reason: "turns it down as “\(verb)”", score: hedgedScore, notes: notes)
        }
    }

    /// A negation beside an agreement that a stated figure or matched events already tie to the claim: less of the
    /// claim's words need be there, and the events' own polarity was compared already.
    private func denialBesideTiedAgreement(_ evidence: [TextAnalysis], coverage: Double, topic: String, notes: inout [String]) -> Polarity? {
        sentenceLevelNegation(evidence, coverage: coverage, topic: topic, minimumCoverage: Self.figureNegationCoverage, eventWords: claim.events.isEmpty, notes: &notes)
    }

    /// A negation on one side only, once the words match (for claims without a known event, or beside a tied agreement).
    /// - Parameter minimumCoverage: how much of the claim the sentence must say for its negation to deny the claim.
    /// - Parameter eventWords: whether a negation before an event word counts (not where the events were compared already).
    private func sentenceLevelNegation(_ evidence: [TextAnalysis], coverage: Double, topic: String, minimumCoverage: Double = 0.8, eventWords: Bool = true,
                                       notes: inout [String]) -> Polarity? {
        // Names alone ("Mallory is 60") give a negation elsewhere in the sentence nothing to deny.
        guard coverage >= minimumCoverage, !claim.concepts.isEmpty else { return nil }
        let concepts = claim.concepts
        // A negation counts when it stands just before one of the claim's words, in the same clause.
        let names = claim.entities.filter { $0.resolvedFrom == nil }
        func negated(_ a: TextAnalysis) -> Bool {
            a.tokens.indices.contains { i in
                let w = a.tokens[i].lower
                let next = i + 1 < a.tokens.count ? a.tokens[i + 1].lower : ""
                // "rather than the voters", "instead of the voters" deny as "not elected by voters" does.
                // ("none other than Tom Hanks" and "several languages other than English" affirm.)
                let affirming = w == "other" && a.tokens[max(0, i - 2)..<i].contains { Lexicon.affirmingBeforeOther.contains($0.lower) }
                let privative = Lexicon.privativeVerbs.contains(w) || Lexicon.privativeBeforeFrom.contains(w) && next == "from"
                    || Lexicon.refuses(a.tokens, at: i)
                // "failed to release", "declined to comment": a verb of not doing, before "to", denies what follows.
                let isCue = Lexicon.negates(a.tokens, at: i, cues: Lexicon.plainNegations) || (w == "yet" && next == "to") || privative
                    || Lexicon.failingVerbs.contains(w) && next == "to"
                    || Lexicon.contrastCues[w] == next && !affirming
                guard isCue else { return false }
                // With names in the claim, the negated clause must be about one of them: "whereas Yugoslavia is no longer
                // part of the group" denies nothing of Peru.
                if !names.isEmpty, a.text != claim.text {
                    let breaks: Set<String> = [",", ";", "—", "–", "whereas", "while", "but"]
                    let lo = (a.tokens[..<i].lastIndex { breaks.contains($0.lower) } ?? -1) + 1
                    let hi = a.tokens[(i + 1)...].firstIndex { breaks.contains($0.lower) } ?? a.tokens.count
                    // A clause that opens with the negation (", not elected by voters"), or with only auxiliaries before it
                    // ("…, but is yet to land a role"), is elliptical: its subject is the sentence's.
                    let elliptical = a.tokens[lo..<i].allSatisfy { Self.auxiliaries.contains($0.lower) }
                    let (from, to) = elliptical ? (0, a.tokens.count) : (lo, hi)
                    let inClause = a.entities.filter { e in e.tokenRange.lowerBound >= from && e.tokenRange.upperBound <= to }
                    // A sentence that names no one, of a source whose title names the claim's subject, is about that subject
                    // ("He has featured in …, but is yet to land a role in a film" on Howard's page).
                    // So is one that speaks of its subject by pronoun before naming anyone ("Throughout his career, he has
                    // been nominated for several awards, … but has failed to win a single one").
                    let titleSubject = (a.entities.isEmpty || Topic.subjectLeads([a])) && names.allSatisfy { Topic.names($0, title: topic) }
                    // A clause that names no one ("I've never learned to like the stuff") is about the sentence's names.
                    let sentenceSubject = inClause.isEmpty && a.entities.contains { e in names.contains { $0.refers(to: e) } }
                    guard titleSubject || sentenceSubject || inClause.contains(where: { e in names.contains { $0.refers(to: e) } }) else { return false }
                }
                // (An idiomatic verb widens the window by its own word: "do not have to bring their own medication".)
                var reach = i + 6, j = i
                while j + 1 < min(a.tokens.count, reach) {
                    j += 1
                    let concept = Thesaurus.concept(a.stems[j]), idiomatic = Lexicon.idiomaticVerbs.contains(concept)
                    if idiomatic { reach += 1 }
                    if Lexicon.clauseBreaks.contains(a.tokens[j].text) { return false }
                    // What follows "before" or "since" is when, not what is denied: "no precursory seismicity before the
                    // eruption" says the eruption happened, "never charged because the evidence was lost" that it was lost.
                    // Only after what is denied: "Not before 2012", "No one who took the drug died", "Not even when prices
                    // fell" deny across the word. (The claim's own word before it is denied: "Nothing was found when …"
                    // against "Police found drugs when …".)
                    if j > i + 1, Lexicon.scopeBreakers.contains(a.tokens[j].lower) {
                        let denied = ((i + 1)..<j).filter { k in a.tokens[k].isWord && !Lexicon.stopwords.contains(a.tokens[k].lower)
                            && !Self.auxiliaries.contains(a.tokens[k].lower) && !["one", "ones", "body", "thing", "even"].contains(a.tokens[k].lower) }
                        if !denied.isEmpty { return denied.contains { k in claim.stems.contains(a.stems[k]) && !Lexicon.idiomaticVerbs.contains(Thesaurus.concept(a.stems[k])) } }
                    }
                    // A privative verb denies only its own object ("forgo the fees in favour of bus lanes").
                    if privative, j > i + 1, Lexicon.privativeObjectEnds.contains(a.tokens[j].lower) { return false }
                    // (Not an idiomatic verb alone: "so that we don't go 20 more years without a raise" denies nothing of
                    // "inflation will go on affecting retirees".)
                    if a.tokens[j].isWord, concepts.contains(concept) && !idiomatic
                        || eventWords && Lexicon.triggers[a.tokens[j].lower] != nil { return true }
                    // "in languages other than English" denies the claim's "in English" (a contrast's name only: "not
                    // Smith's fault" says nothing of Smith).
                    if Lexicon.contrastCues[w] == next, a.entities.contains(where: { e in e.tokenRange.lowerBound == j && names.contains { $0.refers(to: e) } }) { return true }
                }
                return false
            }
        }
        let claimNegated = negated(claim)
        let evidenceNegated = evidence.contains(where: negated)
        guard claimNegated != evidenceNegated else { return nil }
        // A claim's refusal ("refuses to be a singer") said with another verb of turning down ("rejected offers to be a
        // singer") is the same refusal.
        // Only a verb that turns down the claim's own thing, in its clause ("turned" only as "turned down"), and not in a
        // sentence that says the claim's verb was agreed to.
        if claimNegated, claim.tokens.contains(where: { Lexicon.failingVerbs.contains($0.lower) }),
           let verb = evidence.lazy.compactMap({ Self.refusal(of: concepts, in: $0) }).first {
            notes.append("polarity: the claim's refusal, said as “\(verb)”")
            return .refusedOtherwise(verb)
        }
        // A guess the claim does not share ("it is more likely than not that the bridge will reopen", "may not reopen")
        // neither states nor denies. ("Will" and "would" are tenses as much as guesses; what a party alleges is
        // compared as the rest of its account is.)
        let guesses = Self.guessesBeyondTenses.subtracting(Lexicon.attributionHedges)
        let claimGuesses = Set(claim.tokens.indices.filter { claim.isHedge($0, guesses) }.map { claim.tokens[$0].lower })
        // The sentence that denies, or else the one that says most of the claim, not a neighbour in the same quotation.
        let saying = evidenceNegated ? evidence.filter(negated)
            : evidence.max { $0.concepts.intersection(concepts).count < $1.concepts.intersection(concepts).count }.map { [$0] } ?? []
        // Only a guess over what is denied or stated, in its clause: "may not reopen", "more likely than not that the
        // bridge will reopen"; not "did not reopen, though it could reopen later" nor "resigned, and her deputy is likely
        // to succeed her".
        func governs(_ u: TextAnalysis, _ g: Int) -> Bool {
            let target = evidenceNegated
                ? u.tokens.indices.first { $0 > g && Lexicon.negates(u.tokens, at: $0, cues: Lexicon.plainNegations) }
                : u.tokens.indices.first { $0 > g && u.tokens[$0].isWord && concepts.contains(Thesaurus.concept(u.stems[$0])) }
            guard let target else { return false }
            // A condition that opens the sentence governs its main clause: "If the measure passes, the state will not …".
            // (Not past a ";": "If approved, the plan would create 500 jobs; the council did not approve it.")
            if ["if", "unless"].contains(u.tokens[g].lower), !u.tokens[..<g].contains(where: \.isWord) { return !(g..<target).contains { u.tokens[$0].text == ";" } }
            return !(g..<target).contains { Lexicon.clauseBreaks.contains(u.tokens[$0].text) || Self.clauseJoiners.contains(u.tokens[$0].lower) }
        }
        if let (cue, unit) = saying.lazy.compactMap({ u in u.tokens.indices.first { u.isHedge($0, guesses) && !claimGuesses.contains(u.tokens[$0].lower) && governs(u, $0) }.map { (u.tokens[$0].text, u) } }).first {
            notes.append("polarity: claim \(claimNegated ? "negated" : "affirmative"), but the evidence only guesses (“\(cue)”)")
            return .guessed(TextSafety.clip(unit.text, 80))
        }
        notes.append("polarity: claim \(claimNegated ? "negated" : "affirmative"), evidence \(evidenceNegated ? "negated" : "affirmative")")
        return .differs(claimNegated ? "the source states it; the claim denies it" : "the source denies it")
    }

    /// A verb of turning down in `unit` whose own clause goes on to one of `concepts` ("rejected offers to be a
    /// singer"), in a sentence that agrees to nothing.
    static func refusal(of concepts: Set<String>, in unit: TextAnalysis) -> String? {
        let t = unit.tokens
        guard !t.contains(where: { ["agreed", "agrees", "agree", "accepted", "accepts", "approved", "approves"].contains($0.lower) }) else { return nil }
        for i in t.indices {
            let w = t[i].lower
            guard Lexicon.failingVerbs.contains(w) || Lexicon.rejectingVerbs.contains(w) else { continue }
            if ["turned", "turns", "turning"].contains(w), !(i + 1 < t.count && t[i + 1].lower == "down") { continue }
            for j in (i + 1)..<min(t.count, i + 7) {
                if Lexicon.clauseBreaks.contains(t[j].text) || clauseJoiners.contains(t[j].lower) { break }
                if t[j].isWord, concepts.contains(Thesaurus.concept(unit.stems[j])) { return t[i].text }
            }
        }
        return nil
    }

    private func ratio(_ a: Double, _ b: Double) -> Double { b == 0 ? 0 : (a / b * 100).rounded() / 100 }

    private func uniqueEntities(_ list: [EntityMention]) -> [EntityMention] {
        var seen: Set<String> = []
        return list.filter { seen.insert($0.key + $0.text).inserted }
    }

    enum RoleRelation { case match, unknown, reversed, otherParticipants }

    /// The evidence names one of the claim's participants in the same role.
    private func statesRole(_ c: EventMention, _ e: EventMention) -> Bool {
        if let a = c.actor, let b = e.actor, a.refers(to: b) { return true }
        if let a = c.undergoer, let b = e.undergoer, a.refers(to: b) { return true }
        return false
    }

    func roleRelation(_ c: EventMention, _ e: EventMention) -> RoleRelation {
        func same(_ a: EntityMention?, _ b: EntityMention?) -> Bool {
            guard let a, let b else { return false }
            return a.refers(to: b)
        }
        let reversed = (same(c.actor, e.undergoer) && !same(c.actor, e.actor)) || (same(c.undergoer, e.actor) && !same(c.undergoer, e.undergoer))
        // A claim with one role, whose person has the other role in the source ("Amy Jones was arrested" against
        // "Officer Amy Jones arrested Carl Boyd"): the source says nothing of the claim, against it or for it. Only
        // two swapped participants are a reversal ("The Celtics beat the Sixers").
        if reversed, c.actor == nil || c.undergoer == nil { return .otherParticipants }
        if reversed { return .reversed }
        // "The CIA paid Mallory" is not "the Chinese paid Mallory", though Mallory was paid in both.
        if let ca = c.actor, let ea = e.actor, !ca.refers(to: ea), !same(c.actor, e.undergoer) { return .otherParticipants }
        // Someone else's sentence or payment is not this one (de Marneffe et al.: same event first). A trip to Shanghai
        // is a trip to China.
        if let cu = c.undergoer, let eu = e.undergoer, !cu.refers(to: eu), !Self.liesIn(eu, cu) { return .otherParticipants }
        if same(c.actor, e.actor) || same(c.undergoer, e.undergoer) { return .match }
        if let cu = c.undergoer, let eu = e.undergoer, Self.liesIn(eu, cu) { return .match }
        if let ca = c.actor, let ea = e.actor, !ca.refers(to: ea), c.undergoer == nil || e.undergoer == nil { return .otherParticipants }
        if c.actor == nil && c.undergoer == nil { return .match }
        return .unknown
    }

    private func roleReason(_ c: EventMention, _ e: EventMention) -> String {
        let who = c.actor ?? c.undergoer
        let name = who.map { $0.text.capitalized } ?? "the subject"
        let has = c.actor != nil ? "receives" : "acts"
        return "roles reversed: in the source \(name) \(has) (“\(e.word)”)"
    }

    /// Quantities in the evidence whose nearest event is one of the chosen ones.
    private func candidateQuantities(for cq: Quantity, chosen: [(claim: EventMention, evidence: EventMention, unit: TextAnalysis)], evidence: [TextAnalysis]) -> [Quantity] {
        if chosen.isEmpty {
            if cq.kind == .age, let person = claim.entities.first(where: { $0.kind == .person }) {
                return evidence.flatMap { unit in unit.quantities.filter { $0.kind == .age && owner(of: $0, in: unit).map { person.refers(to: $0) } == true } }
            }
            guard claim.events.isEmpty else { return [] }
            let names = claim.entities.filter { $0.resolvedFrom == nil }
            // Of two sentences, figures count only in one that names the claim's names: the other is context.
            let units = evidence.count == 1 ? evidence : evidence.filter { unit in names.allSatisfy { n in unit.entities.contains { n.refers(to: $0) } } }
            let claimWords = Set(claim.tokens.map(\.lower))
            return units.flatMap { unit in unit.quantities.filter { !QuantityOwner.belongsToAnother($0, in: unit, claimEntities: names, claimWords: claimWords) } }
        }
        return chosen.flatMap { pick in
            pick.unit.quantities.filter { q in
                nearestEvent(q.tokenRange, in: pick.unit, kind: q.kind, counted: q.unit != nil)?.trigger == pick.evidence.trigger && distance(pick.evidence.trigger, q.tokenRange) <= 14
            }
        }
    }

    /// Dates whose nearest event is a chosen one; with `nearby`, also dates almost as close to it
    /// ("On his return flight … in April 2017, Mallory was stopped") — enough to agree, not to conflict.
    private func candidateDates(chosen: [(claim: EventMention, evidence: EventMention, unit: TextAnalysis)], evidence: [TextAnalysis], nearby: Bool = false) -> [DateMention] {
        if chosen.isEmpty { return evidence.flatMap(\.dates) }
        return chosen.flatMap { pick in
            pick.unit.dates.filter { d in
                // Another act of the event's thing takes its own date: "will begin serving the sentence on September 1",
                // "must report to prison by the end of March", "the fine must be paid by December".
                let t = pick.evidence.trigger, tokens = pick.unit.tokens
                let between = d.tokenRange.lowerBound > t ? (t + 1)..<d.tokenRange.lowerBound : d.tokenRange.upperBound..<t
                if tokens[between].contains(where: { Lexicon.laterActVerbs.contains($0.lower) })
                    || tokens[max(0, t - 3)..<t].contains(where: { Lexicon.laterActVerbs.contains($0.lower) }) { return false }
                let own = attachment(pick.evidence.trigger, d.tokenRange)
                // A date fronted before its clause ("Two months ago, Claiborne … was arrested") may stand farther off.
                let limit = d.tokenRange.upperBound <= pick.evidence.trigger ? 20 : 10
                guard distance(pick.evidence.trigger, d.tokenRange) <= limit, let best = nearestEvent(d.tokenRange, in: pick.unit, kind: nil) else { return false }
                // An event with a date of its own close by ("arrested on June 22") does not take a farther one.
                let closest = pick.unit.dates.map { distance(pick.evidence.trigger, $0.tokenRange) }.min() ?? 0
                guard distance(pick.evidence.trigger, d.tokenRange) <= closest + 3 else { return false }
                return best.trigger == pick.evidence.trigger || (nearby && own <= attachment(best.trigger, d.tokenRange) + 3)
            }
        }
    }

    /// The event a number or date belongs to: the closest trigger that can take it.
    /// A counted amount ("twice", "three documents") may belong to any event; a bare one is a sum paid.
    private func nearestEvent(_ r: Range<Int>, in unit: TextAnalysis, kind: Quantity.Kind?, counted: Bool = false) -> EventMention? {
        let fitting = unit.events.filter { e in
            switch kind {
            case .money?: return e.type == .payment
            case .amount?: return counted || e.type == .payment
            case .duration?: return [.sentencing, .trial, .employment, .travel].contains(e.type)
            default: return true
            }
        }
        return fitting.min { attachment($0.trigger, r) < attachment($1.trigger, r) }
    }

    /// "his return flight … in April 2017" dates the way back, which says nothing against a trip there in March.
    private func isReturnJourney(_ e: EventMention, _ unit: TextAnalysis) -> Bool {
        e.type == .travel && e.trigger > 0 && unit.tokens[e.trigger - 1].lower == "return"
    }

    /// Numbers and dates usually follow their verb ("pleaded guilty in March to charges"): a trigger after them counts as farther.
    private func attachment(_ trigger: Int, _ r: Range<Int>) -> Int {
        distance(trigger, r) + (trigger >= r.upperBound ? 2 : 0)
    }

    private func distance(_ i: Int, _ r: Range<Int>) -> Int {
        i < r.lowerBound ? r.lowerBound - i : (i >= r.upperBound ? i - r.upperBound + 1 : 0)
    }

    /// The person an age belongs to: the nearest name before it ("Kevin Mallory, a 60-year-old…").
    private func owner(of q: Quantity, in unit: TextAnalysis) -> EntityMention? {
        unit.entities.last { $0.kind == .person && $0.tokenRange.upperBound <= q.tokenRange.lowerBound }
            ?? unit.entities.first { $0.kind == .person }
    }

    private func hedgeFragment(_ e: EventMention, _ unit: TextAnalysis) -> String {
        let cue = unit.tokens.lastIndex { $0.text == e.hedge && $0.start < unit.tokens[e.trigger].start } ?? e.trigger
        let end = unit.quantities.first { $0.tokenRange.lowerBound > e.trigger && $0.tokenRange.lowerBound <= e.trigger + 6 }.map { $0.tokenRange.upperBound - 1 } ?? e.trigger
        let lo = min(cue, e.trigger), hi = min(unit.tokens.count - 1, max(end, e.trigger + 3, lo + 4))
        return unit.fragment(lo...hi)
    }

    private func agreementFragment(_ chosen: [(claim: EventMention, evidence: EventMention, unit: TextAnalysis)], _ evidence: [TextAnalysis]) -> String {
        guard let pick = chosen.first else {
            let unit = evidence[0]
            return TextSafety.clip(unit.text, 60)
        }
        let unit = pick.unit
        var lo = pick.evidence.trigger, hi = pick.evidence.trigger
        for q in unit.quantities where nearestEvent(q.tokenRange, in: unit, kind: q.kind, counted: q.unit != nil)?.trigger == pick.evidence.trigger {
            lo = min(lo, q.tokenRange.lowerBound)
            hi = max(hi, q.tokenRange.upperBound - 1)
        }
        for r in [pick.evidence.actor, pick.evidence.undergoer].compactMap({ $0?.tokenRange }) where abs(r.lowerBound - pick.evidence.trigger) <= 8 {
            lo = min(lo, r.lowerBound)
            hi = max(hi, r.upperBound - 1)
        }
        if hi - lo > 14 { hi = lo + 14 }
        return unit.fragment(lo...hi)
    }
}
