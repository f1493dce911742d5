/// A journey's ends: "headed from Los Angeles to Chicago" against "bound from Chicago to Los Angeles". Both names
/// are there, so nothing is missing and every word may be shared; only the order of "from" and "to" says the
/// sentence tells of the opposite way. A claim that gives one end of a named traveller's journey ("the Southwest
/// Chief was traveling from Chicago") is contradicted by a journey that has that place at its other end.
struct RouteComparison: SlotComparer {
    /// How far "to" may stand after the first end ("from Mendon, Mo., to Chicago").
    static let reach = 6
    /// Share of the claim's other words the evidence must carry: the same journey, not another that joins the places.
    static let coverage = 0.6

    /// A journey as a sentence gives it; either end may be left out ("from Chicago", "to Chicago").
    struct Route {
        let origin: EntityMention?
        let destination: EntityMention?
        let text: String
        /// A line or a service ("the train service runs from …"), which may run both ways.
        var line = false

        /// Whether `other` has each end this one gives, at the same end.
        func sameWay(as other: Route) -> Bool { Self.same(origin, other.origin) && Self.same(destination, other.destination) }
        /// Whether `other` puts one of this journey's ends at the opposite end, and none at the same.
        func opposite(of other: Route) -> Bool {
            guard other.origin != nil, other.destination != nil, !Self.meets(origin, other.origin), !Self.meets(destination, other.destination) else { return false }
            return Self.meets(origin, other.destination) || Self.meets(destination, other.origin)
        }

        private static func same(_ a: EntityMention?, _ b: EntityMention?) -> Bool { a.map { x in b.map { x.corefers(with: $0) } ?? false } ?? true }
        private static func meets(_ a: EntityMention?, _ b: EntityMention?) -> Bool { a.map { x in b.map { x.corefers(with: $0) } ?? false } ?? false }
    }

    /// Words of moving that make "from … to …" a journey: "was traveling from", "flights from", "moved from". Without
    /// one it may be a range, the same either way ("officials from France to Japan", "stretched from Texas to Ohio").
    static let movingWords: Set<String> = [
        "travel", "traveled", "travelled", "traveling", "travelling", "travels", "flew", "fly", "flies", "flying", "flight", "flights",
        "drove", "drive", "drives", "driving", "sailed", "sail", "sailing", "moved", "move", "moves", "moving", "headed", "heading",
        "bound", "train", "trains", "bus", "buses", "ferry", "journey", "trip", "route", "went", "go", "goes", "going", "walked",
        "relocated", "transferred", "commute", "commuted", "voyage", "cruise", "shipped", "deported", "extradited", "evacuated",
        "flown", "sent", "send", "sends", "traded", "carried", "carries", "carry", "carrying", "transported", "delivered", "mailed", "migrated", "fled", "escaped",
        "exports", "imports", "shipments", "remittances",
    ]
    /// Words of a second leg: a sentence that tells of going back ("and back to Oakland in 1995", "from there to Warsaw")
    /// has journeys both ways or one after another, which a single "from … to …" does not show.
    static let secondLegWords: Set<String> = ["back", "return", "returned", "returning", "returns", "there", "onward", "onwards", "then"]

    func compare(_ input: ComparisonInput) -> Finding? {
        guard input.missing.isEmpty, input.coverage >= Self.coverage else { return nil }
        let given = input.evidence.filter { u in !u.tokens.contains { Self.secondLegWords.contains($0.lower) } }.flatMap(Self.routes(in:))
        // One end alone is contradicted only on a named traveller's journey: "the Southwest Chief was traveling from
        // Chicago", not "thousands have moved from Texas", which flows both ways.
        let named = { (r: Route) in
            input.claimEntities.contains { e in ![r.origin, r.destination].contains { $0.map(e.corefers) ?? false } }
        }
        for want in Self.routes(in: input.claim) where !given.contains(where: { want.sameWay(as: $0) }) {
            guard want.origin != nil && want.destination != nil || named(want) else { continue }
            if let have = given.first(where: { want.opposite(of: $0) }) {
                // A service told the other way round is not the claim's way, though it may run back as well.
                guard !want.line && !have.line else { return .unstated(slot: .place, claim: want.text, why: "the other way round here: \(have.text)") }
                return .conflict(slot: .place, claim: want.text, evidence: have.text)
            }
        }
        return nil
    }

    /// Words that point a journey at its end: "to", "toward".
    static let toWords: Set<String> = ["to", "toward", "towards"]

    /// Every "from <place> … to <place>" (or "to <place> from <place>") of a sentence, between two names that are not
    /// people, and every "from <place>" or "to <place>" alone.
    static func routes(in a: TextAnalysis) -> [Route] {
        let t = a.tokens
        // A word of moving a few words before "from" or "to" ("was traveling from", "flights from London").
        let moving = { (i: Int) in (max(0, i - 4)..<i).contains { movingWords.contains(t[$0].lower) } }
        // Between the two ends only names (the first end's region: "from Mendon, Mo., to Chicago") and words of moving
        // ("a delegation from Germany traveled to France").
        let joins = { (r: Range<Int>) in
            !t[r].contains { $0.isWord && $0.text.first?.isUppercase != true && !movingWords.contains($0.lower) }
                && !t[r].contains { [";", "(", "—"].contains($0.text) }
        }
        var routes: [Route] = [], joined: Set<Int> = []
        for i in t.indices where t[i].lower == "from" {
            guard let origin = a.thingName(at: i + 1) else { continue }
            let after = origin.tokenRange.upperBound
            if let to = (after..<min(t.count, after + reach)).first(where: { toWords.contains(t[$0].lower) }), joins(after..<to),
               moving(i) || t[after..<to].contains(where: { movingWords.contains($0.lower) }),
               let destination = a.thingName(at: to + 1) {
                joined.formUnion([i, to])
                var route = Route(origin: origin, destination: destination, text: a.fragment(i...(destination.tokenRange.upperBound - 1)))
                route.line = (max(0, i - 4)..<i).contains { EndsOrderComparison.extentWords.contains(t[$0].lower) }
                routes.append(route)
            }
        }
        // "traveling to Chicago from Los Angeles".
        for i in t.indices where toWords.contains(t[i].lower) && !joined.contains(i) && moving(i) {
            guard let destination = a.thingName(at: i + 1) else { continue }
            let after = destination.tokenRange.upperBound
            if let from = (after..<min(t.count, after + reach)).first(where: { t[$0].lower == "from" }), !joined.contains(from), joins(after..<from),
               let origin = a.thingName(at: from + 1) {
                joined.formUnion([i, from])
                routes.append(Route(origin: origin, destination: destination, text: a.fragment(i...(origin.tokenRange.upperBound - 1))))
            }
        }
        for i in t.indices where !joined.contains(i) && moving(i) {
            if t[i].lower == "from", let origin = a.thingName(at: i + 1) {
                routes.append(Route(origin: origin, destination: nil, text: a.fragment(i...(origin.tokenRange.upperBound - 1))))
            } else if toWords.contains(t[i].lower), let destination = a.thingName(at: i + 1) {
                routes.append(Route(origin: nil, destination: destination, text: a.fragment(i...(destination.tokenRange.upperBound - 1))))
            }
        }
        return routes
    }
}
