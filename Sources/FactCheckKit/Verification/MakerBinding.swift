/// A work and its maker bound by "by": "Woman with a Fan was painted by Henri Matisse" against a list of stolen works
/// "… (Woman with a Fan) by Amedeo Modigliani; … (Pastoral) … by Henri Matisse". Both names are in the sentence,
/// but "by" gives the work to another maker.
struct MakerBinding: SlotComparer {
    /// Verbs of making whose "by" names the maker ("was written by"); "published by" or "bought by" names someone else.
    static let makingVerbs: Set<String> = [
        "painted", "written", "wrote", "directed", "composed", "created", "designed", "sung", "performed", "recorded",
        "authored", "drawn", "sculpted", "photographed", "produced", "built", "made", "invented", "developed",
    ]

    /// Closing marks skipped between a work's name and its "by" ("… (Woman with a Fan) by …").
    static let closers: Set<String> = [")", "\"", "”", "’", "'", "]"]

    func compare(_ input: ComparisonInput) -> Finding? {
        guard input.missing.isEmpty, let (work, maker) = Self.claimedMaker(in: input.claim) else { return nil }
        for unit in input.evidence {
            for e in unit.entities where work.corefers(with: e) {
                guard let other = Self.maker(after: e, in: unit) else { continue }
                if other.corefers(with: maker) { return nil }
                return .conflict(slot: .name, claim: "\(work.text) by \(maker.text)", evidence: "\(e.text) by \(other.text)")
            }
        }
        return nil
    }

    /// The claim's work and maker: the name a verb of making's "by" gives, and the last other name before it
    /// ("Woman with a Fan, one of the stolen works, was painted by Henri Matisse"); or a name written right after a
    /// work's ("The Pigeon with the Peas by Picasso").
    static func claimedMaker(in a: TextAnalysis) -> (work: EntityMention, maker: EntityMention)? {
        for by in a.tokens.indices where a.tokens[by].lower == "by" && by > 0 {
            guard let maker = a.entities.first(where: { $0.tokenRange.lowerBound == by + 1 }),
                  // The last name before "by": a title split at its small words ("Woman with a Fan") ends there.
                  let work = a.entities.last(where: { $0.tokenRange.upperBound <= by && $0.kind != .person && !$0.corefers(with: maker) }) else { continue }
            let made = makingVerbs.contains(a.tokens[by - 1].lower)
            if made || Self.maker(after: work, in: a) != nil { return (work, maker) }
        }
        return nil
    }

    /// The name a "by" right after `work` gives (closing marks skipped).
    static func maker(after work: EntityMention, in a: TextAnalysis) -> EntityMention? {
        var i = work.tokenRange.upperBound
        while i < a.tokens.count, closers.contains(a.tokens[i].text) { i += 1 }
        guard i + 1 < a.tokens.count, a.tokens[i].lower == "by" else { return nil }
        return a.entities.first { $0.tokenRange.lowerBound == i + 1 }
    }
}
