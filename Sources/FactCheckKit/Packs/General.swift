/// Words any news story uses: country names and their adjectives, a few spelling and wording variants, and
/// everyday opposites. Always registered.
extension DomainPack {
    static let general = DomainPack(
        name: "general news",
        triggers: [],
        nounTriggers: [],
        opposedEvents: [:],
        descriptors: [],
        aliases: [
            ("US", ["u.s.", "u.s", "us", "u.s.a.", "usa", "united states", "america", "american", "americans", "united states of america"]),
            ("China", ["china", "chinese", "prc", "people's republic of china", "communist china"]),
            ("UK", ["uk", "u.k.", "britain", "united kingdom", "british"]),
            ("Russia", ["russia", "russian", "moscow", "kremlin"]),
        ],
        affiliations: [:],
        synonymGroups: [
            ["defence", "defense"],
            ["business", "company", "firm"],
            ["former", "ex"],
            ["worldwide", "globally", "global"],
            ["speak", "spoke", "spoken", "speaker", "speaks"],
            // A maker and the making: "the director of Barbarella" is who "directed" it.
            ["direct", "director", "directed", "directs"],
            ["write", "writer", "wrote", "written", "writes", "author", "authored"],
            ["produce", "producer", "produced", "produces"],
            ["create", "creator", "created", "creates"],
            ["compose", "composer", "composed", "composes"],
            ["design", "designer", "designed", "designs"],
            ["develop", "developer", "developed", "develops"],
            ["publish", "publisher", "published", "publishes"],
            ["invent", "inventor", "invented", "invents"],
            ["paint", "painter", "painted", "paints"],
        ],
        antonymPairs: [
            ("won", "lost"), ("increase", "decrease"), ("rose", "fell"), ("true", "false"), ("alive", "dead"), ("accepted", "rejected"), ("admitted", "denied"), ("arrived", "departed"), ("success", "failure"), ("legal", "illegal"),
        ]
    )
}
