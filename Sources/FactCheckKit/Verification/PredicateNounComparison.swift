/// What the subject is, said with another noun: "Therasia is an island" against "Therasia is the recipe of a famous
/// dessert served only in Nea Kameni, a small island": the claim's "island" is in the sentence, but not as what Therasia
/// is. When the evidence says what the claim's subject is (after "is" or "was", of the subject's own name or its
/// pronoun) and none of those nouns is the claim's, the rules do not state it; the learned verifier may still read a
/// paraphrase. Never a conflict: a film may also be a documentary, a singer an actress.
struct PredicateNounComparison: SlotComparer {
    /// Words that end the noun phrase after a copula: prepositions, relative pronouns, and linking words of a clause.
    static let phraseEnds: Set<String> = Lexicon.prepositions.union(EvidenceComparer.relativePronouns)
        .union(["of", "by", "to", "into", "about", "since", "until", "who", "where", "when", "while", "because", "known", "best", "also"])
    /// Nouns that say what something is only with what follows their "of" ("a type of fish").
    static let lightNouns: Set<String> = ["type", "kind", "sort", "form", "species", "genus", "variety", "breed", "member", "part", "example",
                                          "one", "style", "brand", "piece", "series", "collection", "group", "family", "work"]
    /// Words skipped before the noun phrase's words.
    static let openers: Set<String> = ["a", "an", "the", "one", "his", "her", "its", "their"]

    func compare(_ input: ComparisonInput) -> Finding? {
        let claim = input.claim
        guard !claim.saysNot, claim.events.isEmpty, claim.quantities.isEmpty, claim.dates.isEmpty,
              let j = claim.tokens.indices.first(where: { Lexicon.copulas.contains(claim.tokens[$0].lower) }),
              let subject = CopulaSubject.name(before: j, in: claim) else { return nil }
        // The claim says only what its subject is: "X is an island", "X is an American movie".
        let said = Self.phrase(after: j, in: claim)
        guard let head = said.last, said.upperBound == claim.tokens.count || !claim.tokens[said.upperBound].isWord,
              WordNet.shared.isMostlyNoun(claim.tokens[head].lower), !claim.stems[head].isEmpty else { return nil }
        let wanted = Thesaurus.concept(claim.stems[head])
        var theirs: [String] = []
        for unit in input.evidence {
            for k in unit.tokens.indices where Lexicon.copulas.contains(unit.tokens[k].lower)
                && CopulaSubject.speaksOf(subject, copula: k, in: unit, title: input.topic) {
                let phrase = Self.phrase(after: k, in: unit)
                // Only a noun phrase says what the subject is ("is distinct from …" says how it is).
                guard let last = phrase.last, WordNet.shared.isMostlyNoun(unit.tokens[last].lower) else { continue }
                if phrase.contains(where: { !unit.stems[$0].isEmpty && Thesaurus.concept(unit.stems[$0]) == wanted }) { return nil }
                // "the capital of France and the largest city in the country": a second noun phrase after "and".
                for n in phrase.upperBound..<unit.clauseEnd(from: phrase.upperBound) where unit.tokens[n].lower == "and" && n + 1 < unit.tokens.count && Self.openers.contains(unit.tokens[n + 1].lower) {
                    if Self.phrase(after: n, in: unit).contains(where: { !unit.stems[$0].isEmpty && Thesaurus.concept(unit.stems[$0]) == wanted }) { return nil }
                }
                // "a politician who is the current Deputy Prime Minister": the sentence goes on saying what it is.
                if phrase.upperBound < unit.tokens.count, EvidenceComparer.relativePronouns.contains(unit.tokens[phrase.upperBound].lower) { return nil }
                theirs.append(unit.fragment((k + 1)...(phrase.upperBound - 1)))
            }
        }
        guard let first = theirs.first else { return nil }
        return .unread(slot: .predicate, claim: claim.tokens[head].text, why: "the source says \(subject.text) is \(first)")
    }

    /// The words of the noun phrase after the copula at `j`: past articles, up to a preposition, a relative pronoun or the
    /// clause's end; a list of nouns ("an actress, martial artist and businesswoman") is one phrase.
    static func phrase(after j: Int, in a: TextAnalysis) -> Range<Int> {
        let t = a.tokens
        var i = j + 1
        while i < t.count, openers.contains(t[i].lower) { i += 1 }
        var k = i
        while k < t.count {
            let w = t[k]
            // "a type of fish", "the name given … to a serial killer": a light noun's "of" goes on to what it is.
            if w.lower == "of", k > i, lightNouns.contains(t[k - 1].lower) { k += 1; continue }
            if w.isWord, phraseEnds.contains(w.lower) { break }
            if !w.isWord, ![",", "-"].contains(w.text), w.kind != .number { break }
            // A participle after the noun opens a clause of its own ("a film directed by …"); one joined by a hyphen is
            // part of a modifier ("a state-owned company").
            if k > i, w.isWord, w.lower.hasSuffix("ed"), t[k - 1].text != "-", !WordNet.shared.isMostlyNoun(w.lower) { break }
            k += 1
        }
        while k > i, !t[k - 1].isWord { k -= 1 }
        return i..<k
    }
}
