/// A life's dates in brackets after a name: "Arthur Schopenhauer (22 February 1788 – 21 September 1860) was a German
/// philosopher" says he was born on the first day and died on the second, with no "born" or "died" written. Only spans
/// written to the day: years alone ("Pope Leo XIII (1878–1903)") may be a reign, a tenure or a career. A claim that
/// its subject was born or died on, in, before or after a date is compared with that end of the span: inside it agrees,
/// outside it conflicts ("died in the 1900s"). Only the sentence's own subject, named first with the brackets right
/// after it ("… starring Jake Gyllenhaal (1980–)" dates no one the claim means), and only when every other word of the
/// claim is in the sentence or its title.
struct LifespanComparison: SlotComparer {
    enum End { case birth, death }

    /// Claim words that name an end of a life.
    static let endWords: [String: End] = ["born": .birth, "birth": .birth, "died": .death, "death": .death, "dies": .death]
    /// Words that may stand between the subject's name and that word: "X was born", "X's date of birth was".
    static let linkWords: Set<String> = ["was", "is", "were", "'s", "’s", "date", "of", "year", "the"]

    func compare(_ input: ComparisonInput) -> Finding? {
        let claim = input.claim
        guard !claim.saysNot, claim.events.isEmpty, claim.quantities.isEmpty, claim.dates.count == 1, let cd = claim.dates.first,
              !claim.tokens.indices.contains(where: { claim.isHedge($0, Lexicon.hedgeCues) }),
              let (subject, end, word) = Self.claimedEnd(in: claim) else { return nil }
        // Every other word of the claim must be there: "died of a heart attack in November" says how as well.
        let titleConcepts = Topic.concepts(input.topic)
        let others = claim.contentIndices.filter { $0 != word && !Self.linkWords.contains(claim.tokens[$0].lower) }.map { Thesaurus.concept(claim.stems[$0]) }
        guard others.allSatisfy({ input.evidenceConcepts.contains($0) || titleConcepts.contains($0) }),
              // A place or another name the claim adds ("born in 1884 in Lyon") must be there too.
              input.missing.allSatisfy({ $0.refers(to: subject) || Topic.names($0, title: input.topic) }) else { return nil }
        for unit in input.evidence {
            guard let span = Self.span(in: unit), span.owner.refers(to: subject) || subject.refers(to: span.owner)
                    || Topic.standsIn(subject, title: input.topic, evidence: [span.owner], claimEntities: input.claimEntities) && Topic.names(span.owner, title: input.topic)
            else { continue }
            let stated = end == .birth ? span.birth : span.death
            let slot = end == .birth ? "birth" : "death"
            if stated.isWithin(cd) { return .agreement(slot: .lifespan, claim: "\(slot) \(cd.text)", evidence: stated.text) }
            if cd.contradicts(stated) { return .conflict(slot: .lifespan, claim: "\(slot) \(cd.text)", evidence: "\(slot) \(stated.text)") }
        }
        return nil
    }

    /// The claim's subject and the end of its life the claim dates: the name that opens the claim, then only linking
    /// words before "born", "birth", "died" or "death".
    static func claimedEnd(in claim: TextAnalysis) -> (EntityMention, End, Int)? {
        guard let subject = claim.entities.first(where: { $0.resolvedFrom == nil && $0.tokenRange.lowerBound <= 1 }) else { return nil }
        var k = subject.tokenRange.upperBound
        while k < claim.tokens.count, linkWords.contains(claim.tokens[k].lower) { k += 1 }
        guard k < claim.tokens.count, let end = endWords[claim.tokens[k].lower] else { return nil }
        return (subject, end, k)
    }

    /// The span in brackets right after the name that opens the sentence: its last two dates, joined by a dash.
    static func span(in unit: TextAnalysis) -> (owner: EntityMention, birth: DateMention, death: DateMention)? {
        let t = unit.tokens
        // The sentence's first name, or the name it goes by ("Vickie Lynn Hogan, known as Anna Nicole Smith (…)").
        guard let owner = unit.entities.first(where: { e in
                  e.resolvedFrom == nil && e.tokenRange.upperBound < t.count && t[e.tokenRange.upperBound].text == "("
                      && (e.tokenRange.lowerBound <= 1 || e.tokenRange.lowerBound >= 2 && t[e.tokenRange.lowerBound - 2].lower == "known" && t[e.tokenRange.lowerBound - 1].lower == "as"
                          && unit.entities.first.map { $0.tokenRange.lowerBound <= 1 } == true)
              }),
              let close = t[owner.tokenRange.upperBound...].firstIndex(where: { $0.text == ")" }) else { return nil }
        let inside = unit.dates.filter { $0.tokenRange.lowerBound > owner.tokenRange.upperBound && $0.tokenRange.upperBound <= close && $0.days != nil }
        guard inside.count >= 2 else { return nil }
        let first = inside[inside.count - 2], second = inside[inside.count - 1]
        let between = t[first.tokenRange.upperBound..<second.tokenRange.lowerBound]
        guard !between.isEmpty, between.allSatisfy({ DateParser.dashes.contains($0.text) }), second.tokenRange.upperBound == close else { return nil }
        // Years alone may be a reign, a tenure or a career ("Pope Leo XIII (1878–1903)"); a life is written to the day.
        guard [first, second].allSatisfy({ $0.days.map { $0.lowerBound == $0.upperBound } ?? false }) else { return nil }
        return (owner, first, second)
    }
}
