/// One source's verdict on a compound claim from its verdicts on each part: any conflicting part is a
/// conflict, every part agreeing is an agreement, anything else is absence. Each part's reason is kept.
enum PartCombiner {
    static func combine(parts: [String], verdicts: [SourceVerdict]) -> SourceVerdict {
        let conflicts = verdicts.filter { $0.verdict == .conflict }
        let verdict: Verdict = !conflicts.isEmpty ? .conflict : (verdicts.allSatisfy { $0.verdict == .agreement } ? .agreement : .absence)
        let deciding = verdict == .conflict ? conflicts : (verdict == .agreement ? verdicts : [])
        let citations = Set(deciding.flatMap(\.citations)).sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        let reason = "\(verdict.rawValue): " + zip(parts, verdicts).enumerated().map { n, pv in
            "part \(n + 1) “\(pv.0)” — \(pv.1.reason)"
        }.joined(separator: "; ")
        let notes = zip(parts, verdicts).enumerated().map { n, pv in "part \(n + 1): “\(pv.0)” → \(pv.1.verdict.rawValue)" }
        let explanation = Explanation(claimReading: notes + verdicts.flatMap(\.explanation.claimReading),
                                      candidates: verdicts.flatMap(\.explanation.candidates))
        let score = verdicts.map(\.score).min() ?? 0
        return SourceVerdict(sourceID: verdicts[0].sourceID, verdict: verdict, citations: citations, reason: reason, score: score, explanation: explanation)
    }
}
