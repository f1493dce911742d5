/// A person, organisation or place named in text, reduced to a key that aliases share.
struct EntityMention: Sendable, Hashable {
    enum Kind: Sendable, Hashable, CaseIterable { case person, organisation, name }

    /// `p:mallory` for people (by surname), the alias key (`CIA`, `China`) or `n:o'hare`.
    let key: String
    let kind: Kind
    /// As written, or the pronoun/descriptor it stands for.
    let text: String
    let tokenRange: Range<Int>
    /// Given names known for this person (from the fullest form seen), for `Kevin Mallory` ≠ `Robert Mallory`.
    let givenNames: [String]
    /// Set when a pronoun or a description ("the defendant") was resolved to this entity.
    let resolvedFrom: String?

    /// Whether evidence naming `other` names this entity: the same one, or a part of it
    /// (`China` is named by `the MSS`; `the MSS` is not named by `China`).
    func refers(to other: EntityMention) -> Bool {
        if key == other.key {
            guard kind == .person, let a = givenNames.first, !other.givenNames.isEmpty else { return true }
            // A short form of the given name is the same person's: "Alex Jones" is "Alexander Emerick Jones",
            // "Matt Schaub" is "Matthew Rutledge Schaub".
            return other.givenNames.contains { $0 == a || a.count >= 3 && ($0.hasPrefix(a) || $0.count >= 3 && a.hasPrefix($0)) }
        }
        // "Amancio Ortega" names "Amancio Ortega Gaona": the whole name opens the longer one.
        if kind == .person, other.kind == .person, let first = givenNames.first, other.givenNames.first == first,
           other.givenNames.count > givenNames.count, other.givenNames[givenNames.count] == key.dropFirst(2) {
            return other.givenNames.prefix(givenNames.count).elementsEqual(givenNames)
        }
        if kind != .person, other.kind != .person, key.hasPrefix("n:"), other.key.hasPrefix("n:") {
            // "O'Hare" names the same place as "Chicago O'Hare International Airport".
            // Hyphens part words too: "KROQ" is named by "KROQ-FM".
            let myName = String(key.dropFirst(2)), theirName = String(other.key.dropFirst(2))
            let mine = myName.split { $0 == " " || $0 == "-" }, theirs = theirName.split { $0 == " " || $0 == "-" }
            let extra = Set(theirs).symmetricDifference(mine)
            // "New" always makes another place ("New Jersey" is not Jersey, nor "New Mexico" Mexico), and "City" after a
            // state or country another ("Kansas City" is not Kansas, nor "Mexico City" Mexico; "New York City" is New York).
            if extra == ["new"] { return false }
            let shorter = myName.count < theirName.count ? myName : theirName
            if extra == ["city"], shorter != "new york", Self.statesAndCountries.contains(shorter) { return false }
            // A compass word that makes another state or country makes another place: "Virginia" is not "West Virginia"
            // (both states); "South Florida" is still in Florida, and "the South Bronx" in the Bronx.
            if !extra.isEmpty, extra.allSatisfy({ ["north", "south", "east", "west", "new"].contains(String($0)) }),
               Self.statesAndCountries.contains(myName), Self.statesAndCountries.contains(theirName) { return false }
            // "the Celtics" names the "Boston Celtics": a shorter name that ends the same way (its head) is the same one.
            return mine.allSatisfy(Set(theirs).contains) || (theirs.count < mine.count && mine.suffix(theirs.count).elementsEqual(theirs))
        }
        return Lexicon.affiliations[other.key] == key
    }

    /// The states and countries the packs name in full ("west virginia", "south korea").
    static let statesAndCountries: Set<String> = Set(DomainPacks.merged.placeAbbreviations.values).union(DomainPacks.merged.nationalities.values)
        .union(DomainPacks.merged.statesWrittenInFull)

    /// Whether either names the other: the test for two mentions of one participant, whichever is the longer.
    func corefers(with other: EntityMention) -> Bool { refers(to: other) || other.refers(to: self) }

    /// Where the word after the name starts when the name is written as an owner ("Tom Veld's son", "the Celtics' coach"),
    /// else nil.
    func ownerEnd(in tokens: [Token]) -> Int? {
        guard !tokenRange.isEmpty, tokenRange.upperBound <= tokens.count else { return nil }
        if tokens[tokenRange.upperBound - 1].isPossessive { return tokenRange.upperBound }
        guard tokenRange.upperBound < tokens.count, ["'", "’", "'s", "’s"].contains(tokens[tokenRange.upperBound].text) else { return nil }
        return tokenRange.upperBound + 1
    }

    /// Where the common noun this person owns stands ("Tom Veld's son": "son"), else nil. An organisation's nouns
    /// ("the firm's lawyers") act for it and are not counted, unless `organisations` (as an act's object, "fined
    /// Tesla's insurance unit", they are not the firm).
    func ownedNoun(in tokens: [Token], organisations: Bool = false) -> Int? {
        guard kind != .organisation || organisations, resolvedFrom == nil, let next = ownerEnd(in: tokens), next < tokens.count,
              tokens[next].isWord, tokens[next].text.first?.isLowercase == true, !Lexicon.stopwords.contains(tokens[next].lower) else { return nil }
        return next
    }

    /// Where the common noun stands that this name completes with "of" ("the son of Dana Whitfield": "son"), else nil.
    func ofNoun(in tokens: [Token]) -> Int? {
        let of = tokenRange.lowerBound - 1
        guard of >= 2, tokens[of].lower == "of", tokens[of - 1].isWord, tokens[of - 1].text.first?.isLowercase == true,
              !Lexicon.stopwords.contains(tokens[of - 1].lower), Self.possessiveDeterminers.contains(tokens[of - 2].lower) else { return nil }
        return of - 1
    }

    static let possessiveDeterminers: Set<String> = ["the", "a", "an", "his", "her", "their", "its", "our", "my"]
}

extension EntityMention {
    /// Whether this name is written as the initials of `other`'s capitalised words ("FEMA" of "Federal Emergency
    /// Management Agency"): not the same one for certain, but no rival of it either.
    func isInitials(of other: EntityMention) -> Bool {
        let letters = text.filter { $0 != "." }
        guard (2...6).contains(letters.count), letters.allSatisfy({ $0.isUppercase && $0.isLetter }) else { return false }
        return NameContext.initials(of: other.text) == letters
    }
}

/// What the recogniser knows of the whole corpus: people's full names and which words are ordinary words.
struct NameContext: Sendable {
    /// Capitalised names of two words or more seen while learning one document, for `learnInitials` (not merged).
    var spelledNames: Set<String> = []
    /// surname → given names of the fullest form seen (`mallory` → [kevin, patrick]).
    var people: [String: [String]] = [:]
    /// Words seen in lower case somewhere: a capitalised one at a sentence start is then not a name.
    var commonWords: Set<String> = []
    /// Acronyms defined in the text: `sass` → `n:shanghai academy of social sciences`.
    var acronyms: [String: String] = [:]

    /// Adds what another context learned, as if its texts had been learned after this one's:
    /// the fullest name wins (the later on a tie), a later acronym definition replaces an earlier one.
    mutating func merge(_ later: NameContext) {
        for (surname, given) in later.people where given.count >= (people[surname]?.count ?? 0) { people[surname] = given }
        commonWords.formUnion(later.commonWords)
        acronyms.merge(later.acronyms) { _, new in new }
    }

    /// Learns names, ordinary words and acronym definitions from one tokenised text.
    mutating func learn(_ tokens: [Token]) {
        for (i, t) in tokens.enumerated() where t.isWord && !t.isCapitalized {
            if i > 0 || !Lexicon.stopwords.contains(t.lower) { commonWords.insert(t.lower) }
        }
        for run in EntityRecognizer.capitalisedRuns(tokens) {
            let words = run.map { tokens[$0] }
            let parts = EntityRecognizer.personParts(run, tokens)
            if parts.count >= 2, let last = parts.last, !EntityRecognizer.modifiesNoun(run, tokens) {
                let given = Array(parts.dropLast())
                if given.count >= (people[last]?.count ?? 0) { people[last] = given }
            }
            // "National Weather Service" in a text that also writes "NWS": learnInitials pairs them.
            if run.count >= 2 { spelledNames.insert(words.map(\.text).drop { $0.lowercased() == "the" }.joined(separator: " ")) }
            // Central Intelligence Agency (CIA)
            if let end = run.last, end + 3 < tokens.count, tokens[end + 1].text == "(", tokens[end + 3].text == ")",
               tokens[end + 2].isWord, tokens[end + 2].text == tokens[end + 2].text.uppercased(), tokens[end + 2].text.count >= 2 {
                // "The Central Intelligence Agency (CIA)": the article is not part of the name.
                let full = words.map(\.lower).drop { $0 == "the" }.joined(separator: " ")
                acronyms[tokens[end + 2].lower] = Lexicon.aliases[full] ?? "n:" + full
            }
        }
    }
}

extension NameContext {
    /// Learns initials from a document that writes both them and the name they spell ("NWS" and "National Weather
    /// Service"), without defining them: within one article they are the same. Initials alone name nothing more,
    /// since "NBA" is also the National Boxing Association and "AP" Arizona Police. A definition in brackets wins.
    mutating func learnInitials(_ sentences: [[Token]]) {
        var byInitials: [String: Set<String>] = [:]
        for name in spelledNames {
            if let initials = Self.initials(of: name) { byInitials[initials, default: []].insert(name) }
        }
        var seen: Set<String> = []
        for t in sentences.joined() where t.isWord && (2...6).contains(t.text.count) && t.text.allSatisfy({ $0.isUppercase && $0.isLetter }) {
            seen.insert(t.text)
        }
        for initials in seen where acronyms[initials.lowercased()] == nil && Lexicon.aliases[initials.lowercased()] == nil {
            // One name only: two that spell the same initials leave them unread.
            guard let names = byInitials[initials], names.count == 1, let full = names.first?.lowercased() else { continue }
            acronyms[initials.lowercased()] = Lexicon.aliases[full] ?? "n:" + full
        }
        spelledNames = []
    }

    /// The initials a name spells ("NWS" for "National Weather Service"), its small words left out; nil unless it
    /// has two to six words, each capitalised.
    static func initials(of name: String) -> String? {
        let words = name.split { $0 == " " || $0 == "-" }.filter { !initialsSkip.contains($0.lowercased()) }
        guard (2...6).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        return words.map { String($0.first!) }.joined()
    }

    private static let initialsSkip: Set<String> = ["of", "the", "and", "for", "&", "on", "in"]

    /// Learns the people a title names ("Joel Embiid leads Sixers …") when the body calls them by surname alone
    /// and never fully. Titles are often in title case, so a run counts only when none of its words is seen in
    /// lower case and its last word stands capitalised in the body (`bodyNames`, lower-cased).
    mutating func learnTitle(_ tokens: [Token], bodyNames: Set<String>) {
        for run in EntityRecognizer.capitalisedRuns(tokens) {
            let words = run.map { tokens[$0].lower }
            let parts = EntityRecognizer.personParts(run, tokens)
            guard parts.count >= 2, let last = parts.last, people[last] == nil, bodyNames.contains(last),
                  !words.contains(where: commonWords.contains), !EntityRecognizer.modifiesNoun(run, tokens) else { continue }
            people[last] = Array(parts.dropLast())
        }
    }
}

/// Finds named entities: capitalised runs split at known aliases and titles, then people by shape.
enum EntityRecognizer {
    /// Abbreviations that open a place's name with a stop after them.
    static let placeAbbreviationOpeners: Set<String> = ["st", "mt", "ft", "ste", "pt"]

    /// Whether the capitalised words after a number word end in a nationality's plural: "Nineteen South Koreans
    /// returned home" counts people ("Seven Sisters" stays a name).
    /// So does a nationality before a lower-case plural: "Twelve Thai boys", "Three British soldiers".
    static func countsANationality(_ tokens: [Token], after i: Int) -> Bool {
        var k = i + 1
        while k < tokens.count, tokens[k].isWord, tokens[k].isCapitalized { k += 1 }
        let last = tokens[k - 1].lower
        if k > i + 1, k < tokens.count, DomainPacks.merged.nationalities[last] != nil, QuantityParser.isPluralNoun(tokens[k]) { return true }
        return k > i + 1 && last.hasSuffix("s") && DomainPacks.merged.nationalities[String(last.dropLast())] != nil
    }

    /// Whether token `i` opens a sentence or what a dateline or a colon sets off ("LONDON (Reuters) - Twelve …"), where
    /// a capital says nothing of a name.
    static func opensText(_ tokens: [Token], _ i: Int) -> Bool {
        i == 0 || ["-", "–", "—", ":", "“", "\"", "("].contains(tokens[i - 1].text)
    }

    /// Index runs of capitalised words, allowing `of` inside (`Ministry of State Security`).
    static func capitalisedRuns(_ tokens: [Token]) -> [[Int]] {
        var runs: [[Int]] = []
        var current: [Int] = []
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            // "Ten people were killed": a number word opening a sentence counts, it names nothing.
            let capital = t.isWord && t.isCapitalized && !(i + 1 < tokens.count && currencyFollows(tokens, i))
                && !(opensText(tokens, i) && QuantityParser.numberWords[t.lower] != nil && i + 1 < tokens.count
                     && (!tokens[i + 1].isCapitalized || countsANationality(tokens, after: i)))
                // "Accused of doping, …", "Allegedly, …": an allegation opening a sentence names no one.
                && !(i == 0 && (Lexicon.subjectAllegations.contains(t.lower) || Lexicon.hedgeAdverbs.contains(t.lower)))
                // "30°F", "-1 °C": the scale's letter names nothing.
                && !(i > 0 && tokens[i - 1].text.hasSuffix("°") && t.text.count == 1)
            if capital, DateParser.weekdays.contains(t.lower) {
                // A weekday stands alone: "On Monday Chris Grayling said" names a day and a person.
                if !current.isEmpty { runs.append(current) }
                runs.append([i])
                current = []
            } else if capital {
                current.append(i)
                if t.isPossessive {
                    runs.append(current)
                    current = []
                }
            } else if t.lower == "of" || Self.nameParticles.contains(t.text), !current.isEmpty, i + 1 < tokens.count, tokens[i + 1].isWord,
                      // "Deqa Dhalac of South Portland" is a person from a place; "Ministry of State Security" one name.
                      !(t.lower == "of" && personParts(current.map { tokens[$0].lower }).count >= 2),
                      tokens[i + 1].isCapitalized || (Self.nameParticles.contains(tokens[i + 1].text) && i + 2 < tokens.count && tokens[i + 2].isCapitalized) {
                // "Ministry of State Security", "Anneliese van der Pol", "Ursula von der Leyen".
                current.append(i)
            } else if t.text == ".", !t.spaceBefore, let last = current.last, last == i - 1, Self.placeAbbreviationOpeners.contains(tokens[last].lower),
                      current.dropLast().allSatisfy({ Lexicon.stopwords.contains(tokens[$0].lower) }),
                      i + 1 < tokens.count, tokens[i + 1].isWord, tokens[i + 1].isCapitalized, !Lexicon.stopwords.contains(tokens[i + 1].lower) {
                // "St. Louis", "Mt. Everest", "Ft. Worth": the abbreviation's stop is inside the name (not "Main St. In 2010").
                current.append(i)
            } else if t.text == "-", !t.spaceBefore, !current.isEmpty, i + 1 < tokens.count, tokens[i + 1].isWord,
                      tokens[i + 1].isCapitalized, !tokens[i + 1].spaceBefore {
                // "Al-Shifa Hospital", "Jean-Luc Picard": a hyphen inside a name.
                current.append(i)
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
            i += 1
        }
        if !current.isEmpty { runs.append(current) }
        return runs.map { run in
            var r = run
            while let last = r.last, tokens[last].lower == "of" { r.removeLast() }
            // A sentence's opening preposition ("During Murphy's tenure") is no part of the name, nor a party before a
            // person ("Democrat Begich"; not the "Democratic Party" or the "Republican National Committee").
            while r.count > 1, Lexicon.openingPrepositions.contains(tokens[r[0]].lower)
                    || Lexicon.partyWords.contains(tokens[r[0]].lower) && !r.dropFirst().contains(where: { Lexicon.organisationWords.contains(tokens[$0].lower) }) {
                r.removeFirst()
            }
            return r
        }.filter { !$0.isEmpty }
    }

    private static func currencyFollows(_ tokens: [Token], _ i: Int) -> Bool {
        QuantityParser.currencySymbols[tokens[i + 1].text] != nil && !tokens[i + 1].spaceBefore
    }

    /// A run's person parts; none when an acronym opens it ("CVS Health", "BBC Television" are organisations).
    static func personParts(_ run: [Int], _ tokens: [Token]) -> [String] {
        guard let first = run.first else { return [] }
        let text = tokens[first].text
        if text.count >= 3, text.allSatisfy({ $0.isUppercase || $0.isNumber }), Lexicon.aliases[text.lowercased()] == nil { return [] }
        return personParts(runWords(run, tokens).map(\.word))
    }

    /// Drops leading titles; what remains is a person's name if it is 2–4 plain words.
    static func personParts(_ words: [String]) -> [String] {
        var w = words[...]
        // An office named before the person ("Health Secretary Gavin Williamson", "Attorney General Merrick Garland"):
        // the name starts after its last title word.
        if let last = w.lastIndex(where: Lexicon.titles.contains), last > w.startIndex { w = w[(last + 1)...] }
        while let f = w.first, Lexicon.titles.contains(f) || Lexicon.aliases[f] != nil { w = w.dropFirst() }
        // "Albert Hammond Jr." is Hammond: a generational suffix is no surname.
        while w.count > 2, let l = w.last, generationalSuffixes.contains(l) { w = w.dropLast() }
        guard (2...4).contains(w.count), w.allSatisfy({ isNameWord($0) }), let f = w.first, !Lexicon.placeOpeners.contains(f) else { return [] }
        return Array(w)
    }

    /// A run of names right before a lower-case noun modifies it ("Bronx Republican chair"): it is a party,
    /// place or organisation, so the corpus does not learn its last word as a surname. An inflected word that can
    /// be a verb may be the person's ("Hansen faces", "Tomatoes based on"); a possessive owns its noun.
    static func modifiesNoun(_ run: [Int], _ tokens: [Token]) -> Bool {
        guard let last = run.last, !tokens[last].isPossessive, nounFollows(last, tokens) else { return false }
        let next = tokens[last + 1].lower
        return !(["s", "ed", "ing"].contains { next.hasSuffix($0) } && WordNet.shared.isA(next, .verb))
    }

    /// The token after `i` is a lower-case word that is mostly a noun ("chair", "experts"; not "said").
    private static func nounFollows(_ i: Int, _ tokens: [Token]) -> Bool {
        guard i + 1 < tokens.count else { return false }
        let next = tokens[i + 1]
        return next.isWord && !next.isCapitalized && WordNet.shared.isMostlyNoun(next.lower)
    }

    private static func isNameWord(_ w: String) -> Bool {
        !Lexicon.organisationWords.contains(w) && Lexicon.aliases[w] == nil && !Lexicon.titles.contains(w)
            && DateParser.months[w] == nil && !DateParser.weekdays.contains(w) && w != "of" && !Lexicon.stopwords.contains(w)
            && w.count > 1
    }

    static func recognise(_ tokens: [Token], context: NameContext) -> [EntityMention] {
        var found: [EntityMention] = []
        for run in capitalisedRuns(tokens) {
            var k = 0
            // "The Central Intelligence Agency": the article is not part of the name.
            while k < run.count - 1, Lexicon.stopwords.contains(tokens[run[k]].lower) { k += 1 }
            while k < run.count {
                // Longest alias starting here.
                var matched = false
                for len in stride(from: min(6, run.count - k), through: 1, by: -1) {
                    let idx = Array(run[k..<(k + len)])
                    let phrase = idx.map { tokens[$0].lower }.joined(separator: " ")
                    if let key = Lexicon.aliases[phrase] ?? context.acronyms[phrase] {
                        found.append(EntityMention(key: key, kind: .organisation, text: display(idx, tokens), tokenRange: idx.first!..<(idx.last! + 1), givenNames: [], resolvedFrom: nil))
                        k += len
                        matched = true
                        break
                    }
                }
                if matched { continue }
                // Up to the next alias: a person, an organisation or a place.
                var end = k
                while end < run.count, Lexicon.aliases[tokens[run[end]].lower] == nil { end += 1 }
                var idx = Array(run[k..<end])
                k = end
                // "Florida Gov. Rick Scott", "Fire Capt. Dave Zaniboni": an abbreviated title closes what names the office,
                // and is no part of that name.
                if idx.count > 1, let last = idx.last, last + 1 < tokens.count, tokens[last + 1].text == ".", !tokens[last + 1].spaceBefore,
                   Lexicon.abbreviatedTitles.contains(tokens[last].lower) {
                    idx.removeLast()
                }
                if let m = classify(idx, tokens, context) { found += versioned(m, tokens) }
            }
        }
        return abbreviatedPlaces(found, tokens)
    }

    /// "Mendon, Mo.", "Montcoal, W.Va.", "Albany, N.Y.": a place abbreviated after a town (`placeAbbreviations` of the
    /// packs) is the place written in full, so a claim's "Missouri" is named there.
    private static func abbreviatedPlaces(_ found: [EntityMention], _ tokens: [Token]) -> [EntityMention] {
        var out: [EntityMention] = []
        var n = 0
        while n < found.count {
            let m = found[n]
            n += 1
            let i = m.tokenRange.lowerBound
            // Only after a town's name: "Sen. Angus King, Ind." gives a party, not Indiana.
            let town = out.last.map { $0.kind != .person && $0.tokenRange.upperBound == i - 1 } ?? false
            guard m.kind != .person, m.resolvedFrom == nil, m.tokenRange.count == 1, i > 0, tokens[i - 1].text == ",", town else { out.append(m); continue }
            var letters = tokens[i].lower.filter { $0 != "." }
            var end = i + 1
            // "W.Va." comes as "W", ".", "Va": two names the points part.
            if n < found.count, found[n].tokenRange == (i + 2)..<(i + 3), tokens[i + 1].text == ".", !tokens[i + 1].spaceBefore, !tokens[i + 2].spaceBefore,
               DomainPacks.merged.placeAbbreviations[letters + tokens[i + 2].lower] != nil {
                letters += tokens[i + 2].lower
                end = i + 3
                n += 1
            }
            let pointed = tokens[i].text.contains(".") || end < tokens.count && tokens[end].text == "." && !tokens[end].spaceBefore
            guard pointed, let full = DomainPacks.merged.placeAbbreviations[letters] else {
                out.append(m)
                if end > i + 1 { out.append(found[n - 1]) }
                continue
            }
            out.append(EntityMention(key: "n:" + full, kind: .name, text: display(i..<end, tokens), tokenRange: i..<end, givenNames: [], resolvedFrom: nil))
        }
        return out
    }

    /// A version or model number written after a name is part of it: "Python 2.4" is not "Python 2.6", nor is
    /// "Mercurial 5.2" every Mercurial, nor "Apollo 13" "Apollo 11". A number the next word counts or measures
    /// ("Windows 10 devices", "Tesla 3.5 billion"), a score ("Spain 4 to 1", "Celtics 105-99", "Arsenal 2, Chelsea 1")
    /// and a year stay outside the name; so do people's. A bare version after "and" or a comma continues the list
    /// ("Python 2.4 and 2.5" names Python 2.5 too).
    private static func versioned(_ m: EntityMention, _ tokens: [Token]) -> [EntityMention] {
        let last = m.tokenRange.upperBound - 1
        guard m.kind != .person, m.resolvedFrom == nil, !tokens[last].isPossessive, DateParser.months[tokens[last].lower] == nil,
              !DateParser.weekdays.contains(tokens[last].lower), let first = version(at: last + 1, tokens) else { return [m] }
        let numbered = { (i: Int, range: Range<Int>) in
            EntityMention(key: m.key + " " + tokens[i].text, kind: m.kind, text: m.text + " " + tokens[i].text, tokenRange: range,
                          givenNames: m.givenNames, resolvedFrom: nil)
        }
        var out = [numbered(first, m.tokenRange.lowerBound..<(first + 1))]
        var i = first + 1
        // (Not after ", and": "Python 2.7, and 3.5 remains experimental" opens another clause.)
        while i + 1 < tokens.count, [",", "and", "or"].contains(tokens[i].lower), let next = version(at: i + 1, tokens),
              tokens[next].text.contains(".") == tokens[first].text.contains(".") {
            out.append(numbered(next, next..<(next + 1)))
            i = next + 1
        }
        return out
    }

    /// The index of a version number at `i`: a decimal, or a whole number under 1,000, that nothing after counts,
    /// measures or scores against.
    private static func version(at i: Int, _ tokens: [Token]) -> Int? {
        guard i < tokens.count, tokens[i].kind == .number, tokens[i].spaceBefore, !tokens[i].text.contains(","), let value = tokens[i].number,
              tokens[i].text.contains(".") || (1..<1000).contains(value) && value == value.rounded() else { return nil }
        guard i + 1 < tokens.count else { return i }
        let next = tokens[i + 1]
        if !next.isWord, !next.spaceBefore, ![".", ",", ";", ")", "?", "!"].contains(next.text) { return nil }
        // A score: "4 to 1", "2, Chelsea 1", "2 and a half hours".
        if ["to", "-", "–"].contains(next.lower), i + 2 < tokens.count, tokens[i + 2].kind == .number { return nil }
        if next.text == ",", i + 3 < tokens.count, tokens[i + 2].isCapitalized, tokens[i + 3].kind == .number { return nil }
        if next.lower == "and", i + 2 < tokens.count, ["a", "an", "one"].contains(tokens[i + 2].lower) { return nil }
        // What the number counts or measures: a plural noun, a unit, a scale ("Windows 10 devices", "3.5 billion").
        if next.isWord, next.text.first?.isLowercase == true,
           QuantityParser.isPluralNoun(next) || QuantityParser.scales[next.lower] != nil || QuantityParser.durationUnits[next.lower] != nil
            || next.lower == "percent" || QuantityParser.currencyWords[next.lower] != nil { return nil }
        return i
    }

    private static func classify(_ idx: [Int], _ tokens: [Token], _ context: NameContext) -> EntityMention? {
        let runWords = Self.runWords(idx, tokens)
        let words = runWords.map(\.word)
        // The run's last `n` words as written.
        let lastWords = { (n: Int) in display(idx[runWords[runWords.count - n].start...], tokens) }
        let range = idx.first!..<(idx.last! + 1)
        let parts = personParts(idx, tokens)
        if let surname = parts.last {
            let given = parts.count > 1 ? Array(parts.dropLast()) : (context.people[surname] ?? [])
            return EntityMention(key: "p:" + surname, kind: .person, text: lastWords(parts.count), tokenRange: range, givenNames: given, resolvedFrom: nil)
        }
        var content = words[...]
        while let f = content.first, Lexicon.titles.contains(f) || Lexicon.stopwords.contains(f) { content = content.dropFirst() }
        guard !content.isEmpty, !Lexicon.ordinaryTerms.contains(content.joined(separator: " ")) else { return nil }
        if content.count == 1, let w = content.first {
            if let given = context.people[w] {
                return EntityMention(key: "p:" + w, kind: .person, text: lastWords(1), tokenRange: range, givenNames: given, resolvedFrom: nil)
            }
            // A capitalised ordinary word at the start of a sentence ("Interestingly") is not a name.
            if idx.first == firstWordIndex(tokens), context.commonWords.contains(w) || QuantityAttribute.links.contains(w) || indefinites.contains(w)
                || Lexicon.openingPrepositions.contains(w) { return nil }
            // Nor is an adjective opening a sentence before its noun ("Legal experts", "Heavy rain").
            // "Black said" keeps its name: the next word must be a noun rather than a verb.
            // (A nationality still names its country: "Israeli authorities".)
            if idx.first == firstWordIndex(tokens), Self.mostlyAdjective(w), DomainPacks.merged.nationalities[w] == nil, nounFollows(idx.last!, tokens) { return nil }
            // Nor an inflected ordinary word or an adverb ("Averaged over 36 reviews", "Globally, …", "Critics said"):
            // capitalised only because it opens the sentence.
            if idx.first == firstWordIndex(tokens), context.people[w] == nil, Self.inflectedOrdinaryWord(w) { return nil }
            if context.commonWords.contains(w) && Lexicon.organisationWords.contains(w) { return nil }
        }
        // A nationality names its country: "the Iraqi border" mentions Iraq.
        let phrase = content.count == 1 ? DomainPacks.merged.nationalities[content[content.startIndex]] ?? content.joined(separator: " ") : content.joined(separator: " ")
        return EntityMention(key: "n:" + phrase, kind: content.contains(where: Lexicon.organisationWords.contains) ? .organisation : .name,
                             text: lastWords(content.count), tokenRange: range, givenNames: [], resolvedFrom: nil)
    }

    /// An adverb, a verb's "-ed"/"-ing" form or a common noun's plural, as WordNet knows them; not a word WordNet
    /// lists as a lemma of its own noun (a surname such as "Jones" or "Williams").
    static func inflectedOrdinaryWord(_ w: String) -> Bool {
        let wn = WordNet.shared
        guard !wn.isNounLemma(w) else { return false }
        if w.hasSuffix("ly"), wn.isA(w, .adv) { return true }
        if w.hasSuffix("ed") || w.hasSuffix("ing") { return wn.isA(w, .verb) }
        return w.hasSuffix("s") && wn.isA(w, .noun)
    }

    /// A word WordNet gives at least as many adjective senses as noun senses ("legal", "heavy", "yearly"; not
    /// "frank").
    static func mostlyAdjective(_ w: String) -> Bool {
        let adjective = WordNet.shared.senseCount(w, .adj)
        return adjective > 0 && adjective >= WordNet.shared.senseCount(w, .noun)
    }

    /// The name as written, without a possessive `'s`.
    private static func display<C: Collection>(_ idx: C, _ tokens: [Token]) -> String where C.Element == Int {
        var out = ""
        for i in idx {
            if !out.isEmpty, tokens[i].spaceBefore { out += " " }
            out += tokens[i].isPossessive ? String(tokens[i].text.dropLast(2)) : tokens[i].text
        }
        return out
    }

    /// A run's words, lower-cased, a hyphenated name one word ("Al-Shifa", "Jean-Luc"), each with the position in
    /// the run where it starts.
    static func runWords(_ idx: [Int], _ tokens: [Token]) -> [(word: String, start: Int)] {
        var out: [(word: String, start: Int)] = []
        var k = 0
        while k < idx.count {
            if tokens[idx[k]].text == "-", !out.isEmpty, k + 1 < idx.count {
                out[out.count - 1].word += "-" + tokens[idx[k + 1]].lower
                k += 2
            } else {
                out.append((tokens[idx[k]].lower, k))
                k += 1
            }
        }
        return out
    }

    /// Suffixes after a person's surname.
    static let generationalSuffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]

    /// Lower-case particles inside a person's name.
    static let nameParticles: Set<String> = ["van", "der", "den", "von", "de", "da", "di", "du", "del", "della", "dos", "das", "la", "le", "bin", "ibn", "al"]

    /// Pronouns, determiners and prepositions that open a sentence with a capital and name no one ("Anyone arriving …", "Towards the end").

    static let indefinites: Set<String> = ["anyone", "anybody", "everyone", "everybody", "someone", "somebody", "nobody", "none", "each", "every",
                                           "all", "many", "most", "some", "few", "several", "both", "either", "neither", "another", "others", "such",
                                           "towards", "toward", "following", "during", "despite", "since", "until", "throughout", "besides", "although",
                                           "though", "whereas", "unlike", "according", "upon", "within", "without", "among", "amid", "per", "due", "owing"]

    private static func firstWordIndex(_ tokens: [Token]) -> Int? {
        tokens.firstIndex { $0.isWord }
    }
}
