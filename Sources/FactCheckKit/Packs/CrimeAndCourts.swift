/// News about crime, courts and money: the events the rules compare slot by slot (payment, sentence, conviction,
/// arrest, plea, …) with the words that trigger them, and the names, descriptions and synonyms such stories use.
/// A story of another kind does not need it: the general path (names, figures, dates, places, roles, polarity,
/// hedges, the learned verifier) reads any sentence.
extension DomainPack {
    static let crimeAndCourts = DomainPack(
        name: "crime, courts and money",
        triggers: [
            (.payment, .agentive, ["pay", "paid", "pays", "paying", "payment", "payments", "reimburse", "reimbursed", "bribe", "bribed", "compensate", "compensated"]),
            (.payment, .receptive, ["receive", "received", "receives", "receiving", "compensation", "exchange", "earned", "earn"]),
            (.payment, .selling, ["sell", "sold", "sells", "selling"]),
            (.payment, .buying, ["buy", "bought", "buys", "buying", "purchased"]),
            (.sentencing, .agentive, ["sentenced", "sentencing", "imprisoned", "jailed"]),
            (.sentencing, .nominal, ["sentence", "sentences", "term", "prison", "jail", "imprisonment", "punishment"]),
            (.conviction, .agentive, ["convict", "convicted", "convicts"]),
            (.conviction, .nominal, ["conviction", "guilty"]),
            (.acquittal, .agentive, ["acquit", "acquitted", "acquittal", "exonerated"]),
            (.arrest, .agentive, ["arrest", "arrested", "arrests", "detained", "detain", "apprehended"]),
            (.charge, .agentive, ["charge", "charged", "indicted"]),
            (.charge, .nominal, ["charges", "indictment"]),
            (.plea, .agentive, ["plead", "pleaded", "pled", "plea", "pleas", "pleading"]),
            (.espionage, .agentive, ["spy", "spied", "spying", "espionage"]),
            (.transfer, .agentive, ["give", "gave", "given", "gives", "provide", "provided", "providing", "pass", "passed", "transmit", "transmitted", "leak", "leaked", "leaking", "hand", "handed", "deliver", "delivered", "delivering", "disclosed", "disclose", "shared", "sharing"]),
            (.travel, .agentive, ["travel", "traveled", "travelled", "went", "trip", "trips", "visit", "visited", "flew", "flight"]),
            (.stop, .agentive, ["stopped", "questioned", "searched"]),
            (.contact, .agentive, ["contact", "contacted", "approached", "recruited"]),
            (.employment, .service, ["work", "worked", "working", "served", "employed", "employee"]),
            (.trial, .agentive, ["trial", "tried"]),
        ],
        nounTriggers: [
            "payment", "payments", "compensation", "exchange", "sentence", "sentences", "term", "prison", "jail", "imprisonment",
            "punishment", "conviction", "arrests", "indictment", "plea", "pleas", "spy", "espionage", "trip", "trips", "flight",
            "employee", "trial", "bribe",
        ],
        opposedEvents: [.conviction: .acquittal, .acquittal: .conviction],
        descriptors: [
            "officer", "contractor", "defendant", "consultant", "spy", "suspect", "veteran", "analyst", "employee", "speaker",
        ],
        aliases: [
            ("CIA", ["cia", "central intelligence agency"]),
            ("FBI", ["fbi", "federal bureau of investigation"]),
            ("DIA", ["dia", "defense intelligence agency"]),
            ("MSS", ["mss", "ministry of state security"]),
            ("DOJ", ["doj", "department of justice", "justice department", "us department of justice"]),
            ("NSA", ["nsa", "national security agency"]),
        ],
        affiliations: ["MSS": "China", "CIA": "US", "FBI": "US", "DIA": "US", "DOJ": "US", "NSA": "US"],
        synonymGroups: [
            ["prison", "jail", "imprisonment", "incarceration", "custody", "bars"],
            ["document", "documents", "information", "secrets", "files", "papers", "material"],
            ["classified", "secret", "top-secret", "sensitive"],
            ["phone", "cellphone", "mobile", "device", "smartphone"],
            ["money", "payment", "funds", "compensation"],
            ["lawyer", "attorney", "counsel"],
            ["prosecutor", "prosecution", "prosecutors"],
            ["agent", "officer", "operative", "official", "handler"],
            ["trip", "travel", "visit", "journey"],
            ["spy", "espionage", "spying"],
            ["airport", "o'hare"],
            ["employ", "work", "serve"],
        ],
        antonymPairs: [
            ("guilty", "innocent"), ("convicted", "acquitted"),
            ("voluntarily", "forced"), ("consecutively", "concurrently"), ("consecutive", "concurrent"),
        ],
        bareTerms: [
            (.sentencing, ["got", "gets", "get", "given", "giving", "faces", "face", "facing", "faced", "risk", "risks", "serve", "serves",
                           "serving", "served", "receive", "received", "receives", "handed", "sentenced", "jailed", "imprisoned",
                           "spend", "spends", "spent", "spending", "behind", "asked", "asks", "sought", "seeks", "requested", "recommended", "demanded"]),
        ],
        allegingDocuments: ["complaint", "indictment", "affidavit", "lawsuit", "suit", "filing", "petition", "charging"],
        allegingParties: ["prosecutors", "prosecutor", "plaintiffs", "plaintiff", "accusers", "accuser", "investigators"],
        moneyTriggers: ["receive", "received", "receives", "receiving", "earn", "earned"],
        moneyNouns: ["money", "cash", "sum", "sums", "fee", "fees", "payment", "payments", "salary", "bribe", "bribes", "funds", "compensation", "commission", "commissions", "rent", "fare", "fares"],
        // "Police arrested 12 people; five were later charged": twelve arrested are not twelve charged.
        distinctOutcomes: [["charged", "indicted"], ["convicted"], ["acquitted"]]
    )
}
