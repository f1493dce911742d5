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
        /// Words after the nationality before the phrase ends.
        let nounsAfter: Int
        /// Said of citizenship or descent ("an American citizen"), which one may hold beside another.
        let nonExclusive: Bool
    }

    func compare(_ input: ComparisonInput) -> Finding? {
        let claim = input.claim
        guard !claim.saysNot, claim.events.isEmpty else { return nil }
        let said = Self.predicated(in: claim)
        guard said.count == 1, let mine = said.first,
              claim.tokens.filter({ Self.nationalities.keys.contains($0.lower) }).count == 1,
              let subject = CopulaSubject.name(before: mine.copula, in: claim) else { return nil }
        let saidThere = input.evidence.flatMap { unit in
            Self.predicated(in: unit).filter { CopulaSubject.speaksOf(subject, copula: $0.copula, in: unit, title: input.topic) }
        }
        let stated = saidThere.map(\.word)
        guard let theirs = stated.first, !stated.contains(mine.word) else { return nil }
        // The claim's nationality (or one inside it, or the one it is inside) or its country anywhere in the evidence.
        let evidenceWords = Set(input.evidence.flatMap { $0.tokens.map(\.lower) })
        let leftOpen = evidenceWords.contains { w in Self.compatible(w, mine.word) || Self.nationalities.contains { Self.compatible($0.key, mine.word) && $0.value == w } }
            || input.claimEntities.contains { $0.text.lowercased() == mine.word && !input.missing.contains($0) }
        let undecidable = mine.nounsAfter > 1 || mine.nonExclusive || saidThere.contains(where: \.nonExclusive)
        guard !leftOpen, !undecidable, Set(stated).count == 1 else {
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
            var j = i - 1
            while j >= 0, fillers.contains(t[j].lower) { j -= 1 }
            guard j >= 0, (Lexicon.isCopula(t[j]) && !t[j].isPossessive) || OrdinalComparison.linkingVerbs.contains(t[j].lower) else { return nil }
            var k = i + 1
            while k < t.count, t[k].isWord, !Lexicon.stopwords.contains(t[k].lower), !t[k].isCapitalized { k += 1 }
            return Said(word: t[i].lower, copula: j, nounsAfter: k - i - 1, nonExclusive: t[(i + 1)..<k].contains { nonExclusive.contains($0.lower) })
        }
    }

    /// The same nationality, or one inside the other.
    static func compatible(_ a: String, _ b: String) -> Bool {
        a == b || parts[a] == b || parts[b] == a
    }

    static func display(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }
}
