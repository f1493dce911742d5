/// A change told with its particle the other way: "the risk has gone up about 75 percent" against "has gone down about
/// 75 percent", "exports have come down" against "have gone up". The verbs are those whose "up" and "down" say which
/// way a thing moved; "up" and "down" are function words elsewhere, so the words alone would agree.
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
    static let particles: [String: String] = ["up": "down", "down": "up"]

    /// The particles of direction in a text, by index: "up" or "down" right after a moving verb.
    static func directions(in a: TextAnalysis) -> [(particle: String, at: Int)] {
        a.tokens.indices.dropFirst().compactMap { i in
            let w = a.tokens[i].lower
            guard particles[w] != nil, movingVerbs.contains(a.tokens[i - 1].lower) else { return nil }
            return (w, i)
        }
    }

    func compare(_ input: ComparisonInput) -> Finding? {
        guard input.missing.isEmpty, input.coverage >= Self.coverage else { return nil }
        let claimed = Self.directions(in: input.claim)
        guard !claimed.isEmpty else { return nil }
        for c in claimed {
            let stated = input.evidence.flatMap { u in Self.directions(in: u).map { (u, $0) } }
            // A source that tells of both ways ("went up, then came down") states the claim's too.
            guard !stated.contains(where: { $0.1.particle == c.particle }),
                  let (unit, other) = stated.first(where: { $0.1.particle == Self.particles[c.particle] }) else { continue }
            return .conflict(slot: .direction, claim: input.claim.fragment((c.at - 1)...c.at), evidence: unit.fragment((other.at - 1)...other.at))
        }
        return nil
    }
}
