/// A name used as a modifier, swapped: "the Republican incumbent" against "Democratic incumbent Marjorie
/// Velázquez … her Republican challenger". The same noun carries another name in the evidence.
struct ModifierSubstitution: SlotComparer {
    func compare(_ input: ComparisonInput) -> Finding? {
        guard input.coverage >= 0.7 else { return nil }
        // A person's name before a lower-case word is mostly its subject ("Mallory held"), not a modifier.
        for name in input.claimEntities where name.resolvedFrom == nil && name.kind != .person {
            // Everyone else the claim names must be there: "CIA officer Mallory" says nothing of Claiborne.
            guard let noun = Self.modified(name, in: input.claim), input.missing.allSatisfy({ $0 == name }) else { continue }
            let phrase = Self.nounPhrase(name, in: input.claim)
            // A claim about an event ("Chinese intelligence paid Mallory") names its modifier for that event: another
            // name on the noun in a sentence without it ("the United States intelligence community") is another matter.
            for unit in input.evidence where input.claim.events.allSatisfy({ ce in unit.events.contains { $0.type == ce.type } }) {
                // The evidence gives the claim's own name to that noun too ("former Sixers assistant coach and current
                // Celtics assistant coach"): two standings, not a swap.
                if unit.entities.contains(where: { name.refers(to: $0) && Self.modified($0, in: unit) == noun }) { continue }
                // Or names it on its own ("Android malware, dubbed “Agent Smith”" for "the Agent Smith malware"): a name for
                // the thing, not a rival to it. (On another noun it stays a rival: "… her Republican challenger".)
                if unit.entities.contains(where: { name.refers(to: $0) && Self.modified($0, in: unit) == nil }) { continue }
                // The evidence's modifier of the same noun, when it is another name.
                // (Initials are no rival of the name they spell: "FEMA" of the "Federal Emergency Management Agency".)
                for other in unit.entities where other.resolvedFrom == nil && other.kind != .person && !name.refers(to: other) && !other.refers(to: name)
                    && !name.isInitials(of: other) && !other.isInitials(of: name) {
                    // A former standing ("former Sixers guard") says nothing against the claim's.
                    // (A capitalised "Former" may open the name's run.)
                    let start = other.tokenRange.lowerBound
                    if [start - 1, start].contains(where: { $0 >= 0 && StatusComparison.markers[unit.tokens[$0].lower] == .past }) { continue }
                    // A compound identity ("Somali American mayor") stacks with the claim's ("Muslim mayor"); it is no rival.
                    // The whole noun must be the same: "Chinese intelligence officers" are not "American intelligence".
                    guard Self.modified(other, in: unit) == noun, Self.nounPhrase(other, in: unit) == phrase,
                          !Self.isCompound(other, in: unit),
                          !input.claimEntities.contains(where: { $0.corefers(with: other) }) else { continue }
                    return .conflict(slot: .name, claim: "\(name.text) \(noun)", evidence: "\(other.text) \(noun)")
                }
            }
        }
        return nil
    }

    /// A name right after another capitalised word inside the sentence ("Somali American", "African American").
    static func isCompound(_ e: EntityMention, in a: TextAnalysis) -> Bool {
        let before = e.tokenRange.lowerBound - 1
        return before > 0 && a.tokens[before].isWord && a.tokens[before].isCapitalized
    }

    /// The lower-case nouns after a name, up to the phrase's head ("intelligence officers" in "Chinese intelligence
    /// officers"); a word WordNet reads mostly as a noun continues the compound.
    static func nounPhrase(_ e: EntityMention, in a: TextAnalysis) -> [String] {
        guard let first = modified(e, in: a) else { return [] }
        var phrase = [first]
        var i = e.tokenRange.upperBound + 1
        while i < a.tokens.count, phrase.count < 3, a.tokens[i].isWord, a.tokens[i].text.first?.isLowercase == true,
              !Lexicon.stopwords.contains(a.tokens[i].lower), QuantityAttribute.looksLikeNoun(a.tokens[i].lower), WordNet.shared.isMostlyNoun(a.tokens[i].lower),
              // A word before an article, a name or a number is the verb of the clause ("Russian forces attack Kyiv").
              !(i + 1 < a.tokens.count && (Lexicon.articles.contains(a.tokens[i + 1].lower) || a.tokens[i + 1].isCapitalized
                  || a.tokens[i + 1].text.first?.isNumber == true)) {
            phrase.append(a.tokens[i].lower)
            i += 1
        }
        return phrase
    }

    /// The lower-case noun right after a name, as written ("incumbent" in "Republican incumbent").
    static func modified(_ e: EntityMention, in a: TextAnalysis) -> String? {
        let next = e.tokenRange.upperBound
        guard next < a.tokens.count, a.tokens[next].isWord, a.tokens[next].text.first?.isLowercase == true,
              !Lexicon.stopwords.contains(a.tokens[next].lower), QuantityAttribute.looksLikeNoun(a.tokens[next].lower),
              // ("in Houston last week", "in Dallas yesterday": a word of time is no noun the name modifies.)
              !a.dates.contains(where: { $0.tokenRange.contains(next) }), !Lexicon.timeWords.contains(a.tokens[next].lower) else { return nil }
        return a.tokens[next].lower
    }
}
