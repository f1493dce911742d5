/// Someone's standing then and now: "is now an assistant coach with the Sixers" against "former Sixers assistant
/// coach", "a former Celtics assistant" against "current Celtics assistant coach". The evidence's marker must bind
/// the claim's own words: its phrase names the claim's affiliations (or, without any, one of its names) and one of
/// its other words.
struct StatusComparison: SlotComparer {
    enum Status { case past, present }

    static let markers: [String: Status] = [
        "former": .past, "formerly": .past, "ex": .past, "onetime": .past, "erstwhile": .past, "previously": .past,
        "current": .present, "currently": .present, "now": .present,
    ]
    /// Where a marker's phrase ends: "former Sixers assistant coach | and current Celtics …".
    static let phraseEnds: Set<String> = [",", "and", "or", "but", "(", ")", ";", ".", "who", "which", "—", "–"]

    func compare(_ input: ComparisonInput) -> Finding? {
        guard input.missing.isEmpty, !input.claimEntities.isEmpty, input.coverage >= 0.75,
              let (claimStatus, claimWord) = Self.status(of: input.claim) else { return nil }
        let claimConcepts = input.claim.concepts
        let affiliations = input.claimEntities.filter { $0.kind != .person }
        for unit in input.evidence {
            // Once per sentence: the words it shares with the claim, and the claim's names in it.
            let sharedWords = Set(unit.contentIndices.filter { claimConcepts.contains(Thesaurus.concept(unit.stems[$0])) })
            let claimNames = unit.entities.filter { e in input.claimEntities.contains { $0.refers(to: e) } }
            for j in unit.tokens.indices {
                guard let status = Self.markers[unit.tokens[j].lower], status != claimStatus else { continue }
                var end = j + 1
                while end < unit.tokens.count, end - j <= 6, !Self.phraseEnds.contains(unit.tokens[end].lower) { end += 1 }
                let phrase = (j + 1)..<end
                guard !phrase.isEmpty, phrase.contains(where: sharedWords.contains) else { continue }
                // The claim's affiliations (every name that is not a person) must all be in the phrase: "former Sixers
                // guard Jrue Holiday" says nothing against "Holiday is now a Celtics guard".
                let named = { (c: EntityMention) in claimNames.contains { e in phrase.overlaps(e.tokenRange) && c.refers(to: e) } }
                guard affiliations.isEmpty ? input.claimEntities.contains(where: named) : affiliations.allSatisfy(named) else { continue }
                let said = input.claim.contentIndices.filter { Self.markers[input.claim.tokens[$0].lower] == nil }.map { input.claim.tokens[$0].text }
                // The phrase as far as its last word the claim shares.
                let last = phrase.last { i in sharedWords.contains(i) || claimNames.contains { $0.tokenRange.contains(i) } } ?? j
                return .conflict(slot: .role, claim: ([claimWord] + said).joined(separator: " "), evidence: unit.fragment(j...last))
            }
        }
        return nil
    }

    /// The claim's one standing and the word that gives it; nil without a marker, or with both kinds.
    static func status(of claim: TextAnalysis) -> (Status, String)? {
        let found = claim.tokens.compactMap { t in markers[t.lower].map { ($0, t.text) } }
        guard let first = found.first, found.allSatisfy({ $0.0 == first.0 }) else { return nil }
        return first
    }
}
