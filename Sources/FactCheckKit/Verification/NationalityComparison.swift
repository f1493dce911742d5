/// Another nationality said of the same subject: "Shannon Lee is a German" against "Shannon Emery Lee … is an American
/// actress", "Scandal is a Korean band" against "Scandal is an American rock band". Only a nationality that is what the
/// subject is (after "is", "was", "became"), one on each side, neither inside the other ("Scottish" is "British"), and
/// the claim's nowhere in the evidence, nor its country ("an American actor of German descent" leaves "German" open).
/// Conflict only.
struct NationalityComparison: SlotComparer {
    static let nationalities = DomainPacks.merged.nationalities
    static let parts = DomainPacks.merged.nationalityParts
    /// Words that may stand between the copula and the nationality ("is a retired Australian …", "is exclusively British").
    static let fillers: Set<String> = ["a", "an", "the", "exclusively", "entirely", "purely", "solely", "wholly", "fully", "only", "retired", "former"]
    /// Share of the claim's other words (the nationality left out) the evidence or the title must carry.
    static let coverage = 0.75

    func compare(_ input: ComparisonInput) -> Finding? {
        let claim = input.claim
        guard !claim.saysNot, claim.events.isEmpty else { return nil }
        let said = Self.predicated(in: claim)
        guard said.count == 1, let mine = said.first,
              claim.tokens.filter({ Self.nationalities.keys.contains($0.lower) }).count == 1 else { return nil }
        // Every name but the nationality itself is the evidence's, or the title's.
        guard input.missing.allSatisfy({ Self.nationalities.keys.contains($0.text.lowercased()) || Topic.names($0, title: input.topic) }),
              input.claimEntities.contains(where: { !Self.nationalities.keys.contains($0.text.lowercased()) }) || !input.topic.isEmpty else { return nil }
        let titleConcepts = Topic.concepts(input.topic)
        let others = claim.contentIndices.filter { !Self.nationalities.keys.contains(claim.tokens[$0].lower) && !Self.fillers.contains(claim.tokens[$0].lower) }
            .filter { i in !claim.entities.contains { $0.tokenRange.contains(i) } }
            .map { Thesaurus.concept(claim.stems[$0]) }
        let found = others.filter { input.evidenceConcepts.contains($0) || titleConcepts.contains($0) }
        guard others.isEmpty || Double(found.count) / Double(others.count) >= Self.coverage else { return nil }
        // The claim's nationality (or one inside it, or the one it is inside) or its country anywhere in the evidence leaves
        // it open: "an Italian singer from Paisley, Scotland" may be Scottish too.
        let evidenceWords = Set(input.evidence.flatMap { $0.tokens.map(\.lower) })
        guard !evidenceWords.contains(where: { w in Self.compatible(w, mine) || Self.nationalities.contains { Self.compatible($0.key, mine) && $0.value == w } }),
              !input.claimEntities.contains(where: { $0.text.lowercased() == mine && !input.missing.contains($0) }) else { return nil }
        let stated = Set(input.evidence.flatMap { Self.predicated(in: $0) })
        guard stated.count == 1, let theirs = stated.first, !Self.compatible(theirs, mine) else { return nil }
        return .conflict(slot: .nationality, claim: Self.display(mine), evidence: Self.display(theirs))
    }

    /// Nationalities said of the subject: right after a copula or "became", past articles and a few modifiers.
    static func predicated(in a: TextAnalysis) -> [String] {
        let t = a.tokens
        return t.indices.compactMap { i in
            guard nationalities.keys.contains(t[i].lower), t[i].isCapitalized, !(i > 0 && t[i - 1].lower == "northern") else { return nil }
            // "an American-born actor", "the Italian Job": part of a longer word or name.
            if i + 1 < t.count, !t[i + 1].spaceBefore, t[i + 1].text == "-" { return nil }
            var j = i - 1
            while j >= 0, fillers.contains(t[j].lower) { j -= 1 }
            guard j >= 0, (Lexicon.isCopula(t[j]) && !t[j].isPossessive) || OrdinalComparison.linkingVerbs.contains(t[j].lower) else { return nil }
            return t[i].lower
        }
    }

    /// The same nationality, or one inside the other.
    static func compatible(_ a: String, _ b: String) -> Bool {
        a == b || parts[a] == b || parts[b] == a
    }

    static func display(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }
}
