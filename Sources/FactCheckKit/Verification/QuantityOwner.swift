/// Whose figure a figure is: in "Seoul, Daejeon and Cheongju reaching ten degrees, … and Daegu, 15 degrees",
/// 15 degrees is Daegu's. A figure right after another name (a few words, same clause) is not the claim's.
enum QuantityOwner {
    static let reach = 4

    /// - Parameter claimWords: the claim's lower-cased words: a capitalised title the claim writes in lower case
    ///   ("Special Agents" for "HSI special agents") is the claim's own subject, not another owner.
    static func belongsToAnother(_ q: Quantity, in unit: TextAnalysis, claimEntities: [EntityMention], claimWords: Set<String>) -> Bool {
        guard !claimEntities.isEmpty else { return false }
        // A day of the week ("By Friday the confirmed cases reached 54") dates a figure; it owns none.
        let nearest = unit.entities.last(where: { $0.tokenRange.upperBound <= q.tokenRange.lowerBound && q.tokenRange.lowerBound - $0.tokenRange.upperBound <= reach
            && !DateParser.weekdays.contains($0.text.lowercased()) })
        // An aside however long between a name and its figure ("Ann Lister, who replaced Dan Royce in March, has won 14
        // games"; "George Rauscher, a former sheriff, won 52 percent") leaves the figure to the name before it.
        // So does a dateline's dash or a closing bracket: "(Reuters) - Twelve Thai boys" are no one's figure of Reuters.
        if let nearest, (nearest.tokenRange.upperBound..<q.tokenRange.lowerBound).contains(where: {
            [";", "—", "(", ")", "–"].contains(unit.tokens[$0].text) || unit.tokens[$0].text == "-" && unit.tokens[$0].spaceBefore }) {
            return false
        }
        // "won the prize for her tenth novel, The Blind Assassin, beating five other authors": a name set off by commas
        // after a common noun (no office) only names that noun; what follows the aside is the sentence subject's.
        if let nearest, case let start = nearest.tokenRange.lowerBound - (nearest.tokenRange.lowerBound > 0 && Lexicon.articles.contains(unit.tokens[nearest.tokenRange.lowerBound - 1].lower) ? 1 : 0),
           start >= 2, nearest.tokenRange.upperBound + 1 < q.tokenRange.lowerBound,
           unit.tokens[start - 1].text == ",", unit.tokens[nearest.tokenRange.upperBound].text == ",",
           case let noun = unit.tokens[start - 2], noun.isWord, noun.text.first?.isLowercase == true,
           !Lexicon.stopwords.contains(noun.lower), !Lexicon.titles.contains(noun.lower), WordNet.shared.senseCount(noun.lower, .noun) > 0,
           unit.tokens[nearest.tokenRange.upperBound + 1].lower.hasSuffix("ing") {
            return false
        }
        guard let owner = nearest.map({ asideHead($0, before: q, in: unit) ?? $0 }) ?? headOfAsideBefore(q, in: unit) else { return false }
        if isPlaceOfAnother(owner, in: unit), (owner.tokenRange.upperBound..<q.tokenRange.lowerBound).contains(where: { ["and", "but", "while", "with", "where"].contains(unit.tokens[$0].lower) }) {
            return false
        }
        if unit.tokens[owner.tokenRange].filter(\.isWord).allSatisfy({ claimWords.contains($0.lower) }) { return false }
        // "Rotten Tomatoes reported a 65% approval rating": a site that reports others' figures owns none.
        if Lexicon.figureReporters.contains(owner.key) { return false }
        // "Seoul, Daejeon and Cheongju reaching ten degrees": the figure is every listed name's.
        return !coordinated(with: owner, in: unit).contains { e in claimEntities.contains { $0.corefers(with: e) } }
    }

    /// The name an aside set off by commas hangs from, when `e` stands inside that aside before the figure: in "Mike
    /// Begich, running on the Democratic ticket, netted 37.5 percent" the figure is Begich's, and in "Walker, who threw
    /// his support behind Begich, still received 1.7 percent" it is Walker's.
    static func asideHead(_ e: EntityMention, before q: Quantity, in unit: TextAnalysis) -> EntityMention? {
        guard let close = (e.tokenRange.upperBound..<q.tokenRange.lowerBound).first(where: { unit.tokens[$0].text == "," }),
              let open = unit.tokens[..<e.tokenRange.lowerBound].lastIndex(where: { $0.text == "," }) else { return nil }
        return name(before: open, asideTo: close, in: unit)
    }

    /// The name that ends at an aside's opening comma, when nothing between its commas breaks the sentence.
    private static func name(before open: Int, asideTo close: Int, in unit: TextAnalysis) -> EntityMention? {
        guard !(open + 1..<close).contains(where: { [";", "—", "("].contains(unit.tokens[$0].text) }) else { return nil }
        return unit.entities.last { $0.tokenRange.upperBound == open }
    }

    /// The name before an aside that closes a few words before the figure: "George Rauscher, a former sheriff, won
    /// 52 percent".
    static func headOfAsideBefore(_ q: Quantity, in unit: TextAnalysis) -> EntityMention? {
        let lo = q.tokenRange.lowerBound
        guard let close = (max(0, lo - reach)..<lo).last(where: { unit.tokens[$0].text == "," }),
              !(close + 1..<lo).contains(where: { !unit.tokens[$0].isWord }),
              let open = unit.tokens[..<close].lastIndex(where: { $0.text == "," }), open + 1 < close,
              // An aside, not a clause of a list: it opens as a relative clause, a description or a participle does, and
              // gives no figure of its own ("…, has reported 31,991 cases, 148 deaths …" is no aside).
              !unit.quantities.contains(where: { $0.tokenRange.lowerBound > open && $0.tokenRange.lowerBound < close }),
              Self.asideOpeners.contains(unit.tokens[open + 1].lower) || ["ing", "ed"].contains(where: unit.tokens[open + 1].lower.hasSuffix)
                // ("Ann Lister, Dan Royce's former deputy, has won 14 games": someone's description opens one too.)
                || unit.entities.contains(where: { $0.tokenRange.lowerBound == open + 1 && $0.ownerEnd(in: unit.tokens) != nil })
        else { return nil }
        return name(before: open, asideTo: close, in: unit)
    }

    static let asideOpeners: Set<String> = ["who", "which", "whose", "a", "an", "the", "his", "her", "its", "their", "now", "then", "also", "once", "formerly"]

    /// The owner and the names listed before it ("A, B and C"): each joined to the next by a comma or "and".
    static func coordinated(with owner: EntityMention, in unit: TextAnalysis) -> [EntityMention] {
        var group = [owner]
        var start = owner.tokenRange.lowerBound
        while let previous = unit.entities.last(where: { $0.tokenRange.upperBound <= start }) {
            let between = unit.tokens[previous.tokenRange.upperBound..<start].map(\.lower)
            guard [[","], ["and"], [",", "and"], ["or"]].contains(between) else { break }
            group.append(previous)
            start = previous.tokenRange.lowerBound
        }
        return group
    }

    /// "8.1 million albums in the United States and an estimated 24 to 32 million worldwide": a name after a
    /// preposition, with a conjunction before the next figure, says where the last figure was, not whose the next is;
    /// so does "based in Dubai, with operations in 53 cities".
    static func isPlaceOfAnother(_ e: EntityMention, in unit: TextAnalysis) -> Bool {
        var i = e.tokenRange.lowerBound - 1
        if i >= 0, Lexicon.articles.contains(unit.tokens[i].lower) { i -= 1 }
        return i >= 0 && prepositions.contains(unit.tokens[i].lower)
    }

    static let prepositions: Set<String> = ["in", "at", "on", "across", "within", "throughout", "outside", "inside", "into", "from"]

    /// A part of what the claim's figure counts, in the evidence ("500 new cases" beside a total of cases): with it there,
    /// another figure of the whole may be the total the claim did not mean, or the part may be what it meant.
    static func partGiven(for cq: Quantity, in units: [TextAnalysis]) -> Quantity? {
        guard cq.partOf == nil, let unit = cq.unit else { return nil }
        return units.lazy.flatMap(\.quantities).first { $0.partOf == unit || $0.partOf.map(Thesaurus.concept) == Thesaurus.concept(unit) }
    }

    /// Words that open a clause of its own, beside the clause breaks: "at first estimated 200 metres but police said
    /// later it was 80 metres".
    static let clauseOpeners: Set<String> = ["but", "while", "whereas", "although", "though"]
    /// How many more of the claim's words the rival's clause must hold than the match's.
    static let clauseMargin = 2

    /// Whether `rival`, another value of the figure the sentence also gives as `hit`, is the claim's: its clause
    /// holds clearly more of the claim's words ("Federal police said the tunnel was 200 metres long" against
    /// "staff at first estimated the tunnel to be 200-metres long but federal police … said later that it was
    /// 80-metres long"; "profit was $94 billion" against "revenue of $94 billion, while its profit was $23 billion").
    /// Not where the words right after the other figure name what the claim's figure is of and the rival's do not:
    /// "45% of independents" against "45% of Republicans back the plan, compared with 30% of independents".
    static func clauseFavours(_ rival: Quantity, over hit: Quantity, for cq: Quantity, claim: TextAnalysis, in unit: TextAnalysis) -> Bool {
        guard unit.quantities.contains(hit), unit.quantities.contains(rival) else { return false }
        let want = FigureComparison.context(of: cq.tokenRange, in: claim).after
        guard want.intersection(FigureComparison.context(of: hit.tokenRange, in: unit).after)
            .isSubset(of: FigureComparison.context(of: rival.tokenRange, in: unit).after) else { return false }
        let mine = claim.concepts
        func held(_ q: Quantity) -> Int {
            let i = q.tokenRange.lowerBound
            let clause = unit.clauseStart(before: i, openers: clauseOpeners)..<unit.clauseEnd(from: i, openers: clauseOpeners)
            return Set(clause.filter { unit.tokens[$0].isWord && !unit.stems[$0].isEmpty && !Lexicon.stopwords.contains(unit.tokens[$0].lower) }
                .map { Thesaurus.concept(unit.stems[$0]) }).intersection(mine).count
        }
        return held(rival) >= held(hit) + clauseMargin
    }
}
