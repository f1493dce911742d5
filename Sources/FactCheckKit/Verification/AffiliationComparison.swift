/// Where a named person is from or with: "board member Allen Cappelli of Brooklyn" against "board member Allen
/// Cappelli of Staten Island", "Lukas Stefanko, a researcher at Kaspersky" against "Lukas Stefanko with ESET". The
/// person ties the two sentences, whatever else they share; another name set the same way is another affiliation,
/// unless the sentence names the claim's as well, and only where both are set the same way ("Jane Doe of Acme" is not
/// contradicted by "Jane Doe, from Boston").
struct AffiliationComparison: SlotComparer {
    /// Words that set a place or a body after a person's name.
    static let links: Set<String> = ["of", "from", "at", "with"]

    struct Affiliation {
        let person: EntityMention
        let body: EntityMention
        let link: String
        let text: String

        /// The same link, "at" for "with", or "of" for "from" between names of one kind ("of the University of Oxford",
        /// "from the University of Reading"): "of" gives a home or a body, and only the kind of name tells which.
        func setsTheSameWay(as other: Affiliation) -> Bool {
            let pair: Set<String> = [link, other.link]
            return pair.count == 1 || pair == ["at", "with"] || pair == ["of", "from"] && body.kind == other.body.kind
        }
    }

    func compare(_ input: ComparisonInput) -> Finding? {
        let given = input.evidence.flatMap(Self.affiliations(in:))
        for want in Self.affiliations(in: input.claim) where input.missing.contains(where: { $0.corefers(with: want.body) }) {
            guard let have = given.first(where: { $0.person.refers(to: want.person) && $0.setsTheSameWay(as: want) }),
                  !input.evidence.contains(where: { $0.entities.contains { $0.corefers(with: want.body) } }) else { continue }
            return .conflict(slot: .name, claim: want.text, evidence: have.text)
        }
        return nil
    }

    /// Every "<person> of|from|at|with <name>" of a sentence, and "<person>, a <role> at <name>".
    static func affiliations(in a: TextAnalysis) -> [Affiliation] {
        let t = a.tokens
        return a.entities.compactMap { person in
            guard person.kind == .person, person.resolvedFrom == nil else { return nil }
            var i = person.tokenRange.upperBound
            // "Lukas Stefanko, a researcher at Kaspersky": a role of two words at most before the link.
            if i + 2 < t.count, t[i].text == ",", Lexicon.articles.contains(t[i + 1].lower),
               let link = (i + 2..<min(t.count, i + 5)).first(where: { links.contains(t[$0].lower) }),
               t[(i + 2)..<link].allSatisfy({ $0.isWord && $0.text.first?.isLowercase == true }) {
                i = link
            }
            guard i < t.count, links.contains(t[i].lower), let body = a.thingName(at: i + 1),
                  // ("Smith of Boston and Jones of Denver" is fine; "of Boston, Mass." keeps its region out of it.)
                  !DateParser.weekdays.contains(body.text.lowercased()), !a.dates.contains(where: { $0.tokenRange.overlaps(body.tokenRange) }) else { return nil }
            return Affiliation(person: person, body: body, link: t[i].lower, text: a.fragment(person.tokenRange.lowerBound...(body.tokenRange.upperBound - 1)))
        }
    }
}
