/// Another nationality said of the same subject: "Shannon Lee is a German" against "Shannon Emery Lee … is an American
/// actress", "Scandal is a Korean band" against "Scandal is an American rock band". Only a nationality that is what the
/// subject is (after "is", "was", "became", of the claim's own subject on both sides), one on each side. The claim's
/// nationality or country elsewhere in the evidence ("an American actor of Italian descent"), or one inside the other
/// ("Scottish" is "British"), leaves it open, as do citizenship and descent ("became an American citizen"), which one may
/// hold beside another, and a claim's nationality before a compound ("a Greek yogurt company"), which may describe the
/// product: then no other comparison may contradict it by the nationality either.
struct NationalityComparison: SlotComparer {
    static let nationalities = DomainPacks.merged.nationalities
    static let parts = DomainPacks.merged.nationalityParts
    /// Words that may stand between the copula and the nationality ("is a retired Australian …", "is exclusively British").
    static let fillers: Set<String> = ["a", "an", "the", "exclusively", "entirely", "purely", "solely", "wholly", "fully", "only", "retired", "former"]
    /// Nouns after a nationality that one may hold beside another.
    static let nonExclusive: Set<String> = ["citizen", "citizens", "citizenship", "national", "nationals", "descent", "origin", "heritage", "ancestry", "roots", "passport"]

    struct Said {
        let word: String
        let copula: Int
        /// The words after the nationality up to the phrase's end ("tennis player"), lower-cased, and their concepts.
        let after: [String]
        let afterConcepts: [String]
        /// Said of citizenship or descent ("an American citizen"), which one may hold beside another.
        let nonExclusive: Bool
        /// A noun between the nationality and the head ("a French horn player"): the nationality may be the first noun's.
        let compound: Bool
    }

    func compare(_ input: ComparisonInput) -> Finding? {
        let claim = input.claim
        guard !claim.saysNot, claim.events.isEmpty else { return nil }
        let said = Self.predicated(in: claim)
        guard said.count == 1, let mine = said.first,
              claim.tokens.filter({ Self.nationalities.keys.contains($0.lower) }).count == 1,
              let subject = CopulaSubject.name(before: mine.copula, in: claim) else { return nil }
        var saidThere = input.evidence.flatMap { unit in
            Self.predicated(in: unit).filter { CopulaSubject.speaksOf(subject, copula: $0.copula, in: unit, title: input.topic) }
        }
        // Said of the same kind of thing: "a British musician" is not compared with "a French horn player", nor "a
        // Chinese actor" with "an American teacher".
        if let head = mine.afterConcepts.last { saidThere = saidThere.filter { $0.afterConcepts.last == head } }
        guard !saidThere.isEmpty, !saidThere.contains(where: { $0.word == mine.word }) else { return nil }
        let theirs = saidThere[0].word
        // The claim's nationality (or one inside it, or the one it is inside) or its country anywhere in the evidence.
        let evidenceWords = Set(input.evidence.flatMap { $0.tokens.map(\.lower) })
        let leftOpen = evidenceWords.contains { w in Self.compatible(w, mine.word) || Self.nationalities.contains { Self.compatible($0.key, mine.word) && $0.value == w } }
            || input.claimEntities.contains { $0.text.lowercased() == mine.word && !input.missing.contains($0) }
        // A compound on the claim's side is compared only with the same compound ("a Swiss tennis player" against "a
        // Spanish tennis player"); a bare claim ("is a German") not with one on the evidence's ("a French horn player").
        let sameCompound = !mine.compound || saidThere.allSatisfy { $0.after == mine.after }
        let bareAgainstCompound = mine.after.isEmpty && saidThere.contains(where: \.compound)
        let undecidable = !sameCompound || bareAgainstCompound || mine.nonExclusive || saidThere.contains(where: \.nonExclusive)
        guard !leftOpen, !undecidable, Set(saidThere.map(\.word)).count == 1 else {
            return .unstated(slot: .nationality, claim: Self.display(mine.word), why: "the source calls the subject \(Self.display(theirs)) and leaves \(Self.display(mine.word)) open")
        }
        return .conflict(slot: .nationality, claim: Self.display(mine.word), evidence: Self.display(theirs))
    }

    /// Nationalities said of a subject: right after a copula or "became", past articles and a few modifiers.
    static func predicated(in a: TextAnalysis) -> [Said] {
        let t = a.tokens
        return t.indices.compactMap { i in
            guard nationalities.keys.contains(t[i].lower), t[i].isCapitalized, !(i > 0 && t[i - 1].lower == "northern") else { return nil }
            // "an American-born actor", "Irish-American": part of a longer word.
            if i + 1 < t.count, !t[i + 1].spaceBefore, t[i + 1].text == "-" { return nil }
            guard let j = CopulaSubject.verb(before: i, in: t, skipping: fillers) else { return nil }
            var k = i + 1
            while k < t.count, t[k].isWord, !Lexicon.stopwords.contains(t[k].lower), !t[k].isCapitalized { k += 1 }
            let after = t[(i + 1)..<k].map(\.lower)
            let compound = after.count > 1 && after.dropLast().contains { WordNet.shared.isMostlyNoun($0) }
            return Said(word: t[i].lower, copula: j, after: after, afterConcepts: ((i + 1)..<k).map { Thesaurus.concept(a.stems[$0]) },
                        nonExclusive: after.contains { nonExclusive.contains($0) }, compound: compound)
        }
    }

    /// The same nationality, or one inside the other.
    static func compatible(_ a: String, _ b: String) -> Bool {
        a == b || parts[a] == b || parts[b] == a
    }

    static func display(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }
}
