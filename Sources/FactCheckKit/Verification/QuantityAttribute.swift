import ClauseReader

/// What a number is a number of, read from the word before it: "profit was $23 billion" against
/// "revenue of $94 billion". Evidence figures of another attribute are not compared with the claim's.
enum QuantityAttribute {
    /// Linking words skipped between an attribute and its figure.
    static let links: Set<String> = [
        "was", "were", "is", "are", "of", "at", "to", "reached", "totaled", "totalled", "stood", "stands", "has", "had", "have",
        "be", "been", "a", "an", "the", "its", "their", "his", "her", "nearly", "about", "around", "roughly", "some", "just",
        "approximately", "almost", "over", "under", "than", "more", "less", "fewer", "up", "least", "most", "lower", "higher", "only",
        "as", "high", "low", "much", "many", "worth",
    ]

    /// `pool` less the figures whose attribute is known and differs from the claim figure's.
    /// With `strict`, figures whose attribute is unknown are dropped too, and so is every figure when the claim's is unknown.
    static func sameAttribute(_ q: Quantity, in claim: TextAnalysis, among pool: [Quantity], evidence: [TextAnalysis], strict: Bool = false) -> [Quantity] {
        // A verb names what a figure measures only where an attribute is required ("each turn represents a week").
        let want = attribute(q, claim, verbs: strict)
        if want == nil, strict { return [] }
        return pool.filter { e in
            guard let unit = evidence.first(where: { $0.quantities.contains(e) }) else { return !strict }
            // Whatever the word before it, a clause whose subject measures something else holds another figure.
            if measureDifferentThings(q, in: claim, e, in: unit) || otherEndOfAChange(q, in: claim, e, in: unit) { return false }
            if differInKind(q, in: claim, e, in: unit) { return false }
            guard let want else { return true }
            guard let have = attribute(e, unit, verbs: strict) else { return !strict || recentConcepts(before: e.tokenRange.lowerBound, in: unit).contains(want) }
            // "production budget of onl $8 million": the claim's noun a word or two further back still binds it.
            return have == want || recentConcepts(before: e.tokenRange.lowerBound, in: unit).contains(want)
        }
    }

    /// Whether two figures measure the same thing by the word before each, verbs included ("The school has as many
    /// as 1,000 students" against "Classes hold up to 30 students"); a side with no such word says nothing against it.
    static func measuresAlike(_ cq: Quantity, in claim: TextAnalysis, _ e: Quantity, in evidence: [TextAnalysis]) -> Bool {
        guard let unit = evidence.first(where: { $0.quantities.contains(e) }) else { return true }
        if measureDifferentThings(cq, in: claim, e, in: unit) { return false }
        guard let want = attribute(cq, claim, verbs: true), let have = attribute(e, unit, verbs: true) else { return true }
        return have == want || recentConcepts(before: e.tokenRange.lowerBound, in: unit).contains(want)
    }

    /// What a figure's clause says it measures: its subject's head noun and the words that narrow it ("operating
    /// profit declined … to 1.54 trillion won"), read from Link Grammar's parse; nil when the subject is a name or
    /// a pronoun, or the figure is not among the verb's objects.
    struct Measured: Equatable {
        let head: String
        let kinds: Set<String>
    }

    static func measured(_ q: Quantity, _ a: TextAnalysis) -> Measured? {
        guard let reader = ClauseParses.reader, q.tokenRange.lowerBound < a.tokens.count else { return nil }
        let at = a.tokens[q.tokenRange.lowerBound].start
        let clauses = ClauseParses.clauses(a.text, reader)
        let holds = { (span: Span?) in span.map { $0.range.contains(at) } ?? false }
        // The verb whose object or phrase holds the figure, else the last verb before it ("declined 54 percent to 1.54
        // trillion won", where the parser takes "won" for a verb).
        guard let clause = clauses.last(where: { c in c.verbRange.upperBound <= at && (holds(c.object) || holds(c.complement) || c.prepositions.contains { holds($0.object) }) })
                ?? clauses.last(where: { $0.verbRange.upperBound <= at }),
              let subject = clause.subject,
              var head = a.tokens.indices.first(where: { a.tokens[$0].start >= subject.range.lowerBound && a.tokens[$0].end <= subject.range.upperBound && a.tokens[$0].text == subject.head })
        else { return nil }
        // "Operating profit declined": the parser may read the modifier as a verb whose object is the real head.
        if let modifier = clauses.first(where: { $0.verbRange.lowerBound == a.tokens[head].start }), let object = modifier.object,
           let next = a.tokens.indices.first(where: { a.tokens[$0].start == object.range.lowerBound }), next == head + 1 {
            head = a.tokens.indices.first(where: { $0 >= next && a.tokens[$0].text == object.head }) ?? next
        }
        let named = Set(a.entities.flatMap { Array($0.tokenRange) })
        guard a.tokens[head].isWord, !named.contains(head), !a.stems[head].isEmpty, !RoleComparer.pronouns.contains(a.tokens[head].lower),
              !["there", "this", "these", "those"].contains(a.tokens[head].lower) else { return nil }
        // The words right before the head that narrow it: "net", "operating", "domestic".
        var kinds: Set<String> = []
        var i = head - 1
        while i >= 0, head - i <= 3, a.tokens[i].isWord, !a.tokens[i].isPossessive, !named.contains(i), !a.stems[i].isEmpty,
              !Lexicon.stopwords.contains(a.tokens[i].lower), !determiners.contains(a.tokens[i].lower) {
            kinds.insert(Thesaurus.concept(a.stems[i]))
            i -= 1
        }
        return Measured(head: Thesaurus.concept(a.stems[head]), kinds: kinds)
    }

    /// Whether two figures' clauses measure different things: "Sales fell to 14.26 trillion won" is no rival to "net
    /// profit halved to 1.05 trillion won", nor "operating profit" to "net profit"; "profit" alone narrows nothing. Neither
    /// sentence may have the other's word ("The film's gross was …" still measures "the film grossed …").
    static func measureDifferentThings(_ cq: Quantity, in claim: TextAnalysis, _ e: Quantity, in unit: TextAnalysis) -> Bool {
        guard let want = measured(cq, claim), let have = measured(e, unit) else { return false }
        // Heads differ only as two measures the packs tell apart ("rezoning" and "plan" may name one thing).
        // (Two of the packs' measures differ whatever else the sentences say: "net profit reached $75m on higher sales".)
        if want.head != have.head {
            guard let a = Lexicon.measureGroups[want.head], let b = Lexicon.measureGroups[have.head] else { return false }
            return a != b
        }
        // Kinds likewise: "the total confirmed cases are 80" still measures "other cases …, making a total of 70 cases".
        guard !want.kinds.isEmpty, !have.kinds.isEmpty else { return false }
        let words = { (a: TextAnalysis) in Set(a.stems.filter { !$0.isEmpty }.map(Thesaurus.concept)) }
        return want.kinds.isDisjoint(with: words(unit)) && have.kinds.isDisjoint(with: words(claim))
    }

    /// Whether two figures that open their clauses count those to whom different things happened: "Twelve people were
    /// buried" against "At least 35 people were killed", "three others were injured" against "four people died". A figure
    /// that is its clause's subject is counted by its verb; verbs of two of the packs' outcomes count two groups ("tests
    /// were done" and "tests were processed" may be one count).
    static func countDifferentDoings(_ cq: Quantity, in claim: TextAnalysis, _ e: Quantity, in unit: TextAnalysis) -> Bool {
        guard let want = outcome(cq, claim), let have = outcome(e, unit) else { return false }
        return want != have
    }

    /// The packs' outcome group of what befell those a figure counts: its verb as subject ("35 people were killed") or
    /// the outcome verb right before it ("the crash killed five people and injured 12").
    static func outcome(_ q: Quantity, _ a: TextAnalysis) -> Int? {
        if let verb = subjectVerb(q, a), let group = Lexicon.outcomeGroups[verb] { return group }
        let i = q.tokenRange.lowerBound - 1
        guard i >= 0, a.tokens[i].isWord, !a.stems[i].isEmpty else { return nil }
        return Lexicon.outcomeGroups[Thesaurus.concept(a.stems[i])]
    }

    /// A count of people as a count of what befell them or what they did: "76 people have died", "killed at least 12
    /// people", "reviewed by 78 people" count deaths and reviews (the packs' `outcomeNouns`), so they meet "76 deaths".
    static func countingOutcomes(_ quantities: [Quantity], tokens t: [Token], stems: [String]) -> [Quantity] {
        // (Not a count split by place or day: "killed 12 people in Texas and four in Oklahoma" tells no death toll of 12.)
        let split = { (q: Quantity) in
            (q.tokenRange.upperBound..<t.count).contains { k in
                (t[k].kind == .number || QuantityParser.numberWords[t[k].lower] != nil && !["a", "an", "one"].contains(t[k].lower))
                    && (k + 1 == t.count || ["in", "on", "at", "from", "across", ",", "."].contains(t[k + 1].lower))
                    && !quantities.contains { $0.unit != nil && $0.tokenRange.contains(k) }
                    && !DateParser.isYearShaped(t[k])
            }
        }
        return quantities.map { q in
            guard q.kind == .amount, q.rate == nil, q.unit.map(Lexicon.peopleNouns.contains) ?? true, !split(q) else { return q }
            let i = q.tokenRange.lowerBound - 1
            // The verb whose subject the count is, or whose object it is ("killed … 12 people"), or whose agent ("reviewed by").
            let before = i >= 0 && t[i].lower == "by" ? i - 1 : i
            let verb = subjectVerb(q, tokens: t, stems: stems)
                ?? (before >= 0 && t[before].isWord && !stems[before].isEmpty ? Thesaurus.concept(stems[before]) : nil)
            guard let verb, let noun = Lexicon.outcomeNounByVerb[verb] else { return q }
            var counted = q
            counted.outcome = noun
            return counted
        }
    }

    /// Words after which a figure may open a clause as its subject.
    static let clauseOpeners: Set<String> = ["and", "but", "when", "after", "while", "as", "that", "because", "before", "since", "where",
                                             "said", "says", "reported", "announced"]

    /// The concept of the verb whose subject a figure is ("35 people were killed", "four died", "some 271 million shares
    /// changed hands"), when the figure opens its clause; nil otherwise.
    static func subjectVerb(_ q: Quantity, _ a: TextAnalysis) -> String? { subjectVerb(q, tokens: a.tokens, stems: a.stems) }

    static func subjectVerb(_ q: Quantity, tokens t: [Token], stems: [String]) -> String? {
        let start = q.tokenRange.lowerBound
        guard start == 0 || Lexicon.clauseBreaks.contains(t[start - 1].text) || clauseOpeners.contains(t[start - 1].lower) else { return nil }
        var i = q.tokenRange.upperBound
        // "35 people have been killed", "four were critically injured".
        while i < t.count, RoleComparer.passiveAuxiliaries.contains(t[i].lower) || ["have", "has", "had", "also", "reportedly", "remain", "remains", "remained"].contains(t[i].lower)
                || t[i].lower.hasSuffix("ly") && t[i].lower.count > 3 { i += 1 }
        guard i > q.tokenRange.upperBound || i < t.count, i < t.count, t[i].isWord, t[i].text.first?.isLowercase == true,
              !Lexicon.stopwords.contains(t[i].lower), !stems[i].isEmpty, WordNet.shared.senseCount(t[i].lower, .verb) > 0,
              t[i].lower.hasSuffix("ed") || i > q.tokenRange.upperBound || WordNet.shared.isIrregularVerbForm(t[i].lower) || t[i].lower.hasSuffix("s")
        else { return nil }
        return Thesaurus.concept(stems[i])
    }

    /// Whether two figures are of different kinds whatever they measure: a change's size against a level ("rose 25
    /// cents" against "to $2.50"), one period's figure against another's ("weekly" against "monthly"), or counts of
    /// those to whom different things happened ("killed" against "injured").
    static func differInKind(_ cq: Quantity, in claim: TextAnalysis, _ e: Quantity, in unit: TextAnalysis) -> Bool {
        if isChangeSize(cq, claim) != isChangeSize(e, unit) { return true }
        if countDifferentDoings(cq, in: claim, e, in: unit) { return true }
        if let want = period(before: cq, claim), let have = period(before: e, unit), want != have { return true }
        return false
    }

    /// The period an adjective before a figure gives what it measures: "a weekly MetroCard … $30" against "a monthly
    /// MetroCard pass will cost … $112", "annual revenue of $5m" against "quarterly revenue of $2m".
    static func period(before q: Quantity, _ a: TextAnalysis) -> String? {
        a.tokens[..<q.tokenRange.lowerBound].reversed().lazy.compactMap { Lexicon.periodAdjectives[$0.lower] }.first
    }

    /// "rose 25 cents", "was cut by about 10%", "won by 400 votes": the size of a change or a margin, no level
    /// ("to $2.50", "a $112 pass") to compare it with.
    static func isChangeSize(_ q: Quantity, _ a: TextAnalysis) -> Bool {
        let i = q.tokenRange.lowerBound
        // "a 12% increase", "a 2 percent drop": a change's noun after its figure.
        if q.tokenRange.upperBound < a.tokens.count, Lexicon.changeNouns.contains(a.tokens[q.tokenRange.upperBound].lower) { return true }
        guard i > 0 else { return false }
        if Lexicon.changeVerbs.contains(a.tokens[i - 1].lower) { return true }
        // "an increase of 12%", "growth of 2%".
        if i > 1, a.tokens[i - 1].lower == "of", Lexicon.changeNouns.contains(a.tokens[i - 2].lower) { return true }
        if Lexicon.changeAdverbs.contains(a.tokens[i - 1].lower) { return i > 1 && Lexicon.changeAdverbOpeners.contains(a.tokens[i - 2].lower) }
        // "rose 10% in Asia and 4% in Europe": a figure joined to a change's size is one too.
        if ["and", "or", ","].contains(a.tokens[i - 1].lower),
           let previous = a.quantities.last(where: { $0.kind == q.kind && $0.tokenRange.upperBound < i && i - $0.tokenRange.upperBound <= 6 }),
           !a.tokens[previous.tokenRange.upperBound..<i].contains(where: { [".", ";"].contains($0.text) }) {
            return isChangeSize(previous, a)
        }
        guard i > 1, a.tokens[i - 1].lower == "by" else { return false }
        // "by 10% to 25%": a change's size and the level it reached, whatever the verb.
        let end = q.tokenRange.upperBound
        if end + 1 < a.tokens.count, a.tokens[end].lower == "to",
           a.quantities.contains(where: { $0.tokenRange.lowerBound == end + 1 && $0.kind == q.kind }) { return true }
        // (The verb may stand past its object: "cut its key rate by 0.5%".)
        let from = (max(0, i - 6)..<(i - 1)).last { Lexicon.clauseBreaks.contains(a.tokens[$0].text) }.map { $0 + 1 } ?? max(0, i - 6)
        return (from..<(i - 1)).contains { k in
            // A passive's "by" names the doers ("was raised by 300 volunteers"), unless it gives a sum or a share ("was
            // cut by 10%").
            Lexicon.byChangeVerbs.contains(a.tokens[k].lower)
                && !(k > 0 && EventExtractor.auxiliaries.contains(a.tokens[k - 1].lower) && q.kind == .amount)
        }
    }

    /// "rose to 514 billion won from 496.8 billion won": the figure a change starts from is the earlier period's,
    /// no rival to the figure it reached.
    /// ("from 5 dollars to 9 dollars" is a range, both ends alike: only a figure after the level reached starts a change.)
    static func startsAChange(_ q: Quantity, _ a: TextAnalysis) -> Bool {
        guard after("from", q.tokenRange, a) else { return false }
        // "31 goals this season, up from 22 goals last season": "up from" and "down from" start a change by themselves.
        if let from = (max(0, q.tokenRange.lowerBound - 2)..<q.tokenRange.lowerBound).last(where: { a.tokens[$0].lower == "from" }),
           from > 0, ["up", "down"].contains(a.tokens[from - 1].lower) { return true }
        return a.quantities.contains {
            $0 != q && $0.kind == q.kind && $0.tokenRange.upperBound <= q.tokenRange.lowerBound && after("to", $0.tokenRange, a)
        }
    }

    /// The level a change reached: "to 514 billion won" before "from 496.8 billion won", "31 goals, up from 22".
    static func endsAChange(_ q: Quantity, _ a: TextAnalysis) -> Bool {
        !startsAChange(q, a) && a.quantities.contains { $0 != q && $0.kind == q.kind && $0.tokenRange.lowerBound >= q.tokenRange.upperBound && startsAChange($0, a) }
    }

    /// Whether an evidence figure is the other end of a change from the claim's: the start against a claim of the level
    /// reached, or the level reached against a claim of the start or of the earlier period.
    static func otherEndOfAChange(_ cq: Quantity, in claim: TextAnalysis, _ e: Quantity, in unit: TextAnalysis) -> Bool {
        speaksOfTheStart(cq, claim) ? endsAChange(e, unit) : startsAChange(e, unit)
    }

    /// Whether a claim's figure is itself a starting point or an earlier period's: "rose from 496.8 million", "a year
    /// earlier was 496.8 million".
    static func speaksOfTheStart(_ q: Quantity, _ a: TextAnalysis) -> Bool {
        if after("from", q.tokenRange, a) { return true }
        let near = max(0, q.tokenRange.lowerBound - 5)..<min(a.tokens.count, q.tokenRange.upperBound + 5)
        return !after("to", q.tokenRange, a) && near.contains { Lexicon.earlierPeriodWords.contains(a.tokens[$0].lower) }
    }

    private static func after(_ word: String, _ r: Range<Int>, _ a: TextAnalysis) -> Bool {
        (max(0, r.lowerBound - 2)..<r.lowerBound).last { a.tokens[$0].isWord }.map { a.tokens[$0].lower == word } ?? false
    }

    /// The concepts of the few words before a figure.
    static func recentConcepts(before start: Int, in a: TextAnalysis) -> Set<String> {
        // Not past a preposition of place: "a hole in its 1,000-foot wide dish" measures the dish, not the hole.
        let from = (max(0, start - 4)..<start).last { Self.placePrepositions.contains(a.tokens[$0].lower) }.map { $0 + 1 } ?? max(0, start - 4)
        return Set((from..<start).filter { a.tokens[$0].isWord && !a.stems[$0].isEmpty }.map { Thesaurus.concept(a.stems[$0]) })
    }

    /// The figure a bracketed one converts: "100-foot-long" for "(30 meter)".
    static func convertedFigure(_ q: Quantity, _ a: TextAnalysis) -> Quantity? {
        let i = q.tokenRange.lowerBound
        guard i >= 2, a.tokens[i - 1].text == "(", q.tokenRange.upperBound < a.tokens.count, a.tokens[q.tokenRange.upperBound].text == ")" else { return nil }
        return a.quantities.last { p in
            p.tokenRange.upperBound <= i - 1 && p.kind == q.kind
                && a.tokens[p.tokenRange.upperBound..<(i - 1)].allSatisfy { $0.text == "-" || dimensions.contains($0.lower) }
        }
    }

    /// Prepositions that place one thing in another, so the noun before them is not what a figure after them measures.
    static let placePrepositions: Set<String> = ["in", "into", "inside", "on", "onto", "near", "within", "beside", "behind"]

    /// Words of the dimension a length measures ("100-foot-long", "1,000-foot wide"): the noun after them is what is measured.
    static let dimensions: Set<String> = ["long", "wide", "tall", "high", "deep", "thick", "broad"]

    /// Words after a period that make it the time between two events, by direction.
    static let intervalWords: [String: String] = ["after": "interval after", "later": "interval after", "before": "interval before", "earlier": "interval before"]

    /// Verbs ("received", "paid", "faces") tie a figure to an action, not to what it measures: only nouns are attributes.
    static func looksLikeNoun(_ w: String) -> Bool {
        !(w.hasSuffix("ed") || w.hasSuffix("ing") || w.hasSuffix("ly") || Lexicon.triggers[w] != nil || Lexicon.faceCues.contains(w)
            || Lexicon.hedgeCues.contains(w) || ["paid", "gave", "got", "won", "lost", "sold", "made", "took", "hit", "rose", "fell", "grew", "cost", "spent", "earns", "scored"].contains(w))
    }

    /// The concept of the content word just before a figure (past linking words), if it is a plain lower-case word.
    static func attribute(_ q: Quantity, _ a: TextAnalysis, verbs: Bool = false) -> String? {
        // A conversion in brackets ("a 100-foot-long (30 meter) hole") measures what the figure before it does.
        if let original = convertedFigure(q, a) { return attribute(original, a, verbs: verbs) }
        // "a seven-day rate", "a two-year contract": a hyphenated figure describes the noun after it.
        // Past a dimension ("a 100-foot-long (30 meter) hole", "its 1,000-foot wide reflector dish"), the noun measured; of
        // two nouns, the second ("reflector dish").
        let hyphenated = q.tokenRange.count >= 2 && a.tokens[q.tokenRange.upperBound - 2].text == "-"
        let end = q.tokenRange.upperBound
        if q.kind == .measure, hyphenated || end < a.tokens.count && Self.dimensions.contains(a.tokens[end].lower) {
            var k = end
            if k < a.tokens.count, a.tokens[k].text == "-" { k += 1 }
            if k < a.tokens.count, Self.dimensions.contains(a.tokens[k].lower) { k += 1 }
            if k < a.tokens.count, let past = FigureComparison.pastConversion(from: k, step: 1, in: a) { k = past }
            let noun = { (k: Int) in k < a.tokens.count && a.tokens[k].isWord && a.tokens[k].text.first?.isLowercase == true
                && !Lexicon.stopwords.contains(a.tokens[k].lower) && !Lexicon.prepositions.contains(a.tokens[k].lower) && !a.stems[k].isEmpty
                && looksLikeNoun(a.tokens[k].lower) && WordNet.shared.isMostlyNoun(a.tokens[k].lower) }
            if k > end, noun(k) { return Thesaurus.concept(a.stems[noun(k + 1) ? k + 1 : k]) }
        }
        if q.kind != .age, end < a.tokens.count, hyphenated,
           a.tokens[end].isWord, a.tokens[end].text.first?.isLowercase == true, !Lexicon.stopwords.contains(a.tokens[end].lower),
           !a.stems[end].isEmpty, looksLikeNoun(a.tokens[end].lower) {
            return Thesaurus.concept(a.stems[end])
        }
        // "a month after he resigned", "two years later": a period between two events, named by its direction.
        if q.kind == .duration, end < a.tokens.count, let direction = intervalWords[a.tokens[end].lower] { return direction }
        // "will have 30 days to review the report": a period is for what its "to" does.
        if q.kind == .duration, end + 1 < a.tokens.count, a.tokens[end].lower == "to", a.tokens[end + 1].text.first?.isLowercase == true,
           !a.stems[end + 1].isEmpty, !Lexicon.stopwords.contains(a.tokens[end + 1].lower), WordNet.shared.isA(a.tokens[end + 1].lower, .verb) {
            return Thesaurus.concept(a.stems[end + 1])
        }
        // "98% of crypto assets": what a share is of names it better than the verb before it.
        if q.kind == .percent, let whole = shareOf(q, a) { return whole }
        var i = q.tokenRange.lowerBound - 1
        var steps = 0
        while i >= 0, steps < 4, links.contains(a.tokens[i].lower) { i -= 1; steps += 1 }
        guard i >= 0, a.tokens[i].isWord, a.tokens[i].text.first?.isLowercase == true, !a.stems[i].isEmpty,
              !Lexicon.stopwords.contains(a.tokens[i].lower), looksLikeNoun(a.tokens[i].lower), verbs || !isVerb(i, a) else { return nil }
        // "Typical survival with myelofibrosis is about five years", "the price of oil was $80": the noun a phrase
        // hangs from is what is measured, unless it only counts ("the number of cases was 50").
        if i >= 2, phraseHeads.contains(a.tokens[i - 1].lower), a.tokens[i - 2].isWord, a.tokens[i - 2].text.first?.isLowercase == true,
           !Lexicon.stopwords.contains(a.tokens[i - 2].lower), !countingNouns.contains(a.tokens[i - 2].lower), !a.stems[i - 2].isEmpty,
           WordNet.shared.isMostlyNoun(a.tokens[i - 2].lower) {
            return Thesaurus.concept(a.stems[i - 2])
        }
        return Thesaurus.concept(a.stems[i])
    }

    /// Prepositions whose phrase narrows the noun before it ("survival with myelofibrosis").
    static let phraseHeads: Set<String> = ["with", "of", "for", "among", "in"]
    /// Nouns that only count what their phrase names.
    static let countingNouns: Set<String> = ["number", "total", "amount", "share", "percentage", "proportion", "count", "majority", "half", "third",
                                             "quarter", "rest", "sum", "average", "tally", "level", "rate", "figure"]

    /// Determiners after which a word is a noun ("the hold", "its stores").
    static let determiners: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "that", "these", "those"]

    /// "hard drives hold nine platters", "Coinbase keeps 98%": a word WordNet knows at least as well as a verb as a
    /// noun, not after a determiner, is the sentence's verb, not what its figure measures ("costs of $5m" keeps its noun).
    private static func isVerb(_ i: Int, _ a: TextAnalysis) -> Bool {
        let w = a.tokens[i].lower
        if i > 0, determiners.contains(a.tokens[i - 1].lower) || a.tokens[i - 1].isPossessive { return false }
        // "charges spreads as high as 4%": after a verb in "-s", a word in "-s" is its object, not a second verb.
        if i > 0, w.hasSuffix("s"), a.tokens[i - 1].isWord, a.tokens[i - 1].text.first?.isLowercase == true,
           a.tokens[i - 1].lower.hasSuffix("s"), !a.tokens[i - 1].lower.hasSuffix("ss") { return false }
        let wn = WordNet.shared
        let base = !w.hasSuffix("s") || w.hasSuffix("ss") ? w
            : w.hasSuffix("es") && wn.senseCount(String(w.dropLast(2)), .verb) > 0 ? String(w.dropLast(2)) : String(w.dropLast())
        let verbs = wn.senseCount(base, .verb)
        return verbs > 0 && verbs >= wn.senseCount(base, .noun)
    }

    /// The head noun of the "of" phrase right after a percentage ("98% of crypto assets", "45% of Republicans"):
    /// its last noun before a break, within three words.
    private static func shareOf(_ q: Quantity, _ a: TextAnalysis) -> String? {
        var i = q.tokenRange.upperBound
        guard i < a.tokens.count, a.tokens[i].lower == "of" else { return nil }
        i += 1
        while i < a.tokens.count, Lexicon.articles.contains(a.tokens[i].lower) || ["its", "their", "his", "her", "our", "all", "the"].contains(a.tokens[i].lower) { i += 1 }
        var head: Int? = nil
        var k = i
        while k < a.tokens.count, k < i + 3, a.tokens[k].isWord, !Lexicon.stopwords.contains(a.tokens[k].lower), !a.stems[k].isEmpty,
              a.tokens[k].isCapitalized || looksLikeNoun(a.tokens[k].lower) {
            // ("crypto assets offline": the head is the last word WordNet knows as a noun; "45% of Republicans": a
            // capitalised group is its own head.)
            if a.tokens[k].isCapitalized || WordNet.shared.senseCount(a.tokens[k].lower, .noun) > 0 || QuantityParser.isPluralNoun(a.tokens[k]) { head = k }
            // A plural ends the phrase: "of independents back the plan" is a share of independents.
            if a.tokens[k].lower.hasSuffix("s"), !a.tokens[k].lower.hasSuffix("ss"), head == k { break }
            k += 1
        }
        return head.map { Thesaurus.concept(a.stems[$0]) }
    }
}
