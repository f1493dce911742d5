/// A verb's particle told the other way: "the risk has gone up about 75 percent" against "has gone down about 75
/// percent", "exports have come down" against "have gone up", "closed down 3 percent" against "closed up 3 percent".
/// The verbs are those whose "up" and "down" say which way a thing moved; "up" and "down" are function words
/// elsewhere, so the words alone would agree. The same verb with another particle of any kind ("broke up" against
/// "broke down", "set off" against "set out") is another act, which states nothing of the claim's.
struct ParticleComparison: SlotComparer {
    /// Share of the claim's other words the evidence must carry: the same thing moving.
    static let coverage = 0.6

    /// Verb forms after which "up" and "down" are a direction ("went up", "ramped down"), not an idiom ("broke down",
    /// "set up", "turned down").
    static let movingVerbs: Set<String> = [
        "go", "goes", "going", "gone", "went", "come", "comes", "coming", "came", "move", "moves", "moved", "moving",
        "push", "pushes", "pushed", "pushing", "drive", "drives", "drove", "driven", "driving", "ratchet", "ratchets", "ratcheted",
        "scale", "scales", "scaled", "scaling", "ramp", "ramps", "ramped", "ramping", "tick", "ticks", "ticked", "ticking",
        "trend", "trends", "trended", "trending", "edge", "edges", "edged", "edging", "inch", "inches", "inched", "inching",
        "creep", "creeps", "crept", "creeping",
    ]
    /// Verbs of a market's close, whose "up" or "down" is a direction before a figure ("closed down 3 percent"), and
    /// otherwise may be an idiom ("the shop closed down").
    static let closingVerbs: Set<String> = ["closed", "closes", "closing", "close", "finished", "finishes", "ended", "ends", "opened", "opens", "traded", "trading"]
    static let particles: [String: String] = ["up": "down", "down": "up"]
    /// Particles that make a phrasal verb another act ("broke up", "broke down", "set off", "set out").
    static let phrasal: Set<String> = ["up", "down", "out", "off", "away", "back"]

    /// The particles of direction in a text, by index: "up" or "down" right after a moving verb, or after a verb of a
    /// market's close before its figure.
    static func directions(in a: TextAnalysis) -> [(particle: String, at: Int)] {
        let t = a.tokens
        return t.indices.dropFirst().compactMap { i in
            let w = t[i].lower
            guard particles[w] != nil else { return nil }
            let verb = t[i - 1].lower
            let figure = i + 1 < t.count && (t[i + 1].kind == .number || t[i + 1].lower == "by" && i + 2 < t.count && t[i + 2].kind == .number)
            guard movingVerbs.contains(verb) || closingVerbs.contains(verb) && figure else { return nil }
            return (w, i)
        }
    }

    /// Each verb written with a particle, as (verb as written, particle, particle's index).
    static func phrasalVerbs(in a: TextAnalysis) -> [(verb: String, particle: String, at: Int)] {
        let t = a.tokens
        return t.indices.dropFirst().compactMap { i in
            guard phrasal.contains(t[i].lower), t[i - 1].isWord, t[i - 1].text.first?.isLowercase == true,
                  WordNet.shared.senseCount(t[i - 1].lower, .verb) > 0, !Lexicon.stopwords.contains(t[i - 1].lower) else { return nil }
            return (t[i - 1].lower, t[i].lower, i)
        }
    }

    func compare(_ input: ComparisonInput) -> Finding? {
        guard input.missing.isEmpty, input.coverage >= Self.coverage else { return nil }
        // The evidence's particles are read once, not again for each of the claim's.
        let claimed = Self.directions(in: input.claim)
        let stated = claimed.isEmpty ? [] : input.evidence.flatMap { u in Self.directions(in: u).map { (u, $0) } }
        for c in claimed {
            // A source that tells of both ways ("went up, then came down") states the claim's too.
            guard !stated.contains(where: { $0.1.particle == c.particle }),
                  let (unit, other) = stated.first(where: { $0.1.particle == Self.particles[c.particle] }) else { continue }
            return .conflict(slot: .direction, claim: input.claim.fragment((c.at - 1)...c.at), evidence: unit.fragment((other.at - 1)...other.at))
        }
        let phrasal = Self.phrasalVerbs(in: input.claim)
        let written = phrasal.isEmpty ? [] : input.evidence.flatMap { u in Self.phrasalVerbs(in: u).map { (u, $0) } }
        for c in phrasal {
            let same = written.filter { $0.1.verb == c.verb }
            guard !same.contains(where: { $0.1.particle == c.particle }), let (unit, other) = same.first else { continue }
            return .unstated(slot: .direction, claim: input.claim.fragment((c.at - 1)...c.at),
                             why: "another act here: \(unit.fragment((other.at - 1)...other.at))")
        }
        return nil
    }
}
