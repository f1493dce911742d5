/// One fact a source sentence states, short enough to check as a claim: a long sentence checked whole is
/// agreed with only by a source that says all of it, so each event is checked with its own figures and dates.
struct SourceFact: Sendable, Hashable {
    /// The claim checked: `Mallory has been sentenced to 20 years`.
    let text: String
    /// What it is about: `sentencing — Mallory`.
    let topic: String
    /// A hedged event ("faces 15 years", "might face"): listed with its topic, never held against another source.
    let isProspect: Bool
    /// Read from an event with its figures or dates, rather than the whole sentence.
    var isEvent = true
}

/// Reads a source sentence's facts from its analysis: per event with a figure or a date, who it concerns and the
/// words from the event to the figures and dates attached to it; any other sentence naming someone is one fact, as written.
enum SourceFacts {
    /// Figures or dates this far after an event word belong to it.
    static let reach = 10
    /// Auxiliaries and adverbs kept before an event word ("has been sentenced", "was eventually").
    static let leading: Set<String> = ["was", "were", "is", "are", "be", "been", "has", "have", "had", "eventually", "later", "then", "previously", "also"]

    static func facts(text: String, analysis a: TextAnalysis) -> [SourceFact] {
        // Windows per topic: overlapping windows of one topic ("sentenced to 20 years" and "20 years in prison") are one fact.
        var windows: [(topic: String, who: EntityMention, range: Range<Int>, hedged: Bool)] = []
        for e in a.events {
            // An event about no one in particular would match anyone's.
            guard let who = [e.undergoer, e.actor].compactMap({ $0 }).first(where: { $0.kind == .person })
                    ?? a.entities.first(where: { $0.kind == .person }) else { continue }
            let attached = (a.quantities.map(\.tokenRange) + a.dates.map(\.tokenRange)).filter { r in
                r.lowerBound > e.trigger && r.lowerBound <= e.trigger + reach
                    || r.upperBound <= e.trigger && r.upperBound >= e.trigger - 2 && !a.tokens[r.upperBound..<e.trigger].contains { [",", "and", ";"].contains($0.lower) }
            }
            // Without a figure or a date the window is a name and a verb, too little to hold another source to.
            guard !attached.isEmpty else { continue }
            var lo = e.trigger, hi = e.trigger + 1
            for r in attached { lo = min(lo, r.lowerBound); hi = max(hi, r.upperBound) }
            // A prospect keeps its hedge in view: "faces 15 years", "might face".
            if let hedge = e.hedge?.lowercased(), let h = a.tokens[max(0, lo - 6)..<lo].lastIndex(where: { $0.lower == hedge }) { lo = h }
            while lo > 0, leading.contains(a.tokens[lo - 1].lower) { lo -= 1 }
            let topic = "\(e.type.rawValue) — \(ConflictFinder.surname(who.text))"
            if let i = windows.firstIndex(where: { $0.topic == topic && $0.range.overlaps(lo..<hi) }) {
                windows[i].range = min(lo, windows[i].range.lowerBound)..<max(hi, windows[i].range.upperBound)
                windows[i].hedged = windows[i].hedged || e.hedge != nil
            } else {
                windows.append((topic, who, lo..<hi, e.hedge != nil))
            }
        }
        let out = windows.map { w in
            // The window already names its person (not by a pronoun): no prefix needed.
            let named = a.entities.contains { $0.resolvedFrom == nil && $0.kind == .person && w.range.contains($0.tokenRange.lowerBound) }
            let words = a.fragment(w.range.lowerBound...(w.range.upperBound - 1))
            return SourceFact(text: named ? words : "\(w.who.text) \(words)", topic: w.topic, isProspect: w.hedged)
        }
        guard out.isEmpty else { return out }
        // Any other sentence is checked whole, if it names someone or something: "Prosecutors had sought a 26-year
        // sentence" is about no one in particular, and every article on another case would contradict it.
        guard a.entities.contains(where: { $0.kind == .person || $0.resolvedFrom == nil && $0.kind == .organisation }), a.events.isEmpty || a.events.contains(where: { $0.actor != nil || $0.undergoer != nil }) else { return [] }
        return [SourceFact(text: ConflictFinder.resolvingLeadingPronoun(text, a), topic: ConflictFinder.topic(a), isProspect: false, isEvent: false)]
    }
}
