/// A name the claim has that the evidence replaces with another in the same place: "aired on CBS" against
/// "aired on Fox", "born in Pomona" against "born in Paisley". The same slot is read from the word that
/// governs the name (the preposition or verb before it, past articles), and the rest of the claim must be there.
struct NameSubstitution: SlotComparer {
    func compare(_ input: ComparisonInput) -> Finding? {
        // Domain events compare their own participants; a claim with every name missing is about something else.
        guard input.claim.events.isEmpty, !input.missing.isEmpty, input.missing.count < input.claimEntities.count || !input.topic.isEmpty,
              let swap = Self.find(claim: input.claim, missing: input.missing, evidence: input.evidence, coverage: input.coverage) else { return nil }
        return .conflict(slot: .name, claim: swap.claim, evidence: swap.evidence)
    }

    struct Swap {
        let claim: String
        let evidence: String
    }

    /// Rest of the claim's words that must be found for a swapped name to be a conflict rather than another story.
    static let minimumCoverage = 0.75

    /// Words that open a slot a name fills: prepositions, and verbs that take a name as object.
    static let slotPrepositions: Set<String> = ["in", "on", "at", "from", "by", "for", "with", "to", "into", "of", "against", "near", "beat", "defeat", "marri", "join", "found", "direct", "star"]

    static func find(claim: TextAnalysis, missing: [EntityMention], evidence: [TextAnalysis], coverage: Double) -> Swap? {
        guard coverage >= minimumCoverage, missing.count == 1, let name = missing.first, name.resolvedFrom == nil,
              !describes(claim, name) else { return nil }
        let slot: String, relation: String?
        if let s = governor(claim, name.tokenRange.lowerBound), !isModifier(claim, name), !inList(claim, name) {
            // The relation too: the content word before the slot ("born" in "born in Pomona") must stand before the rival.
            (slot, relation) = (s, head(claim, before: name.tokenRange.lowerBound))
        } else if let agent = agentRelation(claim, name) {
            // "Robert Lorenz directed …", "Roger Vadim is the director of …": the name a passive "directed by" gives.
            (slot, relation) = ("by", agent)
        } else if let based = basedRelation(claim, name) {
            // "a Virginia-based lawyer" is based in Virginia.
            (slot, relation) = ("in", based)
        } else {
            return nil
        }
        for unit in evidence {
            // "at a Miami airport" puts the airport elsewhere than the claim's "at an airport in Atlanta", when WordNet
            // knows both places and neither lies in the other.
            let placeBefore = { (e: EntityMention) -> Bool in
                guard slot == "in", let relation, name.kind != .person, isModifier(unit, e),
                      Thesaurus.concept(unit.stems[e.tokenRange.upperBound]) == relation else { return false }
                return PlaceGazetteer.shared.relation(of: name.text, in: PlaceGazetteer.region(after: name, in: claim), to: e.text) == .apart
            }
            let candidates = unit.entities.filter { e in
                e.resolvedFrom == nil && (e.kind == .person) == (name.kind == .person) && !Self.describes(unit, e)
                    // Versions of one thing are VersionComparison's ("dropped Python 2.4" says nothing against 2.6).
                    && !VersionComparison.sameBase(e, name)
                    && !claim.entities.contains { $0.corefers(with: e) || $0.isInitials(of: e) || e.isInitials(of: $0) }
                    && (governor(unit, e.tokenRange.lowerBound) == slot && !isModifier(unit, e)
                        || slot == "in" && relation != nil && basedRelation(unit, e) == relation || placeBefore(e))
                    // "on Wednesday" dates the sentence; it fills no name's slot.
                    && !unit.dates.contains { $0.tokenRange.overlaps(e.tokenRange) } && !DateParser.weekdays.contains(e.text.lowercased())
                    && (relation == nil || stated(relation!, in: unit, before: e.tokenRange.lowerBound) || basedRelation(unit, e) == relation
                        || placeBefore(e))
            }
            // A rival inside a list ("for the PlayStation 4 and Xbox One") is one of several, not a replacement.
            if candidates.contains(where: { inList(unit, $0) }) { continue }
            // One rival in that slot: two or more ("on CBS and Fox") is a list, not a replacement.
            // "born in Kavala, Greece" says nothing against "born in Macedonia": a place set in its region may lie
            // inside the claim's, unless the claim sets its own in a region too ("Pomona, California" ≠ "Paisley, California").
            guard candidates.count == 1, let rival = candidates.first else { continue }
            // A place inside the claim's or around it is no other place: "born in Houston" is born in Texas.
            let placed = name.kind == .person ? nil : PlaceGazetteer.shared.relation(
                of: name.text, in: PlaceGazetteer.region(after: name, in: claim), to: rival.text, in: PlaceGazetteer.region(after: rival, in: unit))
            if placed != nil, placed != .apart { continue }
            // A rival set in its region may otherwise lie inside the claim's place, unless WordNet knows them apart.
            if name.kind == .person || placed == .apart || !inRegion(unit, rival) || inRegion(claim, name) {
                return Swap(claim: name.text, evidence: rival.text)
            }
        }
        return nil
    }

    /// Making a work, as concepts (the general pack makes "director" and "directed" one): its maker is the name
    /// after "directed by", "written by" ….
    static let makingConcepts: Set<String> = Set(["direct", "write", "produce", "create", "compose", "design", "develop", "publish", "invent", "paint"]
        .map { Thesaurus.concept(Stemmer.shared.stem($0)) })

    /// The making a name is the agent of: "Lorenz directed", "Vadim is the director of", "Vadim, the director of".
    private static func agentRelation(_ a: TextAnalysis, _ name: EntityMention) -> String? {
        var i = name.tokenRange.upperBound
        let concept = { (k: Int) -> String? in
            guard k < a.tokens.count, a.tokens[k].isWord, !a.stems[k].isEmpty else { return nil }
            let c = Thesaurus.concept(a.stems[k])
            return makingConcepts.contains(c) ? c : nil
        }
        if let c = concept(i) { return c }
        guard i < a.tokens.count, ["is", "was", ","].contains(a.tokens[i].lower) else { return nil }
        i += 1
        if i < a.tokens.count, Lexicon.articles.contains(a.tokens[i].lower) { i += 1 }
        guard let c = concept(i), i + 1 < a.tokens.count, a.tokens[i + 1].lower == "of" else { return nil }
        return c
    }

    /// "Maryland-based": a name written onto "-based" (or "-headquartered") says where something is based, as
    /// "based in Maryland" does; the concept of that participle.
    private static func basedRelation(_ a: TextAnalysis, _ e: EntityMention) -> String? {
        let i = e.tokenRange.upperBound
        guard i + 1 < a.tokens.count, a.tokens[i].text == "-", !a.tokens[i].spaceBefore, !a.tokens[i + 1].spaceBefore,
              ["based", "headquartered"].contains(a.tokens[i + 1].lower), !a.stems[i + 1].isEmpty else { return nil }
        return Thesaurus.concept(a.stems[i + 1])
    }

    /// The word that governs a name: the first word before it that is not an article, a modifier of it
    /// ("in northern Venezuela" is in Venezuela) or a title set before it ("by entertainment mogul Simon Cowell").
    private static func governor(_ a: TextAnalysis, _ start: Int) -> String? {
        slotWord(a, before: start).flatMap { slotStem(a, $0) }
    }

    /// The stem of the word at `i` when it opens a name's slot ("in", "by", "directed").
    private static func slotStem(_ a: TextAnalysis, _ i: Int) -> String? {
        let word = a.tokens[i].lower
        let stem = a.stems[i].isEmpty ? word : a.stems[i]
        return slotPrepositions.contains(stem) || slotPrepositions.contains(word) ? stem : nil
    }

    /// Where the word that may govern a name stands: past articles, compass words and a short title before the name.
    private static func slotWord(_ a: TextAnalysis, before start: Int) -> Int? {
        var i = start - 1
        while i >= 0, Lexicon.articles.contains(a.tokens[i].lower) || compassModifiers.contains(a.tokens[i].text) { i -= 1 }
        guard i >= 0, a.tokens[i].isWord else { return nil }
        if let past = pastTitle(a, endingAt: i) { i = past }
        // A governor that is itself a name, a number or a bare "and" says nothing about the slot.
        guard i >= 0, a.tokens[i].isWord, !["and", "or", ","].contains(a.tokens[i].lower), a.tokens[i].text.first?.isUppercase != true else { return nil }
        return i
    }

    /// The index before a title set right before a name, when one is there: up to four lower-case nouns and
    /// adjectives (or a nationality) ending in a noun, after a slot word and an optional article ("by British
    /// entertainment mogul Simon Cowell", "by the American wrestling promotion WWE", "by series creator …").
    /// Only a slot word ends the run, so a verb or a clause never passes for a title.
    private static func pastTitle(_ a: TextAnalysis, endingAt end: Int) -> Int? {
        let t = a.tokens
        guard t[end].text.first?.isLowercase == true, WordNet.shared.isMostlyNoun(t[end].lower), !Lexicon.stopwords.contains(t[end].lower) else { return nil }
        var i = end
        while i >= 0, end - i < 4 {
            let w = t[i]
            let descriptive = w.isWord && !Lexicon.stopwords.contains(w.lower) && !w.lower.hasSuffix("ly")
                && (w.text.first?.isLowercase == true ? !WordNet.shared.isA(w.lower, .verb) || WordNet.shared.isMostlyNoun(w.lower)
                                                      : NationalityComparison.nationalities.keys.contains(w.lower))
            guard descriptive else { break }
            i -= 1
        }
        var k = i
        while k >= 0, Lexicon.articles.contains(t[k].lower) { k -= 1 }
        guard k >= 0, k < end, t[k].isWord else { return nil }
        return slotStem(a, k) == nil ? nil : k
    }

    /// Lower-case words that place a name within itself, not beside it.
    static let compassModifiers: Set<String> = ["northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
                                                "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern", "south-western", "rural", "downtown"]

    /// The concept of the nearest content word before a name's slot word, within four words.
    private static func head(_ a: TextAnalysis, before start: Int) -> String? {
        guard var i = slotWord(a, before: start) else { return nil }
        i -= 1 // the slot word itself
        var steps = 0
        while i >= 0, steps < 4 {
            let t = a.tokens[i]
            if t.isWord, t.text.first?.isLowercase == true, !Lexicon.stopwords.contains(t.lower), !a.stems[i].isEmpty { return Thesaurus.concept(a.stems[i]) }
            i -= 1
            steps += 1
        }
        return nil
    }

    /// The relation's word within ten words before the rival, in the same clause: "founded in 1998 and is now run by
    /// chief executive Sundar Pichai" does not say who founded it ("written and produced by" still does).
    private static func stated(_ concept: String, in a: TextAnalysis, before end: Int) -> Bool {
        guard let k = (max(0, end - 10)..<end).last(where: { a.tokens[$0].isWord && Thesaurus.concept(a.stems[$0]) == concept }) else { return false }
        // A remark set off by a pair of commas ("written, as was most of the album, by") opens no clause of its own;
        // after an unclosed comma ("launched in London, was endorsed by") the clause is another.
        let commas = ((k + 1)..<end).filter { a.tokens[$0].text == "," }
        let asides = stride(from: 0, to: commas.count - 1, by: 2).map { commas[$0]...commas[$0 + 1] }
        return !((k + 1)..<end).contains { i in clauseBreaks.contains(a.tokens[i].lower) && !asides.contains { $0.contains(i) } }
    }

    /// Words that open another clause between a relation and a name.
    static let clauseBreaks: Set<String> = ["is", "was", "are", "were", "has", "have", "had", "who", "which", "whose", "while", "but", ";"]

    /// A nationality before a lower-case word ("the American wrestling promotion WWE") describes what follows;
    /// "ruled by the British" names a people that fills the slot.
    private static func describes(_ a: TextAnalysis, _ e: EntityMention) -> Bool {
        let next = e.tokenRange.upperBound
        return EvidenceComparer.isNationality(e) && next < a.tokens.count && a.tokens[next].isWord && a.tokens[next].text.first?.isLowercase == true
            && !Lexicon.stopwords.contains(a.tokens[next].lower)
    }

    /// "an English singer", "the Berklee faculty": a name before a lower-case word describes that word.
    private static func isModifier(_ a: TextAnalysis, _ e: EntityMention) -> Bool {
        let next = e.tokenRange.upperBound
        // ("George Lucas based on …": a participle after a name does not make it a modifier.)
        // ("Germany found the tool": an irregular past tense is the sentence's verb, not a noun the name describes.)
        return next < a.tokens.count && a.tokens[next].isWord && a.tokens[next].text.first?.isLowercase == true
            && QuantityAttribute.looksLikeNoun(a.tokens[next].lower) && !WordNet.shared.isIrregularVerbForm(a.tokens[next].lower)
            && !Lexicon.timeWords.contains(a.tokens[next].lower)
            && !["and", "or", "in", "on", "at", "for", "from", "with", "by", "to", "of", "as", "after", "before", "since", "until", "when", "where", "which", "who", "that"].contains(a.tokens[next].lower)
    }

    /// A name followed by a comma and another name: a place and its region ("Pomona, California").
    private static func inRegion(_ a: TextAnalysis, _ e: EntityMention) -> Bool {
        let i = e.tokenRange.upperBound
        return i + 1 < a.tokens.count && a.tokens[i].text == "," && a.tokens[i + 1].isWord && a.tokens[i + 1].isCapitalized
    }

    /// A name joined to others by "and", "or" or commas: "on CBS and Fox", "Austria, Germany, Spain". Commas alone
    /// between two names set a place in its region ("the East Midlands, England"), which is no list. A joiner that
    /// goes on to another clause ("directed by Steven Spielberg, and also produced by …") makes no list.
    private static func inList(_ a: TextAnalysis, _ e: EntityMention) -> Bool {
        let nameAt = { (i: Int) in i >= 0 && i < a.tokens.count && a.tokens[i].isWord && a.tokens[i].isCapitalized }
        // A number that goes with a name ("PlayStation 4 and Xbox One") is part of it.
        let joinerWords: Set<String> = [",", "and", "or", "&"]
        let inChain = { (i: Int) in nameAt(i) || a.tokens[i].kind == .number || joinerWords.contains(a.tokens[i].lower) || Lexicon.articles.contains(a.tokens[i].lower) }
        var lo = e.tokenRange.lowerBound, hi = e.tokenRange.upperBound
        while lo > 0, inChain(lo - 1) { lo -= 1 }
        while hi < a.tokens.count, inChain(hi) { hi += 1 }
        var joiners: [String] = []
        for i in lo..<hi where joinerWords.contains(a.tokens[i].lower) {
            // Only a joiner with a name on each side joins names.
            var before = i - 1, after = i + 1
            while before >= lo, Lexicon.articles.contains(a.tokens[before].lower) || a.tokens[before].kind == .number { before -= 1 }
            while after < hi, Lexicon.articles.contains(a.tokens[after].lower) || ["and", "or"].contains(a.tokens[after].lower) { after += 1 }
            // A bare number after the joiner is another version of the name before it ("Python 2.4 and 2.5").
            if before >= lo, after < hi, nameAt(before), nameAt(after) || a.tokens[after].kind == .number && a.tokens[before + 1].kind == .number {
                joiners.append(a.tokens[i].lower)
            }
        }
        return joiners.contains { $0 != "," } || joiners.count >= 2
    }
}
