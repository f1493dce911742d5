/// Analyses a document's sentences in order, resolving pronouns and bare descriptions
/// ("the defendant", "A former CIA officer") to the people the article is about.
enum DocumentAnalyzer {
    static func analyse(_ doc: SourceDocument, context: NameContext) -> [TextAnalysis] {
        analyse(doc, tokens: doc.sentences.map { Tokenizer.tokenize($0.text) }, context: context)
    }

    /// Analyses with tokens already made (one per sentence, in order).
    static func analyse(_ doc: SourceDocument, tokens tokenised: [[Token]], context: NameContext) -> [TextAnalysis] {
        // Names are found once: the main person needs them all before any sentence is analysed.
        let recognised = zip(doc.sentences, tokenised).map { s, tokens in s.isCitable ? EntityRecognizer.recognise(tokens, context: context) : [] }
        let main = mainPerson(recognised)
        let ahead = speakersAhead(doc, tokens: tokenised, recognised: recognised)
        var lastPerson: EntityMention?
        var lastSpeaker: EntityMention?
        var lastYear: Int?
        var out: [TextAnalysis] = []
        for (i, (s, tokens)) in zip(doc.sentences, tokenised).enumerated() {
            // Noise is never evidence: it gets an empty analysis, which also keeps overlong lines cheap.
            guard s.isCitable else {
                out.append(TextAnalysis(text: "", tokens: [], stems: [], entities: [], quantities: [], dates: [], events: []))
                continue
            }
            // "Unlike Hitler, however, he never did jail time": the person a sentence is compared with is not its subject.
            let compared = comparisonOpening(tokens)
            let analysis = TextAnalyzer.analyse(s.text, tokens: tokens, context: context, reference: doc.published, recognised: recognised[i],
                                                   yearBefore: lastYear) { named in
                resolve(tokens, named: named, last: lastPerson, main: main, compared: compared)
                    + ((continuedQuote(tokens, named: named, speaker: lastSpeaker) ?? quotedAhead(tokens, named: named, speaker: ahead[i])).map { [$0] } ?? [])
            }
            // A quotation's speaker speaks on in the next sentence that opens with a quotation mark and names no one.
            // (The rest of its paragraph is still the quotation's; a paragraph of the reporter's own ends it.)
            let sameParagraph = i > 0 && doc.sentences[i - 1].line == s.line
            lastSpeaker = speaker(of: analysis) ?? (opensQuote(tokens) || sameParagraph ? lastSpeaker : nil)
            // The next sentence's "she" is most likely this one's subject, the first person it names ("Nadia
            // Mohamed, 27, won …, defeating Dale Anderson. She has served …"), not the last.
            if let p = analysis.entities.first(where: { $0.kind == .person && !compared.contains($0.tokenRange.lowerBound) }) { lastPerson = p }
            if let y = analysis.dates.last(where: { $0.singleYear != nil })?.singleYear { lastYear = y }
            out.append(analysis)
        }
        return out
    }

    /// The person named most often in the article's citable text (names per sentence, noise empty).
    static func mainPerson(_ recognised: [[EntityMention]]) -> EntityMention? {
        var counts: [String: Int] = [:]
        var first: [String: EntityMention] = [:]
        for names in recognised {
            for e in names where e.kind == .person {
                counts[e.key, default: 0] += 1
                if first[e.key] == nil { first[e.key] = e }
            }
        }
        guard let best = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }), best.value >= 2 else { return nil }
        return first[best.key]
    }

    /// - Parameter compared: the sentence's opening "Like …," / "Unlike …," phrase, whose people are no antecedents.
    private static func resolve(_ tokens: [Token], named: [EntityMention], last: EntityMention?, main: EntityMention?, compared: Range<Int>) -> [EntityMention] {
        var extra: [EntityMention] = []
        let firstPronoun = tokens.firstIndex { Lexicon.pronouns.contains($0.lower) } ?? tokens.count
        // "A former CIA officer has been sentenced…": a description that opens a sentence naming nobody is the article's main person.
        if let main, !named.contains(where: { $0.kind == .person }),
           let i = tokens.indices.first(where: { Lexicon.descriptors.contains(tokens[$0].lower) && !isPlural(tokens, $0) }), i < firstPronoun {
            extra.append(EntityMention(key: main.key, kind: .person, text: main.text, tokenRange: i..<(i + 1), givenNames: main.givenNames, resolvedFrom: tokens[i].lower))
        }
        for (i, t) in tokens.enumerated() where Lexicon.pronouns.contains(t.lower) {
            // Nearest person named (or described) earlier in this sentence, else the last one before it.
            let antecedent = (named + extra).filter { $0.kind == .person && $0.tokenRange.upperBound <= i && !compared.contains($0.tokenRange.lowerBound) }.max { $0.tokenRange.upperBound < $1.tokenRange.upperBound } ?? last
            guard let a = antecedent else { continue }
            extra.append(EntityMention(key: a.key, kind: .person, text: a.text, tokenRange: i..<(i + 1), givenNames: a.givenNames, resolvedFrom: t.lower))
        }
        return extra
    }

    /// The speaker, as a mention on the opening quotation mark, of a sentence that opens a quotation and names no one:
    /// in news a paragraph that opens with a quote and no attribution continues the last speaker's words.
    private static func continuedQuote(_ tokens: [Token], named: [EntityMention], speaker: EntityMention?) -> EntityMention? {
        guard let speaker, opensQuote(tokens), !named.contains(where: { $0.kind == .person }),
              !tokens.contains(where: { Lexicon.reportingVerbs.contains($0.lower) }) else { return nil }
        // A short quotation that closes at once is a title or a term ("“Hamlet” opens the season"), not a speaker's words.
        if let close = tokens.dropFirst().firstIndex(where: { ["\"", "”", "»"].contains($0.text) }), close <= 5 { return nil }
        return EntityMention(key: speaker.key, kind: .person, text: speaker.text, tokenRange: 0..<1, givenNames: speaker.givenNames, resolvedFrom: "“")
    }

    /// The speaker, as a mention on the first token, of a sentence inside a quotation that a later sentence closes and
    /// attributes: "“Together we risked a lot. Together we achieved a lot,” said … Moritz Leuenberger." The sentence
    /// names no one and reports nothing of its own.
    private static func quotedAhead(_ tokens: [Token], named: [EntityMention], speaker: EntityMention?) -> EntityMention? {
        guard let speaker, !tokens.isEmpty, !named.contains(where: { $0.kind == .person }),
              !tokens.contains(where: { Lexicon.reportingVerbs.contains($0.lower) }) else { return nil }
        return EntityMention(key: speaker.key, kind: .person, text: speaker.text, tokenRange: 0..<1, givenNames: speaker.givenNames, resolvedFrom: "“")
    }

    /// For each sentence still inside a quotation at its end, the speaker of the sentence of the same paragraph that
    /// closes the quotation, if that one says who speaks.
    static func speakersAhead(_ doc: SourceDocument, tokens: [[Token]], recognised: [[EntityMention]]) -> [Int: EntityMention] {
        var out: [Int: EntityMention] = [:]
        var pending: [Int] = []
        var open = false
        for i in tokens.indices {
            if i > 0, doc.sentences[i - 1].line != doc.sentences[i].line || !doc.sentences[i].isCitable { pending = []; open = false }
            guard doc.sentences[i].isCitable else { continue }
            var closed = false
            for t in tokens[i] {
                switch t.text {
                case "“", "«": open = true
                case "”", "»": closed = closed || open; open = false
                case "\"": closed = closed || open; open.toggle()
                default: break
                }
            }
            if closed {
                if let who = speaker(tokens[i], entities: recognised[i]) { for k in pending { out[k] = who } }
                pending = []
            }
            if open { pending.append(i) }
        }
        return out
    }

    private static func opensQuote(_ tokens: [Token]) -> Bool {
        guard let first = tokens.first else { return false }
        return ["\"", "“", "«"].contains(first.text)
    }

    /// Who a sentence quotes: the person beside its reporting verb ("… ,” he said", "Byrne said: “…"), when it quotes.
    private static func speaker(of analysis: TextAnalysis) -> EntityMention? {
        speaker(analysis.tokens, entities: analysis.entities)
    }

    private static func speaker(_ tokens: [Token], entities: [EntityMention]) -> EntityMention? {
        guard tokens.contains(where: { ["\"", "“", "”"].contains($0.text) }),
              let verb = tokens.lastIndex(where: { Lexicon.reportingVerbs.contains($0.lower) }) else { return nil }
        // (After the verb a title may stand first: "said Swiss Environment and Transport Minister Moritz Leuenberger".)
        let titled = { (e: EntityMention) in
            e.tokenRange.lowerBound > verb && e.tokenRange.lowerBound - verb <= 8
                && tokens[(verb + 1)..<e.tokenRange.lowerBound].allSatisfy { $0.isCapitalized || ["and", "of", "the", "-"].contains($0.lower) || Lexicon.titles.contains($0.lower) }
        }
        // The name ends the title: of "Swiss Environment" and "Moritz Leuenberger" there, the last. (A person right
        // before the verb speaks: "Byrne said Ana Ruiz was wrong".)
        let sayer = entities.contains { $0.kind == .person && (verb - 1...verb).contains($0.tokenRange.upperBound) }
        if !sayer, let named = entities.filter({ $0.kind == .person && titled($0) }).max(by: { $0.tokenRange.lowerBound < $1.tokenRange.lowerBound }) { return named }
        // Nearest by the end that faces the verb, one before it first: "Tom Byrne said Ana Ruiz …" is Byrne's.
        let gap = { (e: EntityMention) in e.tokenRange.upperBound <= verb ? 2 * (verb - e.tokenRange.upperBound) : 2 * (e.tokenRange.lowerBound - verb - 1) + 1 }
        return entities.filter { $0.kind == .person && abs($0.tokenRange.lowerBound - verb) <= 4 }.min { gap($0) < gap($1) }
    }

    /// The tokens of an opening "Like …," or "Unlike …," phrase (empty when the sentence opens otherwise).
    static func comparisonOpening(_ tokens: [Token]) -> Range<Int> {
        guard let first = tokens.first, ["like", "unlike"].contains(first.lower),
              let comma = tokens.firstIndex(where: { $0.text == "," }) else { return 0..<0 }
        return 0..<comma
    }

    private static func isPlural(_ tokens: [Token], _ i: Int) -> Bool {
        tokens[i].lower.hasSuffix("s") && !tokens[i].lower.hasSuffix("ss")
    }
}
