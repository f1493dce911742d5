/// Whose place a place is: "the guilty pleas of Ron Hansen in Utah and Jerry Lee in Virginia" puts Utah with
/// Hansen, so "Lee pleaded guilty in Utah" finds Utah in the sentence but not as Lee's.
struct PlaceBinding: SlotComparer {
    func compare(_ input: ComparisonInput) -> Finding? {
        for place in input.claimEntities where !input.missing.contains(place) {
            for unit in input.evidence {
                guard let found = unit.entities.first(where: { place.refers(to: $0) }) else { continue }
                switch Self.check(place: place, in: input.claim, found: found, unit: unit) {
                case .bound: continue
                case .rival(let other): return .conflict(slot: .place, claim: place.text, evidence: other)
                case .elsewhere: return .unstated(slot: .place, claim: place.text, why: "named here for someone else")
                }
            }
        }
        return nil
    }

    enum Binding {
        /// The place stands with the claim's person, or nothing says otherwise.
        case bound
        /// The place belongs to someone else; the claim's person has this other place.
        case rival(String)
        /// The place belongs to someone else and the claim's person has none.
        case elsewhere
    }

    static let placePrepositions: Set<String> = ["in", "at", "from"]

    /// `place` is a claim name after "in/at/from"; `found` the evidence mention of it in `unit`.
    static func check(place: EntityMention, in claim: TextAnalysis, found: EntityMention, unit: TextAnalysis) -> Binding {
        let claimPeople = claim.entities.filter { $0.kind == .person }
        guard place.kind != .person, !claimPeople.isEmpty, place.tokenRange.lowerBound > 0,
              placePrepositions.contains(claim.tokens[place.tokenRange.lowerBound - 1].lower),
              found.tokenRange.lowerBound > 0, placePrepositions.contains(unit.tokens[found.tokenRange.lowerBound - 1].lower) else { return .bound }
        // The person just before "in Utah" owns it.
        guard let owner = unit.entities.last(where: { $0.kind == .person && $0.tokenRange.upperBound <= found.tokenRange.lowerBound - 1 }),
              found.tokenRange.lowerBound - owner.tokenRange.upperBound <= 2 else { return .bound }
        if claimPeople.contains(where: { $0.refers(to: owner) }) { return .bound }
        // Someone else's place: what does the sentence give the claim's person?
        guard let mine = unit.entities.first(where: { e in e.kind == .person && claimPeople.contains { $0.refers(to: e) } }) else { return .elsewhere }
        let after = mine.tokenRange.upperBound
        if after + 1 < unit.tokens.count, placePrepositions.contains(unit.tokens[after].lower),
           let rival = unit.entities.first(where: { $0.tokenRange.lowerBound == after + 1 && $0.kind != .person }) {
            return .rival(rival.text)
        }
        return .elsewhere
    }
}
