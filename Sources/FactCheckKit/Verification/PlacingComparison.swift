/// Who finished ahead of whom: "Ruth Chepngetich won the race ahead of Sifan Hassan" is contradicted by "Sifan
/// Hassan … won the female event ahead of Kenya's Ruth Chepngetich" and by "Chepngetich finished behind Hassan".
/// Conflict only: the evidence must place the same two names the other way round.
struct PlacingComparison: SlotComparer {
    /// Share of the claim's other words the evidence must carry: the same race, not another meeting of the two.
    static let coverage = 0.5

    struct Placing {
        let leader: EntityMention
        let follower: EntityMention
    }

    func compare(_ input: ComparisonInput) -> Finding? {
        // Every name and date of the claim there: "won the Belgian Grand Prix", "in March", "this year" name the race.
        guard input.coverage >= Self.coverage, input.missing.isEmpty, input.claim.dates.allSatisfy(input.statesDate), !input.claim.saysNot,
              input.claim.hedgeCue(Lexicon.sentenceWideHedges) == nil else { return nil }
        let claimed = Self.placings(in: input.claim)
        guard claimed.count == 1, let mine = claimed.first else { return nil }
        // Only an order told as fact: not expected, hoped, denied, supposed ("If Verstappen finishes ahead of …") or quoted.
        let told = input.evidence.filter { $0.hedgeCue(Lexicon.sentenceWideHedges) == nil && !$0.saysNot && !$0.text.contains("\u{201C}") && !$0.text.contains("\"") }
        let sameOrder = told.flatMap(Self.placings(in:)).contains { mine.leader.refers(to: $0.leader) && mine.follower.refers(to: $0.follower) }
        guard !sameOrder else { return nil }
        for unit in told {
            for theirs in Self.placings(in: unit) where mine.leader.refers(to: theirs.follower) && mine.follower.refers(to: theirs.leader)
                && !mine.leader.refers(to: theirs.leader) && Self.datesAgree(theirs, in: unit, claim: input.claim) {
                return .conflict(slot: .placing, claim: "\(mine.leader.text) ahead of \(mine.follower.text)",
                                 evidence: "\(theirs.leader.text) ahead of \(theirs.follower.text)")
            }
        }
        return nil
    }

    /// Whether every date in the clause of the evidence's placing is one the claim gives: "Smith, who finished behind
    /// Jones in 2022, won this year's race" places them in 2022, not this year.
    static func datesAgree(_ p: Placing, in unit: TextAnalysis, claim: TextAnalysis) -> Bool {
        let lo = min(p.leader.tokenRange.lowerBound, p.follower.tokenRange.lowerBound)
        let hi = max(p.leader.tokenRange.upperBound, p.follower.tokenRange.upperBound)
        let clause = unit.clauseStart(before: lo)..<unit.clauseEnd(from: max(lo, hi - 1))
        let mine = Set(claim.dates.map { $0.text.lowercased() })
        return unit.dates.filter { clause.overlaps($0.tokenRange) }.allSatisfy { mine.contains($0.text.lowercased()) }
    }

    /// Each "A … ahead of B" and "B … behind A" of a sentence, as who leads and who follows. The name before is the
    /// nearest of the same kind as the name after ("won in Chicago ahead of Benson Kipruto" is Kiptum's win, not
    /// Chicago's); the name after skips an owner ("ahead of Kenya's Ruth Chepngetich"), and a name that owns what
    /// follows it is no competitor ("ahead of Trump's visit").
    static func placings(in a: TextAnalysis) -> [Placing] {
        var found: [Placing] = []
        for i in a.tokens.indices {
            let leads: Bool, next: Int
            if a.tokens[i].lower == "ahead", i + 1 < a.tokens.count, a.tokens[i + 1].lower == "of" { leads = true; next = i + 2 }
            else if a.tokens[i].lower == "behind" { leads = false; next = i + 1 }
            else { continue }
            var after = a.entities.first { $0.tokenRange.lowerBound == next || $0.tokenRange.lowerBound == next + 1 && Lexicon.articles.contains(a.tokens[next].lower) }
            if let owner = after, let end = owner.ownerEnd(in: a.tokens) {
                after = a.entities.first { $0.tokenRange.lowerBound == end }
                guard after != nil else { continue }
            }
            guard let after, after.ownerEnd(in: a.tokens) == nil,
                  let before = a.entities.last(where: { $0.tokenRange.upperBound <= i && $0.kind == after.kind && $0.ownerEnd(in: a.tokens) == nil }) else { continue }
            found.append(leads ? Placing(leader: before, follower: after) : Placing(leader: after, follower: before))
        }
        return found
    }
}
