/// What a source is about, read from its title: a claim's name that the title carries counts as named in
/// every sentence of that source ("The Heist (album)" … "it has sold 1,096,000 copies").
enum Topic {
    /// Whether every word of the claim's name stands in the title, in order.
    static func names(_ entity: EntityMention, title: String) -> Bool {
        guard entity.resolvedFrom == nil, !title.isEmpty else { return false }
        let name = words(entity.text).filter { $0 != "the" }
        guard !name.isEmpty else { return false }
        let titleWords = words(title)
        guard titleWords.count >= name.count else { return false }
        let width = name.count
        let contiguous = (0...(titleWords.count - width)).contains { (start: Int) -> Bool in Array(titleWords[start..<(start + width)]) == name }
        if contiguous { return true }
        // A title shortened by one word in its middle ("Dolphin 2" for "Dolphin Tale 2"); not by more ("Scream 6" does
        // not shorten "Scream Queens Season 6").
        guard name.count >= 2, name.count == titleWords.count - 1 else { return false }
        return (1..<(titleWords.count - 1)).contains { (dropped: Int) -> Bool in
            var shortened = titleWords
            shortened.remove(at: dropped)
            return shortened == name
        }
    }

    /// Whether a claim's name that the evidence leaves out is still its subject there: the title carries it,
    /// and either the title is a name (a page about that thing) or the evidence names nothing the claim does
    /// not. A headline ("Turkey, Poland and three Caribbean islands added to UK quarantine list") lends its
    /// names only to sentences that name nothing else: "Denmark was recording a seven-day rate of 65.2" is Denmark's.
    static func standsIn(_ entity: EntityMention, title: String, evidence named: [EntityMention], claimEntities: [EntityMention]) -> Bool {
        guard names(entity, title: title) else { return false }
        return isName(title) || named.allSatisfy { e in claimEntities.contains { $0.corefers(with: e) } }
    }

    /// Whether the sentence speaks only of a kind of the thing the claim's name modifies: "an EF-1 tornado causes
    /// roofs to peel off" or "EF-1 tornadoes typically bring winds of 86 to 110 mph" on the Winona tornado's page say
    /// what any such tornado does, not what "the Winona tornado" did. Only where the claim writes its name before a
    /// noun that ends the phrase, and every mention of that noun in one of the sentences is a kind: after "a", "an",
    /// "any" or "such", or plural with no determiner, and followed by a present-tense, modal or habitual verb (a
    /// news lede's "A magnitude 6.4 earthquake struck …" is the one event, in the past).
    static func speaksOfAKind(_ evidence: [TextAnalysis], claim: TextAnalysis, name: EntityMention) -> Bool {
        let after = name.tokenRange.upperBound
        guard after < claim.tokens.count, claim.tokens[after].isWord, !claim.tokens[after].isCapitalized,
              !Lexicon.stopwords.contains(claim.tokens[after].lower), WordNet.shared.isNounLemma(claim.tokens[after].lower),
              // "the Winona tornado", "Winona tornado …": a phrase the noun ends ("program" in "the … program logo" does not).
              name.tokenRange.lowerBound == 0 || ["the", "this"].contains(claim.tokens[name.tokenRange.lowerBound - 1].lower),
              !(after + 1 < claim.tokens.count && claim.tokens[after + 1].isWord && WordNet.shared.isNounLemma(claim.tokens[after + 1].lower)
                && WordNet.shared.isMostlyNoun(claim.tokens[after + 1].lower))
        else { return false }
        let noun = claim.stems[after], written = claim.tokens[after].lower
        // Per sentence: beside a sentence about the one thing, a sentence about a kind still says nothing of it.
        return evidence.contains { unit in
            let mentions = unit.tokens.indices.filter { unit.stems[$0] == noun }
            return !mentions.isEmpty && mentions.allSatisfy { i in
                // The noun phrase before the noun: up to five tokens ("an EF-1 tornado"), not across a comma.
                var before = unit.tokens[max(0, i - 5)..<i].map(\.lower)
                if let comma = before.lastIndex(where: { Lexicon.clauseBreaks.contains($0) || $0 == "." }) { before = Array(before[(comma + 1)...]) }
                let kindWord = before.lastIndex(where: { Self.indefinites.contains($0) })
                if let k = kindWord, before[k...].contains(where: { QuantityAttribute.determiners.contains($0) && !Self.indefinites.contains($0) }) { return false }
                let barePlural = kindWord == nil && unit.tokens[i].lower != written && unit.tokens[i].lower.hasSuffix("s")
                    && !before.contains { QuantityAttribute.determiners.contains($0) }
                    // "three tornadoes" counts particular ones; "EF-1 tornadoes" names a class.
                    && !before.indices.contains { k in before[k].first?.isNumber == true && !(k > 0 && before[k - 1] == "-") }
                return (kindWord != nil || barePlural) && Self.generalVerbFollows(unit, after: i)
            }
        }
    }

    private static let indefinites: Set<String> = ["a", "an", "any", "such"]
    /// Words after a subject that make its clause a general statement ("can overturn", "typically bring", "often cause").
    private static let generalCues: Set<String> = ["can", "may", "might", "could", "will", "would", "typically", "usually", "often",
                                                   "generally", "rarely", "sometimes", "always", "seldom", "tend", "tends"]

    private static let presentAuxiliaries: Set<String> = ["is", "are", "has", "have", "do", "does"]

    /// Whether the clause after the noun at `i` says what such things do: a modal or habitual word, or a present-tense
    /// verb ("causes", "bring"); not a past one ("struck", "touched down").
    private static func generalVerbFollows(_ unit: TextAnalysis, after i: Int) -> Bool {
        for j in (i + 1)..<min(unit.tokens.count, i + 6) {
            let w = unit.tokens[j].lower
            if Lexicon.clauseBreaks.contains(w) || w == "." { return false }
            if generalCues.contains(w) { return true }
            // (Before the past test: WordNet lists "is", "are" and "has" among its irregular verb forms.)
            if presentAuxiliaries.contains(w) { return true }
            guard unit.tokens[j].isWord, !Lexicon.stopwords.contains(w) else { continue }
            if w.hasSuffix("ed") || WordNet.shared.isIrregularVerbForm(w) || ["was", "were", "had", "did"].contains(w) { return false }
            if WordNet.shared.isA(w, .verb), !WordNet.shared.isMostlyNoun(w) { return true }
        }
        return false
    }

    /// Whether a single sentence speaks of its subject by pronoun before it names anyone ("Following her early career
    /// in journalism, she was best known for her role as Chelsea Daniels"), or opens with a common noun for it ("The
    /// game was played … at Cowboys Stadium"): on a page about one thing, that is the page's subject, and the people
    /// named later are not.
    static func subjectLeads(_ evidence: [TextAnalysis]) -> Bool {
        guard evidence.count == 1, let unit = evidence.first else { return false }
        let t = unit.tokens
        let named = unit.entities.filter { $0.resolvedFrom == nil }.map(\.tokenRange.lowerBound)
        let firstNamed = named.min() ?? t.count
        if t.prefix(firstNamed).contains(where: { Lexicon.subjectPronouns.contains($0.lower) }) { return true }
        if commonNounOpens(t, at: 0, before: firstNamed) { return true }
        // An opening phrase names where or when, not who: "On Rotten Tomatoes, the film has a rating of 90%" is the
        // film's; the clause after its comma opens as a sentence would.
        guard let start = clauseAfterOpeningPhrase(t), start + 1 < t.count else { return false }
        let nextNamed = named.filter { $0 >= start }.min() ?? t.count
        if Lexicon.subjectPronouns.contains(t[start].lower), nextNamed > start { return true }
        return commonNounOpens(t, at: start, before: nextNamed)
    }

    /// Whether "the" or "this" and a lower-case word open the clause at `start`, before anyone is named ("The game …").
    private static func commonNounOpens(_ t: [Token], at start: Int, before named: Int) -> Bool {
        named > start + 1 && start + 1 < t.count && ["the", "this"].contains(t[start].lower) && t[start + 1].isWord && !t[start + 1].isCapitalized
    }

    /// The first token after a sentence's opening prepositional phrase and its comma ("On review aggregator Rotten
    /// Tomatoes, …", "In 2019, …"), if it opens with one; phrases longer than a few words are read as clauses.
    static func clauseAfterOpeningPhrase(_ t: [Token]) -> Int? {
        guard let first = t.first, Lexicon.prepositions.contains(first.lower) || openingPrepositions.contains(first.lower) else { return nil }
        guard let comma = t.prefix(maxOpeningPhrase + 1).firstIndex(where: { $0.text == "," }) else { return nil }
        return comma + 1
    }

    /// Prepositions that open a scene-setting phrase beyond `Lexicon.prepositions`.
    static let openingPrepositions: Set<String> = ["according", "by", "since", "until", "through", "among", "per", "upon", "following"]
    /// Longest opening phrase, in tokens, before its comma.
    static let maxOpeningPhrase = 8

    /// The dates a title gives ("2020 coronavirus pandemic in Germany": 2020), which date its whole page.
    static func dates(_ title: String) -> [DateMention] {
        title.isEmpty ? [] : DateParser.parse(Tokenizer.tokenize(title), reference: nil)
    }

    /// Whether a single sentence opens (or opens its clause after a scene-setting phrase) with a subject pronoun:
    /// "It has sold 4.7 million copies", "According to SoundScan, it has sold …". Not a possessive ("His mother paid …"
    /// speaks of someone else), nor a common noun ("The newspaper paid …" may be anyone).
    static func pronounSubjectLeads(_ evidence: [TextAnalysis]) -> Bool {
        guard evidence.count == 1, let t = evidence.first?.tokens, !t.isEmpty else { return false }
        let start = clauseAfterOpeningPhrase(t) ?? 0
        return start < t.count && nominativePronouns.contains(t[start].lower)
    }

    static let nominativePronouns: Set<String> = ["he", "she", "it", "they"]

    /// Whether the title is this name and nothing more ("FanMail", "Book Club (film)"): the page is about it.
    static func isTitleName(_ entity: EntityMention, title: String) -> Bool {
        let name = words(entity.text).filter { $0 != "the" }
        return !name.isEmpty && nameWords(title).filter { $0 != "the" } == name
    }

    /// A title of a few words names something ("The Heist (album)", "2020 coronavirus pandemic in Germany");
    /// a longer one is a headline, which tells a story about several.
    static func isName(_ title: String) -> Bool {
        nameWords(title).filter { $0 != "the" }.count <= longestName
    }

    /// A title's words as a name: a parenthesised qualifier ("(film)") and a leading "the" dropped.
    static func nameWords(_ title: String) -> [String] {
        var name = words(title.split(separator: "(", maxSplits: 1).first.map(String.init) ?? "")
        if name.first == "the" { name.removeFirst() }
        return name
    }

    /// Longest title still read as a name.
    static let longestName = 8

    /// The title's content concepts, as the claim's are counted ("2020 coronavirus pandemic in Germany").
    static func concepts(_ title: String) -> Set<String> {
        Set(words(title).filter { !Lexicon.stopwords.contains($0) && $0.count > 1 }.map { Thesaurus.concept(Stemmer.shared.stem($0)) })
    }

    /// Lower-cased words and numbers, split at anything else (titles and claims are matched on these).
    static func words(_ s: String) -> [String] {
        s.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }
}
