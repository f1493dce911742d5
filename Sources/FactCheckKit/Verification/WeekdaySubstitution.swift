/// Another day of the week for the same statement: "peaks on Thursday" against "should peak Wednesday".
/// Only when the evidence names exactly one other day and the rest of the claim is there.
struct WeekdaySubstitution: SlotComparer {
    static let days = DateParser.weekdays

    /// Share of the claim's other words the evidence must carry; less where the evidence ties a day to the
    /// claim's own word for what happened ("downpours hit on Sunday" against "heavy downpours on Monday").
    static let coverage = 0.7
    static let boundCoverage = 0.6
    /// Words before the claim's day where its verb may stand.
    static let verbReach = 10

    func compare(_ input: ComparisonInput) -> Finding? {
        // The claim's own day may be the one name the evidence lacks.
        guard input.missing.allSatisfy({ Self.days.contains($0.text.lowercased()) }), input.coverage >= Self.boundCoverage else { return nil }
        // Days by their lower-cased word: "Tuesday’s" and "Tuesday's" are one day.
        let claimed = Set(input.claim.tokens.filter { Self.days.contains($0.lower) }.map { Self.name($0.lower) })
        guard claimed.count == 1, let day = claimed.first else { return nil }
        // The day the evidence ties to the claim's word for it ("peak on Thursday" against "should peak Wednesday
        // before temperatures climb back up on Thursday"): that day, whatever other days the sentence names.
        let claimDatesSaying = input.claim.tokens.indices.contains { Self.days.contains(input.claim.tokens[$0].lower) && input.claim.datesASaying($0) }
        if let bound = Self.boundDay(in: input, sayingsToo: claimDatesSaying) {
            return bound == day ? nil : .conflict(slot: .weekday, claim: day, evidence: bound)
        }
        guard input.coverage >= Self.coverage else { return nil }
        // A day that dates the saying ("will be discharged next week, the minister said on Saturday") is not the
        // event's, unless the claim's own day dates a saying.
        let stated = Set(input.evidence.flatMap { unit in
            unit.tokens.indices.filter { Self.days.contains(unit.tokens[$0].lower) && (claimDatesSaying || !unit.datesASaying($0)) }
                .map { Self.name(unit.tokens[$0].lower) }
        })
        guard !stated.contains(day), stated.count == 1, let other = stated.first else { return nil }
        return .conflict(slot: .weekday, claim: day, evidence: other)
    }

    /// The day right after (within three words) the evidence's use of the word just before the claim's day; not a day
    /// that dates a saying ("The president said on Friday he had tested positive"), unless `sayingsToo`.
    static func boundDay(in input: ComparisonInput, sayingsToo: Bool = false) -> String? {
        let claim = input.claim
        guard let d = claim.tokens.firstIndex(where: { days.contains($0.lower) }) else { return nil }
        // The claim's words just before its day, nearest first ("downpours hit on Sunday": hit, then downpours).
        let anchors = (max(0, d - 4)..<d).reversed().filter { claim.tokens[$0].isWord && !Lexicon.stopwords.contains(claim.tokens[$0].lower) && !claim.stems[$0].isEmpty }
        // Farther back, only the claim's verb, and only where the evidence puts the day right after it: "found the
        // 475 pounds of cocaine on Saturday" against "found Sunday 475 pounds".
        let verbs = (max(0, d - Self.verbReach)..<max(0, d - 4)).reversed().filter { claim.tokens[$0].isWord && !claim.stems[$0].isEmpty
            && WordNet.shared.isA(claim.tokens[$0].lower, .verb) && !WordNet.shared.isMostlyNoun(claim.tokens[$0].lower) }
        for (w, span) in anchors.map({ ($0, 4) }) + verbs.map({ ($0, 2) }) {
            let anchor = Thesaurus.concept(claim.stems[w])
            for unit in input.evidence {
                for i in unit.tokens.indices where unit.tokens[i].isWord && !unit.stems[i].isEmpty && Thesaurus.concept(unit.stems[i]) == anchor {
                    if let j = ((i + 1)..<min(unit.tokens.count, i + span)).first(where: { days.contains(unit.tokens[$0].lower) }) {
                        if !sayingsToo, unit.datesASaying(j) { continue }
                        return name(unit.tokens[j].lower)
                    }
                }
            }
        }
        return nil
    }

    /// A day as reasons print it: "Tuesday".
    static func name(_ lower: String) -> String { lower.prefix(1).uppercased() + lower.dropFirst() }
}
