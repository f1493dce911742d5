/// A noun that names the kind of a thing, swapped: "a phone battery" against "a replacement laptop battery".
/// The claim's modifier (a word that is only a noun, never an adjective: "cold winds" may be "strong winds") is missing from the
/// evidence, which puts another noun before the same head; everything else the claim says must be there.
struct CompoundSubstitution: SlotComparer {
    func compare(_ input: ComparisonInput) -> Finding? {
        guard input.missing.isEmpty else { return nil }
        let claim = input.claim
        let present = input.evidenceConcepts
        for i in claim.tokens.indices.dropLast() {
            guard let modifier = Self.noun(claim, i), !present.contains(modifier.concept), let head = Self.word(claim, i + 1),
                  WordNet.shared.isMostlyNoun(claim.tokens[i + 1].lower) else { continue }
            // Everything else the claim says is there (the swapped word, rare as it is, would weigh the share down).
            let rest = claim.concepts.subtracting([modifier.concept])
            guard !rest.isEmpty, Double(rest.filter(present.contains).count) >= 0.75 * Double(rest.count) else { continue }
            for unit in input.evidence {
                for j in unit.tokens.indices.dropFirst() where Self.word(unit, j)?.concept == head.concept {
                    guard let rival = Self.noun(unit, j - 1), rival.concept != modifier.concept, !claim.concepts.contains(rival.concept) else { continue }
                    return .conflict(slot: .modifier, claim: "\(modifier.text) \(head.text)", evidence: "\(rival.text) \(unit.tokens[j].text)")
                }
            }
        }
        return nil
    }

    /// A lower-case content word and its concept.
    static func word(_ a: TextAnalysis, _ i: Int) -> (text: String, concept: String)? {
        let t = a.tokens[i]
        guard t.isWord, t.text.first?.isLowercase == true, !Lexicon.stopwords.contains(t.lower), !a.stems[i].isEmpty, t.lower.count > 2 else { return nil }
        return (t.text, Thesaurus.concept(a.stems[i]))
    }

    /// A lower-case word that WordNet knows as a noun above all (never as an adjective, "cold"; less often as a
    /// verb, "phone" but not "selling" or "gave"), standing right before another word.
    static func noun(_ a: TextAnalysis, _ i: Int) -> (text: String, concept: String)? {
        // Not part of a figure or date ("a 20-year sentence"), nor of a hyphenated word.
        guard let w = word(a, i), i + 1 < a.tokens.count, a.tokens[i + 1].isWord, !w.text.hasSuffix("s"),
              i == 0 || a.tokens[i - 1].text != "-", a.tokens[i + 1].text != "-",
              !a.quantities.contains(where: { $0.tokenRange.contains(i) }), !a.dates.contains(where: { $0.tokenRange.contains(i) }),
              !WordNet.shared.isA(a.tokens[i].lower, .adj), WordNet.shared.isMostlyNoun(a.tokens[i].lower)
        else { return nil }
        return w
    }
}
