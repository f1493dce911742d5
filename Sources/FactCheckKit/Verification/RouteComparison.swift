/// A journey's ends: "headed from Los Angeles to Chicago" against "bound from Chicago to Los Angeles". Both names
/// are there, so nothing is missing and every word may be shared; only the order of "from" and "to" says the
/// sentence tells of the opposite way. A claim that gives one end ("traveling from Chicago") is contradicted by a
/// journey that has that place at its other end.
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

    func compare(_ input: ComparisonInput) -> Finding? {
        guard input.missing.isEmpty, input.coverage >= Self.coverage else { return nil }
        let given = input.evidence.flatMap(Self.routes(in:))
        for want in Self.routes(in: input.claim) where !given.contains(where: { want.sameWay(as: $0) }) {
            if let have = given.first(where: { want.opposite(of: $0) }) {
                return .conflict(slot: .place, claim: want.text, evidence: have.text)
            }
        }
        return nil
    }

    /// Every "from <place> … to <place>" of a sentence, between two names that are not people, and every "from
    /// <place>" or "to <place>" alone.
    static func routes(in a: TextAnalysis) -> [Route] {
        let t = a.tokens
        func name(at i: Int) -> EntityMention? {
            var k = i
            while k < t.count, Lexicon.articles.contains(t[k].lower) { k += 1 }
            return a.entities.first { $0.tokenRange.lowerBound == k && $0.kind != .person && $0.resolvedFrom == nil }
        }
        var routes: [Route] = [], joined: Set<Int> = []
        for i in t.indices where t[i].lower == "from" {
            guard let origin = name(at: i + 1) else { continue }
            let after = origin.tokenRange.upperBound
            // Only the origin's own region may stand between it and "to" ("from Mendon, Mo., to Chicago").
            if let to = (after..<min(t.count, after + reach)).first(where: { t[$0].lower == "to" }),
               !t[after..<to].contains(where: { $0.isWord && $0.text.first?.isUppercase != true }),
               let destination = name(at: to + 1) {
                joined.insert(to)
                routes.append(Route(origin: origin, destination: destination, text: a.fragment(i...(destination.tokenRange.upperBound - 1))))
            } else {
                routes.append(Route(origin: origin, destination: nil, text: a.fragment(i...(after - 1))))
            }
        }
        for i in t.indices where t[i].lower == "to" && !joined.contains(i) {
            guard let destination = name(at: i + 1) else { continue }
            routes.append(Route(origin: nil, destination: destination, text: a.fragment(i...(destination.tokenRange.upperBound - 1))))
        }
        return routes
    }
}
