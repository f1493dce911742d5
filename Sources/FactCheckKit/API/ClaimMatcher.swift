/// Checks claims against a corpus: for each source agreement, conflict or absence, with citations and a reason.
///
/// Building a matcher analyses and indexes the whole corpus once (load → analyse → index);
/// `check` then only reads. The shell, batch mode and every report call this one engine.
public struct ClaimMatcher: Sendable {
    /// The corpus this matcher was built from.
    public let corpus: Corpus
    let context: NameContext
    let analyses: [[TextAnalysis]]
    let index: SentenceIndex
    let titles: TitleIndex
    /// How claims are checked.
    public var options = CheckOptions()

    /// Candidate sentences weighed per source.
    private static let candidatesPerSource = 12
    /// Candidate sentences weighed in all: retrieval narrows a large corpus to these before slot-by-slot checks.
    private static let candidatesOverall = 200
    /// Sources named by the claim that retrieval missed, weighed by their opening sentences.
    private static let titleNamedSources = 20
    private static let openingCandidates = 2

    /// Analyses and indexes `corpus`, one document per core at a time.
    public init(corpus: Corpus, options: CheckOptions = CheckOptions()) {
        self.corpus = corpus
        self.options = options
        // Tokenise every sentence once: the name context and the analysis both read the tokens.
        let learned = Parallel.map(corpus.documents) { doc -> (tokens: [[Token]], context: NameContext) in
            let tokens = doc.sentences.map { $0.isCitable ? Tokenizer.tokenize($0.text) : [] }
            var context = NameContext()
            for (s, t) in zip(doc.sentences, tokens) where s.isCitable { context.learn(t) }
            context.learnInitials(tokens)
            let bodyNames = Set(tokens.lazy.flatMap { $0.filter(\.isCapitalized).map(\.lower) })
            context.learnTitle(Tokenizer.tokenize(doc.title), bodyNames: bodyNames)
            return (tokens, context)
        }
        // Merged in corpus order, which gives the same context as learning every document in turn.
        let context = learned.reduce(into: NameContext()) { $0.merge($1.context) }
        self.context = context
        let analysed = Parallel.map(Array(zip(corpus.documents, learned.map(\.tokens)))) { doc, tokens in
            let analyses = DocumentAnalyzer.analyse(doc, tokens: tokens, context: context)
            return (analyses: analyses, terms: analyses.map(SentenceIndex.terms))
        }
        analyses = analysed.map(\.analyses)
        var index = SentenceIndex()
        for (d, doc) in corpus.documents.enumerated() {
            for s in doc.sentences where s.isCitable { index.add(doc: d, sentence: s.index, terms: analysed[d].terms[s.index]) }
        }
        self.index = index
        self.titles = TitleIndex(titles: corpus.documents.map(\.title))
    }

    /// A matcher from parts analysed earlier (the on-disk cache).
    init(corpus: Corpus, context: NameContext, analyses: [[TextAnalysis]], index: SentenceIndex) {
        self.corpus = corpus
        self.context = context
        self.analyses = analyses
        self.index = index
        self.titles = TitleIndex(titles: corpus.documents.map(\.title))
    }

    /// Names of people, organisations and places in the corpus, for tab completion.
    public var entityNames: [String] {
        var names: Set<String> = []
        for doc in analyses {
            for a in doc {
                for e in a.entities where e.resolvedFrom == nil {
                    for t in a.tokens[e.tokenRange] where t.isWord && t.isCapitalized && t.text.count > 1 { names.insert(t.isPossessive ? String(t.text.dropLast(2)) : t.text) }
                }
            }
        }
        return names.sorted()
    }

    /// Checks one claim against every source, in corpus order. Deterministic.
    ///
    /// A question is checked as the statement it asks about; a compound claim part by part, and per source
    /// any conflicting part makes a conflict, every part agreeing an agreement, anything else absence.
    public func check(_ claim: String) -> ClaimResult {
        let parts = ClaimSplitter.parts(claim)
        guard parts.count > 1 else { return ClaimResult(claim: claim, sources: checkStatement(parts[0])) }
        let results = parts.map { checkStatement($0) }
        let sources = corpus.documents.indices.map { d in
            PartCombiner.combine(parts: parts, verdicts: results.map { $0[d] })
        }
        return ClaimResult(claim: claim, sources: sources)
    }

    /// Checks each part of a claim on its own, for callers that weigh parts separately (a draft sentence is
    /// supported only when every part is). `reference` dates relative words ("last June") when the text has a date of its own.
    func checkParts(_ claim: String, reference: CalendarDate? = nil) -> [(part: String, result: ClaimResult)] {
        ClaimSplitter.parts(claim).map { part in (part, ClaimResult(claim: part, sources: checkStatement(part, reference: reference))) }
    }

    private func checkStatement(_ claim: String, reference: CalendarDate? = nil) -> [SourceVerdict] {
        let reading = TextAnalyzer.analyseClaim(claim, context: context, reference: reference)
        let weights = Dictionary(reading.concepts.map { ($0, index.idf($0)) }, uniquingKeysWith: { a, _ in a })
        var comparer = EvidenceComparer(claim: reading, conceptWeights: weights)
        // WordNet's first-sense synonyms and antonyms of the claim's words ("spoke" ~ "speaker" is morphology; "jail" ~ "prison" the thesaurus).
        for i in reading.contentIndices {
            let relations = WordNet.shared.relations(of: reading.tokens[i].lower)
            let concept = Thesaurus.concept(reading.stems[i])
            let single = { (words: Set<String>) in Set(words.filter { !$0.contains(" ") }.map { Thesaurus.concept(Stemmer.shared.stem($0)) }) }
            comparer.synonyms[concept, default: []].formUnion(single(relations.synonyms).subtracting([concept]))
            // (Not an idiomatic verb's: "comes in the year" and "has gone into building" are no opposites.)
            if !Lexicon.idiomaticVerbs.contains(concept) {
                comparer.antonyms[concept, default: []].formUnion(single(relations.antonyms).subtracting(Lexicon.idiomaticVerbs))
            }
        }
        var query = SentenceIndex.terms(reading)
        // Claims name an event with one word; sources may use another of its triggers.
        for e in reading.events { query.append("#" + e.type.rawValue) }
        var hits = index.search(query, perDocument: Self.candidatesPerSource, limit: Self.candidatesOverall)
        // A source named by the claim is about what the claim is about: its opening sentences are candidates.
        for d in titles.documents(namedIn: Topic.words(claim), limit: Self.titleNamedSources) where hits[d] == nil {
            hits[d] = corpus.documents[d].sentences.filter(\.isCitable).prefix(Self.openingCandidates).map { ($0.index, 0) }
        }
        let claimNotes = describe(reading)
        let rules = corpus.documents.indices.map { d in
            judge(document: d, candidates: hits[d] ?? [], comparer: comparer, claimNotes: claimNotes)
        }
        return options.verifier == .rules ? rules : consultModel(claim, rules)
    }

    private func citation(_ d: Int, _ s: Int) -> Citation {
        let doc = corpus.documents[d]
        let sentence = doc.sentences[s]
        return Citation(sourceID: doc.id, line: sentence.line, column: sentence.column, sentence: sentence.text)
    }

    private struct Weighed {
        var sentences: [Int]
        var assessment: Assessment
        var retrieval: Double
    }

    private func judge(document d: Int, candidates: [(sentence: Int, score: Double)], comparer: EvidenceComparer, claimNotes: [String]) -> SourceVerdict {
        // Most sources of a large corpus share nothing with a claim: answer them without copying the document.
        guard !candidates.isEmpty else {
            return SourceVerdict(sourceID: corpus.documents[d].id, verdict: .absence, citations: [], reason: "absence: nothing related in this source",
                                 score: 0, explanation: Explanation(claimReading: claimNotes, candidates: []))
        }
        let doc = corpus.documents[d]
        var weighed: [Weighed] = candidates.map { c in
            Weighed(sentences: [c.sentence], assessment: comparer.assess([analyses[d][c.sentence]], topic: doc.title), retrieval: c.score)
        }
        let decisive = { (w: Weighed) in w.assessment.outcome == .agreement || w.assessment.outcome == .conflict }
        if !weighed.contains(where: decisive) {
            // A fact may need two adjacent sentences: weigh each candidate with its citable neighbours.
            // Both sentences must be about the claim's people: a neighbour about someone else lends nothing.
            for c in candidates {
                for n in [c.sentence - 1, c.sentence + 1] where n >= 0 && n < doc.sentences.count && doc.sentences[n].isCitable
                    && aboutClaim([analyses[d][c.sentence], analyses[d][n]], comparer.claim) {
                    let pair = [min(c.sentence, n), max(c.sentence, n)]
                    guard !weighed.contains(where: { $0.sentences == pair }) else { continue }
                    let a = comparer.assess(pair.map { analyses[d][$0] }, topic: doc.title)
                    if a.outcome == .agreement || a.outcome == .conflict { weighed.append(Weighed(sentences: pair, assessment: a, retrieval: c.score)) }
                }
            }
        }
        weighed.sort { a, b in
            a.assessment.score != b.assessment.score ? a.assessment.score > b.assessment.score
                : (a.retrieval != b.retrieval ? a.retrieval > b.retrieval : a.sentences[0] < b.sentences[0])
        }
        // Show the evidence the verdict rests on first, then the runners-up.
        let shown = weighed.filter(decisive) + weighed.filter { !decisive($0) }
        let explanation = Explanation(claimReading: claimNotes, candidates: shown.prefix(6).map { w in
            let units = w.sentences.map { analyses[d][$0] }
            return Explanation.Candidate(citations: w.sentences.map { citation(d, $0) }, score: w.assessment.score,
                                         verdict: verdict(of: w.assessment.outcome), notes: w.assessment.notes + hedgeNote(w.assessment.outcome),
                                         modelMayAgree: comparer.modelMayAgree(with: units, title: doc.title),
                                         modelMayConflict: comparer.modelMayConflict(with: units, title: doc.title))
        })
        let agreements = weighed.filter { $0.assessment.outcome == .agreement }
        let conflicts = weighed.filter { $0.assessment.outcome == .conflict && !Self.figuresInOtherFrames($0, among: weighed) && !outweighed($0, among: weighed, in: d, claim: comparer.claim) }
        // A source that states the claim agrees with it, unless its conflicting statement is a closer match.
        if let best = agreements.first, (conflicts.first?.assessment.score ?? 0) <= best.assessment.score {
            return SourceVerdict(sourceID: doc.id, verdict: .agreement, citations: cite(d, agreements),
                                 reason: "agreement: “\(best.assessment.reason)”", score: best.assessment.score, explanation: explanation)
        }
        if let best = conflicts.first {
            return SourceVerdict(sourceID: doc.id, verdict: .conflict, citations: cite(d, conflicts),
                                 reason: "conflict: \(best.assessment.reason)", score: best.assessment.score, explanation: explanation)
        }
        if let hedged = weighed.first(where: { if case .hedged = $0.assessment.outcome { return true } else { return false } }),
           case .hedged(let fragment) = hedged.assessment.outcome {
            var v = SourceVerdict(sourceID: doc.id, verdict: .absence, citations: hedged.sentences.map { citation(d, $0) },
                                  reason: "absence: only hedged — “\(fragment)”", score: hedged.assessment.score, explanation: explanation)
            v.rulesDecisive = true
            return v
        }
        let reason = weighed.first.map { "absence: no sentence states this (closest \(corpus.shortIDs[doc.id]):\(doc.sentences[$0.sentences[0]].line) \($0.assessment.reason))" }
            ?? "absence: nothing related in this source"
        var v = SourceVerdict(sourceID: doc.id, verdict: .absence, citations: [], reason: reason, score: weighed.first?.assessment.score ?? 0, explanation: explanation)
        // Decided by the rules when a best-scoring candidate found something to compare; a weaker sentence that lacks the
        // claim's figure says nothing against the best one, which gives it.
        let best = weighed.first?.assessment.score ?? 0
        v.rulesDecisive = weighed.prefix(3).contains { $0.assessment.decisive && $0.assessment.score >= best }
        return v
    }

    /// A conflict resting on figures alone says nothing when the source gives the claim's figure elsewhere, or
    /// another figure again in as close a match: "Embiid scored 10 points" early on and "13 huge points" in the third quarter are
    /// figures of two periods, and neither contradicts "13 points in the third quarter" or "35 points" in all.
    private static func figuresInOtherFrames(_ w: Weighed, among all: [Weighed]) -> Bool {
        guard !w.assessment.figureConflicts.isEmpty else { return false }
        let others = all.filter { $0.sentences != w.sentences && Set($0.sentences).isDisjoint(with: w.sentences) }
        return w.assessment.figureConflicts.contains { claimFigure, sourceFigure in
            others.contains { o in
                // Another figure counts against this one only where it is as close a match (what "daytime" picks out).
                o.assessment.statedFigures.contains(claimFigure)
                    || o.assessment.figureConflicts[claimFigure].map { $0 != sourceFigure } == true && o.assessment.score >= w.assessment.score
            }
        }
    }

    /// A conflict resting on figures alone says nothing when another sentence, twice as close a match, states one of
    /// the claim's figures and writes the number of the one in conflict in a way not read: "Hughes has assessed
    /// bleaching levels on 682 reefs from a spotter plane flying at about 150m" is the claim's sentence, and the reef's
    /// "2300km" is another thing. (Where the closer sentence lacks that number, the far one may be the claim's other
    /// half: "The hospital has 320 beds. It employs 2,400 staff.")
    private func outweighed(_ w: Weighed, among all: [Weighed], in d: Int, claim: TextAnalysis) -> Bool {
        guard !w.assessment.figureConflicts.isEmpty else { return false }
        let numbers = claim.quantities.filter { w.assessment.figureConflicts[$0.display] != nil }
            .flatMap { q in q.tokenRange.filter { claim.tokens[$0].kind == .number }.map { claim.tokens[$0].text } }
        guard !numbers.isEmpty else { return false }
        let writes = { (t: Token) in
            numbers.contains { n in t.text == n || t.text.hasPrefix(n) && t.text.dropFirst(n.count).first?.isLetter == true }
        }
        return all.contains { o in
            Set(o.sentences).isDisjoint(with: w.sentences) && !o.assessment.statedFigures.isEmpty && o.assessment.score >= 2 * w.assessment.score
                && o.sentences.contains { analyses[d][$0].tokens.contains(where: writes) }
        }
    }

    /// Each sentence names one of the claim's names, and one of them names its person (if it has one) while
    /// neither is about another person only.
    private func aboutClaim(_ pair: [TextAnalysis], _ claim: TextAnalysis) -> Bool {
        func names(_ u: TextAnalysis, people: Bool) -> Bool {
            u.entities.contains { e in claim.entities.contains { (!people || $0.kind == .person) && $0.refers(to: e) } }
        }
        let hasPerson = claim.entities.contains { $0.kind == .person }
        // A sentence about someone else lends nothing: "Deqa Dhalac … was the first Somali American to serve as mayor"
        // beside "Mohamed" is Dhalac's fact.
        let someoneElse = { (u: TextAnalysis) in
            !names(u, people: true) && u.entities.contains { e in e.kind == .person && !claim.entities.contains { $0.corefers(with: e) } }
        }
        // What the claim says someone said must be in a sentence that names them: "Ruiz said Hamlet opens the season"
        // is not stated by Ruiz's quote beside the reporter's own "“Hamlet” opens the season".
        if let speaker = Self.speaker(of: claim), !pair.allSatisfy({ u in u.entities.contains { speaker.refers(to: $0) } }) { return false }
        return pair.allSatisfy { names($0, people: false) } && (!hasPerson || pair.contains { names($0, people: true) } && !pair.contains(where: someoneElse))
    }

    /// The person a claim says said something: the one beside its reporting verb ("Ruiz said …", "…, Ruiz said").
    private static func speaker(of claim: TextAnalysis) -> EntityMention? {
        guard let verb = claim.tokens.firstIndex(where: { Lexicon.reportingVerbs.contains($0.lower) }) else { return nil }
        return claim.entities.filter { $0.kind == .person && ($0.tokenRange.upperBound == verb || $0.tokenRange.lowerBound == verb + 1) }.first
    }

    /// Up to three decisive pieces of evidence, in file order, each sentence once.
    private func cite(_ d: Int, _ list: [Weighed]) -> [Citation] {
        var seen: Set<Int> = []
        var ids: [Int] = []
        for w in list.prefix(3) { for s in w.sentences where seen.insert(s).inserted { ids.append(s) } }
        return ids.sorted().map { citation(d, $0) }
    }

    private func verdict(of outcome: Assessment.Outcome) -> Verdict {
        switch outcome {
        case .agreement: return .agreement
        case .conflict: return .conflict
        default: return .absence
        }
    }

    private func hedgeNote(_ outcome: Assessment.Outcome) -> [String] {
        if case .hedged(let f) = outcome { return ["only hedged: “\(f)”"] }
        return []
    }

    private func describe(_ a: TextAnalysis) -> [String] {
        var notes: [String] = []
        let names = a.entities.map { "\($0.text) [\($0.key)]" }
        if !names.isEmpty { notes.append("names: " + names.joined(separator: ", ")) }
        for e in a.events {
            var s = "event: \(e.type.rawValue) (“\(e.word)”)"
            if let x = e.actor { s += " actor=\(x.text)" }
            if let x = e.undergoer { s += " undergoer=\(x.text)" }
            if let n = e.negation { s += " negated by “\(n)”" }
            if let h = e.hedge { s += " hedged by “\(h)”" }
            notes.append(s)
        }
        for q in a.quantities { notes.append("\(q.kind.rawValue): \(q.display)\(q.qualifier.map { " (\($0))" } ?? "")") }
        for d in a.dates { notes.append("date: \(d.text) → \(d.normalized)") }
        let words = a.contentIndices.map { a.tokens[$0].lower }
        if !words.isEmpty { notes.append("other words: " + words.joined(separator: ", ")) }
        return notes
    }
}
