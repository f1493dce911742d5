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
            ["tv", "television"],
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
            // "A further 150 people were injured" is "another 150 people were hurt". (Not "extra" or "additional",
            // which WordNet's synonyms of "add" would then find in "cut an extra 300 jobs".)
            ["another", "further"],
            ["injured", "hurt", "injure", "injures", "injuring"],
            // Irregular verbs, whose past forms no stemmer joins to the rest: "who fled the city" is "who have fled"
            // and "who flee", "ran the race" is "runs the race". (Not forms that are also common nouns or other verbs'
            // forms: "left", "found", "felt", "lay", "rose", "shot", "bit", "held" ("put on hold"), "struck" ("struck a
            // deal"); nor "see" and "seen", which WordNet joins to "saw", in news mostly "the year saw"; nor "made",
            // which WordNet's synonyms would then find in "made popular" for a claim's "built"; nor "take", whose tense
            // tells "took effect on March 1, 2019" from the claim's "take effect on March 1".)
            ["win", "won", "wins", "winning"],
            ["lose", "lost", "loses", "losing"], ["go", "went", "gone", "goes"], ["begin", "began", "begun", "begins", "beginning"],
            ["give", "gave", "given", "gives", "giving"], ["run", "ran", "runs", "running"], ["grow", "grew", "grown", "grows", "growing"],
            ["break", "broke", "broken", "breaks", "breaking"], ["steal", "stole", "stolen", "steals", "stealing"],
            ["drive", "drove", "driven", "drives", "driving"], ["fly", "flew", "flown", "flies", "flying"], ["know", "knew", "known", "knows"],
            ["throw", "threw", "thrown", "throws"], ["choose", "chose", "chosen", "chooses"], ["draw", "drew", "drawn", "draws"],
            ["bring", "brought", "brings", "bringing"], ["buy", "bought", "buys", "buying"],
            ["catch", "caught", "catches"], ["teach", "taught", "teaches"], ["think", "thought", "thinks"], ["sell", "sold", "sells", "selling"],
            ["tell", "told", "tells", "telling"], ["meet", "met", "meets"],
            ["build", "built", "builds"], ["send", "sent", "sends", "sending"], ["spend", "spent", "spends", "spending"],
            ["keep", "kept", "keeps", "keeping"], ["hear", "heard", "hears"], ["sink", "sank", "sunk", "sinks"], ["eat", "ate", "eaten", "eats"],
            ["hide", "hid", "hidden", "hides"], ["swim", "swam", "swum", "swims"], ["sing", "sang", "sung", "sings"],
            ["seek", "sought", "seeks"], ["fight", "fought", "fights"], ["lead", "led", "leads", "leading"],
            ["flee", "fled", "flees", "fleeing"], ["stand", "stood", "stands"], ["understand", "understood", "understands"],
            ["withdraw", "withdrew", "withdrawn", "withdraws"], ["overtake", "overtook", "overtaken", "overtakes"],
            // A figure's change, however worded: "sales fell 11 percent" is "sales declined 11 percent".
            ["rise", "rose", "risen", "rises", "rising", "increase", "increased", "increases", "climb", "climbed", "climbs"],
            // ("drop" is also "remove": "drop the fee" is no fall.)
            ["fall", "fell", "fallen", "falls", "falling", "decline", "declined", "declines", "decrease", "decreased", "decreases"],
        ],
        antonymPairs: [
            ("won", "lost"), ("increase", "decrease"), ("rose", "fell"), ("true", "false"), ("alive", "dead"), ("accepted", "rejected"), ("admitted", "denied"), ("arrived", "departed"), ("success", "failure"), ("legal", "illegal"),
            // Which way something moves: "crossing westward over the date line" is no crossing eastward.
            ("eastward", "westward"), ("northward", "southward"), ("eastbound", "westbound"), ("northbound", "southbound"), ("upstream", "downstream"),
            // Degrees of a quantity ("pay too much of the cost"); WordNet's first sense of "little" is size.
            ("little", "much"),
        ],
        // "The TV series": an abbreviation written in capitals names nothing; it is the word "television".
        ordinaryTerms: ["tv"],
        // Words for a nationality and the country each names.
        nationalities: [
            "american": "america", "british": "britain", "english": "england", "scottish": "scotland", "welsh": "wales", "irish": "ireland",
            "canadian": "canada", "australian": "australia", "french": "france", "german": "germany", "italian": "italy",
            "spanish": "spain", "portuguese": "portugal", "dutch": "netherlands", "belgian": "belgium", "swiss": "switzerland",
            "austrian": "austria", "swedish": "sweden", "norwegian": "norway", "danish": "denmark", "finnish": "finland",
            "icelandic": "iceland", "polish": "poland", "czech": "czechia", "slovak": "slovakia", "hungarian": "hungary",
            "romanian": "romania", "bulgarian": "bulgaria", "greek": "greece", "turkish": "turkey", "russian": "russia",
            "ukrainian": "ukraine", "belarusian": "belarus", "serbian": "serbia", "croatian": "croatia", "bosnian": "bosnia",
            "slovenian": "slovenia", "albanian": "albania", "estonian": "estonia", "latvian": "latvia", "lithuanian": "lithuania",
            "armenian": "armenia", "indian": "india", "pakistani": "pakistan", "bangladeshi": "bangladesh", "chinese": "china",
            "japanese": "japan", "korean": "korea", "vietnamese": "vietnam", "thai": "thailand", "filipino": "philippines",
            "indonesian": "indonesia", "malaysian": "malaysia", "singaporean": "singapore", "taiwanese": "taiwan", "mongolian": "mongolia",
            "nepali": "nepal", "nepalese": "nepal", "mexican": "mexico", "brazilian": "brazil", "argentine": "argentina",
            "argentinian": "argentina", "chilean": "chile", "colombian": "colombia", "peruvian": "peru", "venezuelan": "venezuela",
            "cuban": "cuba", "jamaican": "jamaica", "dominican": "dominican", "trinidadian": "trinidad", "nigerian": "nigeria",
            "kenyan": "kenya", "egyptian": "egypt", "ghanaian": "ghana", "ethiopian": "ethiopia", "moroccan": "morocco",
            "algerian": "algeria", "tunisian": "tunisia", "israeli": "israel", "iranian": "iran", "iraqi": "iraq", "saudi": "arabia",
            "lebanese": "lebanon", "syrian": "syria", "afghan": "afghanistan",
        ],
        // Nationalities inside another: a Scottish singer is a British one.
        nationalityParts: ["english": "british", "scottish": "british", "welsh": "british"],
        // What a company's or a budget's figures measure; each group is one thing, written several ways.
        distinctMeasures: [
            // ("income" is a company's profit but a government's revenue: it is in no group.)
            ["profit", "profits", "earnings"], ["sales", "revenue", "revenues", "turnover"], ["loss", "losses"],
            ["spending", "expenditure", "expenses", "costs"], ["debt", "debts", "borrowing"], ["assets"], ["dividend", "dividends"],
            ["deficit", "deficits", "shortfall"], ["surplus", "surpluses"],
        ],
        distinctOutcomes: [
            ["killed", "died", "perished"], ["injured", "hurt", "wounded"], ["rescued", "saved"], ["buried", "trapped"],
            ["missing"], ["arrested", "detained"], ["hospitalized", "hospitalised"], ["evacuated", "displaced"], ["infected"],
            ["recovered"], ["survived"],
        ],
        outcomeNouns: [(["deaths", "fatalities"], ["killed", "died", "perished"]), (["injuries"], ["injured", "hurt", "wounded"]),
                       (["arrests"], ["arrested"])],
        // The AP's abbreviations of the US states (those it writes in full, such as "Ohio" and "Texas", need none).
        placeAbbreviations: [
            "ala": "alabama", "ariz": "arizona", "ark": "arkansas", "calif": "california", "colo": "colorado", "conn": "connecticut",
            "del": "delaware", "fla": "florida", "ga": "georgia", "ill": "illinois", "ind": "indiana", "kan": "kansas", "ky": "kentucky",
            "la": "louisiana", "md": "maryland", "mass": "massachusetts", "mich": "michigan", "minn": "minnesota", "miss": "mississippi",
            "mo": "missouri", "mont": "montana", "neb": "nebraska", "nev": "nevada", "nh": "new hampshire", "nj": "new jersey",
            "nm": "new mexico", "ny": "new york", "nc": "north carolina", "nd": "north dakota", "okla": "oklahoma", "ore": "oregon",
            "pa": "pennsylvania", "ri": "rhode island", "sc": "south carolina", "sd": "south dakota", "tenn": "tennessee",
            "vt": "vermont", "va": "virginia", "wash": "washington", "wva": "west virginia", "wis": "wisconsin", "wyo": "wyoming",
        ],
        statesWrittenInFull: ["alaska", "hawaii", "idaho", "iowa", "maine", "ohio", "texas", "utah"],
        exclusiveOffices: [
            ["mayor"], ["governor"], ["senator", "sen"], ["representative", "rep", "congressman", "congresswoman"],
            ["councilman", "councilwoman", "councillor", "councilor", "councilmember"], ["sheriff"], ["premier"], ["attorneygeneral"],
        ]
    )
}
