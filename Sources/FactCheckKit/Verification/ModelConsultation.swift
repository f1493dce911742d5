import Foundation

/// Where the learned verifier is asked, and how its answer becomes a verdict.
extension ClaimMatcher {
    /// Candidate sentences per source put to the model (the rules' best first).
    static let modelCandidatesPerSource = 2
    /// Candidate sentences put to the model per claim across the corpus: bounds the cost on a large corpus.
    static let modelCandidatesOverall = 8

    /// Hybrid: sources the rules left undecided are put to the model, which decides only with a clear margin.
    /// Model: the model's verdict on every source's candidates (for evaluation).
    func consultModel(_ claim: String, _ rules: [SourceVerdict]) -> [SourceVerdict] {
        struct Request { let source: Int; let candidate: Int; let score: Double }
        var requests: [Request] = []
        for (d, v) in rules.enumerated() {
            if options.verifier == .hybrid, v.verdict != .absence || v.rulesDecisive { continue }
            let singles = v.explanation.candidates.enumerated().filter { $0.element.citations.count == 1 }.prefix(Self.modelCandidatesPerSource)
            requests += singles.map { Request(source: d, candidate: $0.offset, score: $0.element.score) }
        }
        // The strongest candidates across the corpus, in a stable order.
        requests = Array(requests.enumerated().sorted { a, b in
            a.element.score != b.element.score ? a.element.score > b.element.score : a.offset < b.offset
        }.map(\.element).prefix(Self.modelCandidatesOverall))
        guard !requests.isEmpty else { return rules }
        let pairs = requests.map { r in
            (claim: claim, evidence: LearnedVerifier.evidenceSegment(sentence: rules[r.source].explanation.candidates[r.candidate].citations[0].sentence,
                                                                      title: corpus.documents[r.source].title))
        }
        guard let probabilities = LearnedVerifier.probabilities(pairs) else { return rules }

        var verdicts = rules
        for d in Set(requests.map(\.source)).sorted() {
            let mine = zip(requests, probabilities).filter { $0.0.source == d }
            verdicts[d] = judgeWithModel(rules[d], mine.map { (candidate: $0.0.candidate, p: $0.1) })
        }
        return verdicts
    }

    private func judgeWithModel(_ rules: SourceVerdict, _ answers: [(candidate: Int, p: [Float])]) -> SourceVerdict {
        // Every asked candidate shows the model's three probabilities in `:why`.
        var candidates = rules.explanation.candidates
        for a in answers {
            let c = candidates[a.candidate]
            candidates[a.candidate] = Explanation.Candidate(citations: c.citations, score: c.score, verdict: c.verdict, notes: c.notes + [HybridPolicy.describe(a.p)],
                                                            modelMayAgree: c.modelMayAgree, modelMayConflict: c.modelMayConflict)
        }
        let explanation = Explanation(claimReading: rules.explanation.claimReading, candidates: candidates)
        func decided(_ a: (candidate: Int, p: [Float])) -> Verdict? {
            if options.verifier == .model {
                let best = a.p.indices.max { a.p[$0] < a.p[$1] }!
                return best == LearnedVerifier.absence ? nil : (best == LearnedVerifier.agreement ? .agreement : .conflict)
            }
            // The model reads figures, dates and hedges poorly: it may not agree with a sentence that lacks the claim's,
            // nor contradict the claim with a sentence about someone else.
            let verdict = HybridPolicy.decide(a.p, HybridPolicy.shipped)
            if verdict == .agreement, !candidates[a.candidate].modelMayAgree { return nil }
            if verdict == .conflict, !candidates[a.candidate].modelMayConflict { return nil }
            return verdict
        }
        // The most confident decided answer: agreement before conflict on a tie.
        let ranked = answers.compactMap { a in decided(a).map { (a, $0) } }.sorted { x, y in
            let px = x.1 == .agreement ? x.0.p[LearnedVerifier.agreement] : x.0.p[LearnedVerifier.conflict]
            let py = y.1 == .agreement ? y.0.p[LearnedVerifier.agreement] : y.0.p[LearnedVerifier.conflict]
            return px != py ? px > py : x.0.candidate < y.0.candidate
        }
        guard let (answer, verdict) = ranked.first else {
            var v = SourceVerdict(sourceID: rules.sourceID, verdict: rules.verdict, citations: rules.citations, reason: rules.reason, score: rules.score, explanation: explanation)
            v.modelProbabilities = answers.first?.p
            v.modelMayAgree = answers.first.map { candidates[$0.candidate].modelMayAgree } ?? true
            v.modelMayConflict = answers.first.map { candidates[$0.candidate].modelMayConflict } ?? true
            return v
        }
        let cited = candidates[answer.candidate]
        let confidence = verdict == .agreement ? answer.p[LearnedVerifier.agreement] : answer.p[LearnedVerifier.conflict]
        let rulesSaid = cited.notes.contains { $0.hasPrefix("name:") } ? "names ✓" : "no name in common"
        let reason = "\(verdict.rawValue): model \(String(format: "%.2f", confidence)) — “\(TextSafety.clip(cited.citations[0].sentence, 60))” (rules: \(rulesSaid), nothing decisive to compare)"
        var v = SourceVerdict(sourceID: rules.sourceID, verdict: verdict, citations: cited.citations, reason: reason, score: Double(confidence), explanation: explanation)
        v.decidedBy = Decider.model
        v.modelProbabilities = answer.p
        v.modelMayAgree = cited.modelMayAgree
        v.modelMayConflict = cited.modelMayConflict
        return v
    }
}
