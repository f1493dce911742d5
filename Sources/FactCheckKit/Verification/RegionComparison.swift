/// A town set in its state or country: "Wilmington, North Carolina" against "Wilmington, Del.". Many towns share a
/// name, so the town alone ties nothing; the region after it says which one, and another state or country there is
/// another place.
struct RegionComparison: SlotComparer {
    struct Placed {
        let town: EntityMention
        let region: EntityMention
        let text: String
    }

    func compare(_ input: ComparisonInput) -> Finding? {
        let given = input.evidence.flatMap(Self.placed(in:))
        for want in Self.placed(in: input.claim) {
            let here = given.filter { $0.town.corefers(with: want.town) }
            // (A sentence that names the claim's region anywhere may set a town of that name there too: "Springfield,
            // Ill., and Springfield, Mo.".)
            guard !here.isEmpty, !input.evidence.contains(where: { $0.entities.contains { $0.corefers(with: want.region) } }) else { continue }
            return .conflict(slot: .place, claim: want.text, evidence: here[0].text)
        }
        return nil
    }

    /// A place's name as the packs list states and countries ("n:north carolina", an alias key "China").
    static func name(_ e: EntityMention) -> String { e.key.hasPrefix("n:") ? String(e.key.dropFirst(2)) : e.key.lowercased() }

    /// Every "<town>, <state or country>" of a sentence.
    static func placed(in a: TextAnalysis) -> [Placed] {
        zip(a.entities, a.entities.dropFirst()).compactMap { town, region in
            guard town.kind != .person, region.kind != .person, town.resolvedFrom == nil, region.resolvedFrom == nil,
                  region.tokenRange.lowerBound == town.tokenRange.upperBound + 1, a.tokens[town.tokenRange.upperBound].text == ",",
                  EntityMention.statesAndCountries.contains(name(region)), !EntityMention.statesAndCountries.contains(name(town)) else { return nil }
            // An abbreviation's point is part of it ("Wilmington, Del.").
            var end = region.tokenRange.upperBound
            if end < a.tokens.count, a.tokens[end].text == ".", !a.tokens[end].spaceBefore, region.text.count <= 5 { end += 1 }
            // In a list a country after a town is the next item: "visited Paris, Germany and Italy".
            let t = a.tokens
            if end < t.count, ["and", "or"].contains(t[end].lower) || t[end].text == "," && end + 1 < t.count
                && (t[end + 1].isCapitalized || ["and", "or"].contains(t[end + 1].lower)) { return nil }
            return Placed(town: town, region: region, text: a.fragment(town.tokenRange.lowerBound...(end - 1)))
        }
    }
}
