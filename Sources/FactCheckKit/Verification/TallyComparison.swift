/// A tally (a score, a shooting line, a vote: `106-103`, `2-for-10`, `5-4`) read against the evidence's tally
/// for the same side: "The Sixers went 2-for-10" against "The Sixers went 0-for-9 …, while Boston went 2-for-10".
/// A tally belongs to the name just before it in its clause. The evidence giving another tally for the claim's
/// side conflicts; a claim tally the evidence does not give at all is not stated, however much else is shared.
struct TallyComparison: SlotComparer {
    func compare(_ input: ComparisonInput) -> Finding? {
        let claimTallies = Tally.all(in: input.claim)
        guard !claimTallies.isEmpty else { return nil }
        // Each sentence's tallies, read once for every claim tally.
        let evidenceTallies = input.evidence.map { (unit: $0, tallies: Tally.all(in: $0)) }
        var agreed: (claim: Tally, evidence: Tally)?
        for ct in claimTallies {
            let side = Self.owner(of: ct, in: input.claim)
            let lead = Self.leadingWords(of: ct, in: input.claim)
            // The same numbers count as stated unless the evidence gives them to a side the claim does not name
            // ("while Boston went 2-for-10"); a game's score may sit by either team the claim names.
            let stated = evidenceTallies.lazy.compactMap { unit, theirs in
                theirs.first { et in
                    guard et.sameNumbers(ct) else { return false }
                    // With no side named, the one tally of its sentence, or the one whose clause tells the claim's words
                    // before it ("approved the deal 4-3, and the city council approved it 9-4" gives two bodies' votes).
                    guard let side else { return theirs.count == 1 || lead.isSubset(of: Self.leadingWords(of: et, in: unit)) }
                    // A tally with no side of its own is the claim side's only in a sentence that names that side.
                    guard let theirs = Self.owner(of: et, in: unit) else { return unit.entities.contains { side.corefers(with: $0) } }
                    return input.claimEntities.contains { $0.corefers(with: theirs) }
                }
            }.first
            if let stated {
                agreed = agreed ?? (ct, stated)
                continue
            }
            // A vote or a score no side owns ("passed by a vote of 52 to 48", "the game ended 2-1") is the event's:
            // another ownerless tally of it in a sentence that tells the rest of the claim conflicts.
            if side == nil, input.coverage >= NameSubstitution.minimumCoverage {
                for (unit, theirs) in evidenceTallies {
                    let told = theirs.count == 1 ? theirs : theirs.filter { !lead.isEmpty && lead.isSubset(of: Self.leadingWords(of: $0, in: unit)) }
                    // (A tally with a side of its own only when the claim's words before it single it out.)
                    guard told.count == 1, let et = told.first, Self.owner(of: et, in: unit) == nil || theirs.count > 1,
                          FigureComparison.affinity(FigureComparison.context(of: ct.tokenRange, in: input.claim), FigureComparison.context(of: et.tokenRange, in: unit)) > 0 else { continue }
                    return .conflict(slot: .figure, claim: ct.text, evidence: et.text)
                }
            }
            if let side {
                for (unit, theirs) in evidenceTallies {
                    for et in theirs {
                        guard let theirs = Self.owner(of: et, in: unit), side.corefers(with: theirs),
                              FigureComparison.affinity(FigureComparison.context(of: ct.tokenRange, in: input.claim), FigureComparison.context(of: et.tokenRange, in: unit)) > 0 else { continue }
                        return .conflict(slot: .figure, claim: ct.text, evidence: et.text)
                    }
                }
            }
            return .unstated(slot: .figure, claim: ct.text, why: "no sentence here gives that tally")
        }
        // Every tally given, with the claim's names and the rest of what it says: the tally states it. (Only a claim with
        // no other figure or date, which the comparisons after this one read.)
        let tallied = Set(claimTallies.flatMap { Array($0.tokenRange) })
        guard let (ct, et) = agreed, input.missing.isEmpty, !input.claim.saysNot, input.claim.dates.isEmpty,
              input.claim.quantities.allSatisfy({ $0.tokenRange.contains(where: tallied.contains) }),
              input.coverageWithTitle >= FigureComparison.agreementCoverage else { return nil }
        return .agreement(slot: .figure, claim: ct.text, evidence: et.text)
    }

    /// The stems of the content words before a tally in its clause ("Democrats voted" in "while Democrats voted 200
    /// to 12"): who cast it and how.
    static func leadingWords(of tally: Tally, in a: TextAnalysis) -> Set<String> {
        var words: Set<String> = []
        var i = tally.tokenRange.lowerBound - 1
        while i >= 0, ![",", ";", "—", "–", ":"].contains(a.tokens[i].text), !["while", "whereas", "but", "and"].contains(a.tokens[i].lower) {
            if a.tokens[i].isWord, !Lexicon.stopwords.contains(a.tokens[i].lower), !a.stems[i].isEmpty { words.insert(a.stems[i]) }
            i -= 1
        }
        return words
    }

    /// The name a tally belongs to: the nearest before it, with no clause break between.
    static func owner(of tally: Tally, in a: TextAnalysis) -> EntityMention? {
        guard let e = a.entities.last(where: { $0.tokenRange.upperBound <= tally.tokenRange.lowerBound }) else { return nil }
        let between = e.tokenRange.upperBound..<tally.tokenRange.lowerBound
        guard !between.contains(where: { [",", ";", "—", "–", ":"].contains(a.tokens[$0].text) || ["while", "whereas", "but"].contains(a.tokens[$0].lower) }) else { return nil }
        return e
    }
}
