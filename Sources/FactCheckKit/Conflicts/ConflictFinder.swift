/// Checks every citable statement of a source against the other sources, fact by fact (`SourceFacts`), as a typed
/// claim is checked.
///
/// Cost: one claim check per fact, and a check costs more as the corpus grows (retrieval over every sentence,
/// then the candidates of each source), so all sources against all is about quadratic in the corpus; one source
/// against the rest (`source:`) is one check per fact of that source.
public struct ConflictFinder: Sendable {
    /// The engine.
    public let matcher: ClaimMatcher

    /// Creates a finder over `matcher`'s corpus.
    public init(matcher: ClaimMatcher) {
        self.matcher = matcher
    }

    /// Compares `source` (an id or a unique prefix) with the rest, or every source with every other when `nil`.
    /// `progress(done, total)` runs after each statement; `shouldStop` is polled between statements.
    public func find(source: String? = nil, progress: (Int, Int) -> Void = { _, _ in }, shouldStop: () -> Bool = { false }) -> ConflictResult {
        let docs = matcher.corpus.documents
        let targets = source.map { id in docs.indices.filter { docs[$0].id == matcher.corpus.document(matching: id)?.id } } ?? Array(docs.indices)
        // A statement is a sentence with at least one fact to check.
        let statements = targets.flatMap { d in
            docs[d].sentences.filter { $0.isCitable && Self.isStatement(matcher.analyses[d][$0.index]) }
                .map { (d, $0, SourceFacts.facts(text: $0.text, analysis: matcher.analyses[d][$0.index])) }.filter { !$0.2.isEmpty }
        }
        var pairs: [PairKey: (topic: String, disagreement: Disagreement)] = [:]
        var corroboration = Dictionary(targets.map { (docs[$0].id, (confirmed: [SourceCorroboration.Confirmed](), alone: [Citation]())) }, uniquingKeysWith: { a, _ in a })
        var topics: [String: [TopicView.Entry]] = [:]
        var done = 0
        for (d, sentence, facts) in statements {
            if shouldStop() { break }
            let doc = docs[d]
            let statement = Citation(sourceID: doc.id, line: sentence.line, column: sentence.column, sentence: sentence.text)
            var by: [Citation] = []
            var contested = false
            for fact in facts {
                var entry = TopicView.Entry(statement: statement, fact: fact.text, isProspect: fact.isProspect, confirmedBy: [], contradictedBy: [])
                // A whole sentence joins its topic only when another source confirms or contradicts it: alone it is the corroboration list's.
                defer { if fact.isEvent || !entry.confirmedBy.isEmpty || !entry.contradictedBy.isEmpty { topics[fact.topic, default: []].append(entry) } }
                guard !fact.isProspect else { continue }
                let parts = matcher.checkParts(fact.text, reference: doc.published)
                for other in docs.indices where other != d {
                    let verdicts = parts.map { $0.result.sources[other] }
                    let v = verdicts.count == 1 ? verdicts[0] : PartCombiner.combine(parts: parts.map(\.part), verdicts: verdicts)
                    switch v.verdict {
                    case .agreement:
                        by += v.citations.filter { !by.contains($0) }
                        entry.confirmedBy += v.citations
                    case .conflict:
                        contested = true
                        entry.contradictedBy += v.citations
                        let key = PairKey(statement, v.citations)
                        let reason = "“\(fact.text)” — " + Self.conflictReason(v, parts: parts.map(\.result.sources[other]))
                        if pairs[key] == nil { pairs[key] = (fact.topic, Disagreement(statement: statement, evidence: v.citations, reason: reason)) }
                    case .absence: break
                    }
                }
            }
            if !by.isEmpty { corroboration[doc.id]?.confirmed.append(.init(statement: statement, by: by)) }
            // A statement only hedged was never held against the others: it is in its topic, not alone.
            else if !contested, facts.contains(where: { !$0.isProspect }) { corroboration[doc.id]?.alone.append(statement) }
            done += 1
            progress(done, statements.count)
        }
        let order = Dictionary(docs.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let byTopic = Dictionary(grouping: pairs.values, by: \.topic)
        let groups = byTopic.keys.sorted().flatMap { topic in Self.connected(byTopic[topic]!.map(\.disagreement), topic: topic, order: order) }
        // A topic is worth showing when more than one source speaks to it.
        let views = topics.keys.sorted().map { TopicView(topic: $0, entries: topics[$0]!) }.filter { v in
            Set(v.entries.flatMap { [$0.statement] + $0.confirmedBy + $0.contradictedBy }.map(\.sourceID)).count > 1
        }
        return ConflictResult(corpus: matcher.corpus, scope: source.flatMap { matcher.corpus.document(matching: $0)?.id }, statements: statements.count,
                              topics: views, groups: groups, corroboration: targets.map { d in
                                  let c = corroboration[docs[d].id]!
                                  return SourceCorroboration(sourceID: docs[d].id, confirmed: c.confirmed, alone: c.alone)
                              }, complete: done == statements.count)
    }

    /// The conflicting part's reason alone: the parts that agree or are silent say nothing about the conflict.
    static func conflictReason(_ combined: SourceVerdict, parts: [SourceVerdict]) -> String {
        parts.count > 1 ? parts.filter { $0.verdict == .conflict }.map(\.reason).joined(separator: "; ") : combined.reason
    }

    /// A pair found from either side is one conflict.
    private struct PairKey: Hashable {
        let sentences: Set<String>
        init(_ a: Citation, _ b: [Citation]) { sentences = Set(([a] + b).map { "\($0.sourceID):\($0.line):\($0.column)" }) }
    }

    /// Disagreements about one topic, split into groups that share a sentence.
    static func connected(_ list: [Disagreement], topic: String, order: [String: Int]) -> [ConflictGroup] {
        var groups: [[Disagreement]] = []
        for d in list.sorted(by: { key($0.statement, order) < key($1.statement, order) }) {
            let mine = Set([d.statement] + d.evidence)
            let joined = groups.indices.filter { g in
                groups[g].contains { other in !mine.isDisjoint(with: [other.statement] + other.evidence) }
            }
            var merged = joined.flatMap { groups[$0] } + [d]
            merged.sort { key($0.statement, order) < key($1.statement, order) }
            for g in joined.reversed() { groups.remove(at: g) }
            groups.append(merged)
        }
        return groups.map { g in
            let all = Set(g.flatMap { [$0.statement] + $0.evidence }).sorted { key($0, order) < key($1, order) }
            return ConflictGroup(topic: topic, statements: all, disagreements: g)
        }.sorted { key($0.statements[0], order) < key($1.statements[0], order) }
    }

    /// Corpus order, then file order.
    private static func key(_ c: Citation, _ order: [String: Int]) -> Int { (order[c.sourceID] ?? 0) * 100_000_000 + c.line * 10_000 + min(c.column, 9_999) }

    /// A sentence worth checking: a figure or a date, or a name with an event or another word to compare; not a question.
    static func isStatement(_ a: TextAnalysis) -> Bool {
        guard !a.tokens.isEmpty, a.tokens.last?.text != "?" else { return false }
        if !a.quantities.isEmpty || !a.dates.isEmpty { return true }
        return a.entities.contains { $0.resolvedFrom == nil } && (!a.events.isEmpty || a.contentIndices.count >= 2)
    }

    /// "He gave … and received US$25,000" is checked as "Mallory gave …": the article's reading of the pronoun.
    static func resolvingLeadingPronoun(_ text: String, _ a: TextAnalysis) -> String {
        guard let first = a.tokens.first, let person = a.entities.first(where: { $0.resolvedFrom != nil && $0.tokenRange.lowerBound == 0 }),
              first.start == 0 else { return text }
        return person.text + String(text.dropFirst(first.text.count))
    }

    /// `sentencing — Hansen`: the event (or kind of figure) and the person it concerns.
    static func topic(_ a: TextAnalysis) -> String {
        let what = a.events.first?.type.rawValue ?? a.quantities.first?.kind.rawValue ?? (a.dates.isEmpty ? "other" : "date")
        let who = a.events.first.flatMap { $0.undergoer ?? $0.actor }.map(\.text)
            ?? a.entities.first { $0.kind == .person }.map(\.text)
        return who.map { "\(what) — \(surname($0))" } ?? what
    }

    static func surname(_ name: String) -> String {
        name.split(separator: " ").last.map { String($0).replacingOccurrences(of: "’s", with: "").replacingOccurrences(of: "'s", with: "") } ?? name
    }
}
