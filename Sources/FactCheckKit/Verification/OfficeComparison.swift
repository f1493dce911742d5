/// A person's office told with other words: "Health Secretary Gavin Williamson" against "the education
/// secretary, Gavin Williamson". The same person holds an office of the same name in both sentences; the words
/// that say which office it is differ, and share none. Two exclusive offices conflict ("Mayor" / "Governor"); an
/// office the evidence gives only as former, or another office and none of the claim's, leaves the claim's title
/// unstated.
struct OfficeComparison: SlotComparer {
    /// Office nouns: the titles that name a post rather than a rank or a standing.
    static let offices: Set<String> = Lexicon.titles.subtracting(["former", "ex", "special", "acting", "deputy", "general", "assistant", "chief", "mr", "mrs", "ms", "dr", "sen", "rep"]).subtracting(Lexicon.nameDescriptors)

    /// Words that date or rank an office without saying which it is ("former", "acting", "deputy").
    static let standing: Set<String> = ["former", "then", "current", "new", "acting", "interim", "outgoing", "incoming", "ex", "late", "deputy", "assistant", "chief", "senior", "junior"]

    struct Office {
        let noun: String
        /// The common words that say which office, lower-cased ("education").
        let qualifiers: Set<String>
        /// The names that say where or whose ("Asheville" in "an Asheville city councilman", "a city councilman in
        /// Hendersonville"), lower-cased.
        let places: Set<String>
        /// As written, for the reason ("education secretary").
        let text: String
        /// Tokens the office takes, so a name inside it ("Health") is not missing from the evidence.
        let range: Range<Int>
        /// Dated ("former Sixers assistant coach") or one of several ("… and current Celtics assistant coach"):
        /// standings are compared elsewhere, and two offices may both be held.
        let datedOrListed: Bool
        /// Under the office it names ("Lieutenant Governor", "Deputy Mayor", "Vice President"): another post.
        let subordinate: Bool
        /// Held no longer: "former governor", "ex-sheriff".
        let past: Bool
    }

    /// Offices written as two words, by their words, with the one-word noun they are read as ("Council member Ana
    /// Ruiz" holds the office "councilmember").
    static let twoWordOffices: [String: [String: String]] = [
        "member": ["council": "councilmember", "assembly": "assemblymember", "congress": "congressmember", "board": "boardmember"],
        "general": ["attorney": "attorneygeneral"],
    ]

    /// Words that make an office the post under it.
    static let subordinateWords: Set<String> = ["lieutenant", "deputy", "vice", "assistant", "under"]

    /// Each exclusive office's words, by word, with its group's number (the packs' `exclusiveOffices`).
    static let exclusive: [String: Int] = DomainPacks.merged.exclusiveOffices.enumerated().reduce(into: [:]) { map, group in
        for w in group.element { map[w] = group.offset }
    }

    /// Share of the claim's other words the evidence must carry for another office of the same name; another
    /// exclusive office says the claim is wrong about its person whatever else the sentence says, so less.
    static let coverage = 0.6
    static let exclusiveCoverage = 0.25

    func compare(_ input: ComparisonInput) -> Finding? {
        guard input.coverage >= Self.exclusiveCoverage else { return nil }
        for person in input.claimEntities where person.kind == .person && !input.missing.contains(person) {
            guard let mine = Self.office(of: person, in: input.claim),
                  input.missing.allSatisfy({ mine.range.contains($0.tokenRange.lowerBound) }) else { continue }
            for unit in input.evidence {
                for e in unit.entities where e.kind == .person && person.refers(to: e) && e.resolvedFrom == nil {
                    let held = Self.offices(of: e, in: unit)
                    let name = unit.fragment(e.tokenRange.lowerBound...(e.tokenRange.upperBound - 1))
                    // (Unless the sentence gives the claim's office too: "a former sheriff and current county commissioner".)
                    if !mine.past, let gone = Self.onlyFormer(mine, among: held), Self.same(gone, mine) || !Self.mentions(mine, in: unit, besides: gone, of: e) {
                        return .unstated(slot: .role, claim: mine.text, why: "\(name) is \(gone.text) here")
                    }
                    guard let theirs = held.first, !theirs.datedOrListed, !mine.datedOrListed else { continue }
                    // (A sentence that gives the claim's office too may give both: "Council member Ana Ruiz, who is also
                    // deputy mayor".)
                    if let a = Self.exclusive[mine.noun], let b = Self.exclusive[theirs.noun], a != b || mine.subordinate != theirs.subordinate,
                       !Self.mentions(mine, in: unit, besides: theirs, of: e) {
                        return .conflict(slot: .role, claim: mine.text, evidence: theirs.text)
                    }
                    // Another office, and none of the claim's: "School board member Priya Nair" states no "Superintendent
                    // Priya Nair", though the two may both be true.
                    if !held.contains(where: { Self.same($0, mine) }), !Self.mentions(mine, in: unit, besides: theirs, of: e) {
                        return .unstated(slot: .role, claim: mine.text, why: "\(name) is \(theirs.text) here")
                    }
                    guard theirs.noun == mine.noun, !(mine.qualifiers.isEmpty && mine.places.isEmpty), input.coverage >= Self.coverage else { continue }
                    let otherOffice = !theirs.qualifiers.isEmpty && !mine.qualifiers.isEmpty && theirs.qualifiers.isDisjoint(with: mine.qualifiers)
                    let otherPlace = !theirs.places.isEmpty && !mine.places.isEmpty && theirs.places.isDisjoint(with: mine.places)
                    guard otherOffice || otherPlace else { continue }
                    return .conflict(slot: .role, claim: mine.text, evidence: theirs.text)
                }
            }
        }
        return nil
    }

    /// A former office the evidence gives the claim's person where it gives no current one of the claim's: "Former
    /// governor Lisa Grant, now a senator" or "Mayor Marty Small, a former city council member" states no "Governor
    /// Lisa Grant" or "Council member Marty Small". Nil when the evidence gives the claim's office as held, or a
    /// current office beside the former ones (the two may both be true).
    static func onlyFormer(_ mine: Office, among held: [Office]) -> Office? {
        if let gone = held.first(where: { $0.past && same($0, mine) }), !held.contains(where: { !$0.past && same($0, mine) }) { return gone }
        if !held.isEmpty, held.allSatisfy(\.past) { return held[0] }
        return nil
    }

    /// The office given to `p`: inside its capitalised run, right before it, or beside it after a comma.
    static func office(of p: EntityMention, in a: TextAnalysis) -> Office? {
        if let o = leading(p, in: a) { return o }
        return apposed(p, in: a)
    }

    /// Whether two offices are one post by name: the same noun, or words for one exclusive office ("councillor",
    /// "councilmember").
    static func same(_ a: Office, _ b: Office) -> Bool {
        a.noun == b.noun || exclusive[a.noun].map { $0 == exclusive[b.noun] } == true
    }

    /// Whether the sentence names the office `mine` somewhere other than in `theirs` or another person's title ("Council
    /// member Ana Ruiz criticised Mayor Tom Bell" gives Ruiz no mayoralty).
    static func mentions(_ mine: Office, in unit: TextAnalysis, besides theirs: Office, of person: EntityMention) -> Bool {
        let othersTitles = unit.entities.filter { $0.kind == .person && !$0.corefers(with: person) }.compactMap { leading($0, in: unit)?.range }
        return unit.tokens.indices.contains { i in
            !theirs.range.contains(i) && !othersTitles.contains { $0.contains(i) } && (unit.tokens[i].lower == mine.noun || twoWord(ending: i, in: unit) == mine.noun)
        }
    }

    /// Every office given to `p` in the sentence: the one before its name and the one beside it ("Mayor Marty Small, a
    /// former city council member").
    static func offices(of p: EntityMention, in a: TextAnalysis) -> [Office] {
        [leading(p, in: a), apposed(p, in: a)].compactMap { $0 }
    }

    private static func leading(_ p: EntityMention, in a: TextAnalysis) -> Office? {
        let t = a.tokens
        let r = p.tokenRange
        if let i = r.reversed().first(where: { offices.contains(t[$0].lower) || twoWord(ending: $0, in: a) != nil }), i >= r.lowerBound { return before(i, in: a) }
        if r.lowerBound >= 1, offices.contains(t[r.lowerBound - 1].lower) { return before(r.lowerBound - 1, in: a) }
        if r.lowerBound >= 2, twoWord(ending: r.lowerBound - 1, in: a) != nil { return before(r.lowerBound - 1, in: a) }
        if r.lowerBound >= 2, t[r.lowerBound - 1].text == ",", offices.contains(t[r.lowerBound - 2].lower) { return before(r.lowerBound - 2, in: a) }
        return nil
    }

    /// The one-word office that the two words ending at `i` make ("council member", "Attorney-General"), if they make one.
    private static func twoWord(ending i: Int, in a: TextAnalysis) -> String? {
        firstOfTwo(ending: i, in: a).flatMap { twoWordOffices[a.tokens[i].lower]?[a.tokens[$0].lower] }
    }

    /// Where the first of two words ending at `i` stands, past a hyphen between them.
    private static func firstOfTwo(ending i: Int, in a: TextAnalysis) -> Int? {
        guard i >= 1, let firsts = twoWordOffices[a.tokens[i].lower] else { return nil }
        let k = a.tokens[i - 1].text == "-" && i >= 2 ? i - 2 : i - 1
        return firsts[a.tokens[k].lower] == nil ? nil : k
    }

    private static func apposed(_ p: EntityMention, in a: TextAnalysis) -> Office? {
        let t = a.tokens
        let r = p.tokenRange
        // "Gavin Williamson, the education secretary"; "Tomas Brek is a city councillor" (a claim's apposition, split off)
        guard r.upperBound < t.count, [",", "is", "was"].contains(t[r.upperBound].lower) else { return nil }
        var j = r.upperBound + 1
        // ("Former governor Lisa Grant, now a senator": the office held now.)
        if j + 1 < t.count, ["now", "currently"].contains(t[j].lower), Lexicon.articles.contains(t[j + 1].lower) { j += 1 }
        if j < t.count, Lexicon.articles.contains(t[j].lower) { j += 1 }
        let end = min(t.count, j + 4)
        guard var noun = (j..<end).first(where: { offices.contains(t[$0].lower) || twoWord(ending: $0, in: a) != nil }) else { return nil }
        // ("an Assistant Attorney General": the office of two words, not "Attorney".)
        if let second = [noun + 1, noun + 2].first(where: { $0 < t.count && firstOfTwo(ending: $0, in: a) == noun }) { noun = second }
        let first = firstOfTwo(ending: noun, in: a) ?? noun
        guard (j..<first).allSatisfy({ qualifies($0, in: a) }) else { return nil }
        return make(j..<noun, noun, in: a)
    }

    /// The office whose noun is at `noun`, with up to three qualifying words before it.
    private static func before(_ noun: Int, in a: TextAnalysis) -> Office {
        var start = firstOfTwo(ending: noun, in: a) ?? noun
        while true {
            while start > 0, noun - start < 3, qualifies(start - 1, in: a) { start -= 1 }
            // "Environment and Transport Minister": an "and" between two qualifiers joins them into one office's name
            // (after an office noun it lists two offices: "former Sixers coach and current Celtics assistant coach").
            guard start >= 2, noun - start < 3, ["and", "&"].contains(a.tokens[start - 1].lower), qualifies(start - 2, in: a) else { break }
            start -= 2
        }
        return make(start..<noun, noun, in: a)
    }

    /// Words that say whose side or country an office holder is on, not which office: "state senator" and
    /// "Democratic senator" may both be true.
    static let allegiance: Set<String> = ["democratic", "democrat", "republican", "labour", "conservative", "liberal", "tory", "green", "independent", "socialist", "federal", "local"]

    private static func sideOrCountry(_ i: Int, in a: TextAnalysis) -> Bool {
        let tok = a.tokens[i]
        if allegiance.contains(tok.lower) || Lexicon.aliases[tok.lower] != nil { return true }
        // "American", "British", "Japanese", "Israeli" (a capital not opening the sentence).
        return tok.isCapitalized && i > 0 && ["an", "ish", "ese", "i"].contains { tok.lower.hasSuffix($0) }
    }

    private static func make(_ quals: Range<Int>, _ noun: Int, in a: TextAnalysis) -> Office {
        // The first of two words that make one office ("council member") is the office, not a qualifier.
        let office = firstOfTwo(ending: noun, in: a).map { $0..<noun } ?? noun..<noun
        let kept = quals.filter { !office.contains($0) && a.tokens[$0].isWord && !Lexicon.stopwords.contains(a.tokens[$0].lower) && !sideOrCountry($0, in: a) && !standing.contains(a.tokens[$0].lower) }
        let proper = kept.filter { isProper($0, in: a) }
        var places = Set(proper.map { a.tokens[$0].lower })
        var end = noun + 1
        // "a city councilman in Hendersonville"
        if end + 1 < a.tokens.count, ["in", "of", "for"].contains(a.tokens[end].lower),
           a.tokens[end + 1].isWord, a.tokens[end + 1].isCapitalized, !sideOrCountry(end + 1, in: a) {
            places.insert(a.tokens[end + 1].lower)
            end += 2
            while end < a.tokens.count, a.tokens[end].isWord, a.tokens[end].isCapitalized { end += 1 }
        }
        let before = quals.lowerBound - 1
        let past = quals.contains { StatusComparison.markers[a.tokens[$0].lower] == .past }
            || before >= 0 && StatusComparison.markers[a.tokens[before].lower] == .past
            || before >= 1 && a.tokens[before].text == "-" && StatusComparison.markers[a.tokens[before - 1].lower] == .past
        let dated = past || quals.contains { StatusComparison.markers[a.tokens[$0].lower] != nil }
            || before >= 0 && (StatusComparison.markers[a.tokens[before].lower] != nil || ["and", "or", "&"].contains(a.tokens[before].lower))
        let subordinate = quals.contains { subordinateWords.contains(a.tokens[$0].lower) }
            || before >= 0 && subordinateWords.contains(a.tokens[before].lower) || before >= 1 && a.tokens[before].text == "-" && subordinateWords.contains(a.tokens[before - 1].lower)
        let start = before >= 0 && subordinateWords.contains(a.tokens[before].lower) ? before : quals.lowerBound
        let text = (start..<end).map { a.tokens[$0].text }.joined(separator: " ")
        return Office(noun: twoWord(ending: noun, in: a) ?? a.tokens[noun].lower, qualifiers: Set(kept.filter { !proper.contains($0) }.map { a.tokens[$0].lower }),
                      places: places, text: text, range: quals.lowerBound..<end, datedOrListed: dated, subordinate: subordinate, past: past)
    }

    /// A capitalised word no dictionary knows: a name ("Asheville"), not a common word at a sentence's start ("Health").
    private static func isProper(_ i: Int, in a: TextAnalysis) -> Bool {
        let tok = a.tokens[i]
        return tok.isWord && tok.isCapitalized && WordNet.shared.senseCount(tok.lower, .noun) + WordNet.shared.senseCount(tok.lower, .adj) == 0
    }

    /// A word that can say which office: a noun or adjective ("education", "foreign", "Health"), not a verb or a
    /// function word ("said health secretary …"), nor a possessive ("Britain's").
    private static func qualifies(_ i: Int, in a: TextAnalysis) -> Bool {
        let tok = a.tokens[i]
        guard tok.isWord, !tok.isPossessive, !Lexicon.stopwords.contains(tok.lower), !offices.contains(tok.lower) else { return false }
        if standing.contains(tok.lower) || isProper(i, in: a) { return true }
        let w = tok.lower
        let naming = WordNet.shared.senseCount(w, .noun) + WordNet.shared.senseCount(w, .adj)
        return naming > 0 && naming >= WordNet.shared.senseCount(w, .verb)
    }
}
