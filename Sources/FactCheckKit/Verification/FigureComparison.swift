/// A counted figure read against the evidence's figure of the same thing: "more than 107,500 cases" against
/// "107,430 cases have been reported", "less than 27 reviews" against "based on 27 reviews", "a rating above
/// 64%" against "a 65% approval rating". The figures must count the same unit, belong to the claim's subject
/// (named in the sentence or the source's title), and the claim's other words must be there; then the
/// evidence's value inside the claim's range agrees and outside it conflicts.
struct FigureComparison: SlotComparer {
    /// Share of the claim's other words (by rarity; the title counts) the evidence must carry.
    static let agreementCoverage = 0.75
    static let conflictCoverage = 0.67

    func compare(_ input: ComparisonInput) -> Finding? {
        let claim = input.claim
        // Sums bound to a payment the evidence states are the event comparison's ("was paid $25,000"), as are
        // terms and ages; a sum earned or grossed with no payment in the evidence is compared here.
        let paymentsOnly = claim.events.allSatisfy { $0.type == .payment } && !input.evidence.contains { $0.events.contains { $0.type == .payment } }
        let figures = claim.quantities.filter { Self.isCountedFigure($0) || ($0.kind == .money && paymentsOnly) }
        guard !figures.isEmpty, figures.count == claim.quantities.count || claim.events.isEmpty,
              claim.events.allSatisfy({ $0.negation == nil && $0.hedge == nil }),
              !claim.saysNot, !claim.tokens.indices.contains(where: { claim.isHedge($0, Lexicon.hedgeCues) }),
              input.missing.allSatisfy({ Topic.names($0, title: input.topic) }) else { return nil }
        // A figure "as of" a date the evidence does not give is another fact.
        guard claim.dates.allSatisfy(input.statesDate) else { return nil }
        // "After 49 reviews" dates the claim: another count there means another moment, not a conflict.
        guard figures.filter({ Self.isTimeMark($0, in: claim) }).allSatisfy({ cq in
            input.evidence.contains { $0.quantities.contains { cq.isComparable(with: $0) && $0.isWithin(cq) } }
        }) else { return nil }
        let coverage = input.coverageWithTitle
        guard coverage >= Self.conflictCoverage else { return nil }

        var stated: [(claim: Quantity, evidence: Quantity)] = []
        // Across two sentences, a figure counts only in the one that names the claim's subject itself.
        let units = input.evidence.filter { unit in
            input.claimEntities.allSatisfy { s in
                unit.entities.contains { s.refers(to: $0) } || Topic.standsIn(s, title: input.topic, evidence: unit.entities, claimEntities: input.claimEntities)
                    && !Topic.speaksOfAKind([unit], claim: input.claim, name: s)
            }
        }
        for cq in figures {
            // A figure of the sentence that may be the claim's: of its kind, a level or change as it is, nobody else's, not hedged.
            let plausible = { (e: Quantity, unit: TextAnalysis) in
                cq.isComparable(with: e) && !QuantityAttribute.differInKind(cq, in: claim, e, in: unit)
                    && !QuantityOwner.belongsToAnother(e, in: unit, claimEntities: input.claimEntities, claimWords: input.claimWords)
                    && !Self.isHedged(e, in: unit)
            }
            var pool = units.flatMap { unit in
                unit.quantities.filter { e in
                    // A difference ("five degrees lower than …") is no level, nor a level a difference.
                    plausible(e, unit) && (DirectionComparison.direction(of: e, in: unit) == nil) == (DirectionComparison.direction(of: cq, in: claim) == nil)
                        && Self.sameThing(cq, in: claim, as: e, in: unit, title: input.topic)
                }.map { (figure: $0, unit: unit) }
            }
            guard !pool.isEmpty, QuantityOwner.partGiven(for: cq, in: units) == nil else { return nil }
            // Of several figures of one unit ("75 crores nett in India … 144 crores worldwide"), those whose
            // neighbouring words share most with the words around the claim's figure ("under 100 crores worldwide").
            let want = Self.context(of: cq.tokenRange, in: claim)
            let scored = pool.map { (figure: $0.figure, score: Self.affinity(want, Self.context(of: $0.figure.tokenRange, in: $0.unit))) }
            let best = scored.map(\.score).max() ?? 0
            var closest = scored.filter { $0.score == best }.map(\.figure)
            // The clause that holds the claim's words outweighs the words right beside a figure: "at first estimated
            // the tunnel to be 200-metres long but federal police … said later that it was 80-metres long".
            // (A figure whose subject is a pronoun, "it was 80-metres long", names no noun of its own but may be the one.)
            let rivals = units.flatMap { unit in
                unit.quantities.filter { e in
                    plausible(e, unit) && e.unit == cq.unit && !claim.quantities.contains { $0 != cq && $0.isComparable(with: e) && e.isWithin($0) }
                }.map { (figure: $0, unit: unit) }
            }
            if let c = closest.first, let owner = rivals.first(where: { p in QuantityOwner.clauseFavours(p.figure, over: c, for: cq, claim: claim, in: p.unit) }) {
                // Chosen by its clause, that figure alone stands for the claim's.
                closest = [owner.figure]
                pool = [owner]
            }
            // Agreement needs every figure closest in context inside the claim's bound; a conflict needs every
            // figure of that unit for the same thing outside it (a wrong "contradicted" costs as much as a wrong "supported").
            // A share's whole ("won 8 out of 10 home games") is no count of the thing: a claim of the whole is neither
            // stated nor contradicted.
            if pool.contains(where: { $0.figure.isShare(ofWholeWithin: cq) }) { return nil }
            // Another top beside the claim's top given as a plain figure ("fell as much as 10% before closing down 8%"):
            // which the claim means the sentence does not say.
            if cq.isCeiling, pool.contains(where: { $0.figure.isCeiling && !$0.figure.isWithin(cq) }),
               pool.contains(where: { $0.figure.isPlainFigure(at: cq.high) }) { return nil }
            // A share states the claim's figure only as a share of the same whole: "three of their four goals" in the
            // second half does not say they scored three.
            if closest.allSatisfy({ $0.isWithin(cq) && $0.whole == cq.whole }) {
                stated.append((cq, closest[0]))
            } else if let match = Self.sameSeries(cq, in: claim, figures: figures, pool: pool) {
                // "from 3.9% to 5.8%" against "increasing from 3.9 per cent to 5.8 per cent": the sentence gives the
                // claim's figures of this unit, in the claim's order, and no other.
                stated.append((cq, match))
            } else if pool.allSatisfy({ !$0.figure.isWithin(cq) && !cq.agrees(with: $0.figure) }), best > 0 || (want.before.isEmpty && want.after.isEmpty) {
                return .conflict(slot: .figure, claim: cq.display, evidence: closest.map(\.display).joined(separator: ", "))
            } else if pool.contains(where: { $0.figure.isWithin(cq) }), pool.contains(where: { !cq.agrees(with: $0.figure) }) {
                // Figures of that unit on both sides of the claim's bound, and nothing to say which is the claim's.
                return .unstated(slot: .figure, claim: cq.display, why: "the source gives figures on both sides of it (\(pool.map(\.figure.display).joined(separator: ", ")))")
            } else {
                // "about 40" against "more than 39", or nothing around the figure to tie it to the claim's.
                return nil
            }
        }
        // Agreement only when nothing else the claim says is missing: the figure is not the whole fact.
        guard figures.count == claim.quantities.count, coverage >= Self.agreementCoverage, claim.events.isEmpty || input.coverage >= Self.agreementCoverage else { return nil }
        return .agreement(slot: .figure, claim: stated.map(\.claim.display).joined(separator: ", "), evidence: stated.map(\.evidence.display).joined(separator: ", "))
    }

    /// The evidence figure that stands in the claim's place for `cq` in a change from one figure to another: the
    /// claim's "from 3.9% to 5.8%" against "increasing from 3.9 per cent to 5.8 per cent" or "rose to 5.8% from 3.9%".
    /// Each figure pairs with the evidence's after the same word ("from", "to"), and the sentence has no other.
    static func sameSeries(_ cq: Quantity, in claim: TextAnalysis, figures: [Quantity], pool: [(figure: Quantity, unit: TextAnalysis)]) -> Quantity? {
        let mine = figures.filter { cq.isComparable(with: $0) }
        guard mine.count == 2, pool.count == 2, pool[0].unit.text == pool[1].unit.text else { return nil }
        let unit = pool[0].unit
        func marker(_ q: Quantity, _ a: TextAnalysis) -> String? {
            let i = q.tokenRange.lowerBound
            return i > 0 && ["from", "to"].contains(a.tokens[i - 1].lower) ? a.tokens[i - 1].lower : nil
        }
        // Without "from" and "to" on either side, two figures in the same order ("when 40 or more overs old …, as few as
        // 15 overs old") pair first with first.
        if mine.allSatisfy({ marker($0, claim) == nil }), pool.allSatisfy({ marker($0.figure, unit) == nil }),
           case let claimOrder = mine.sorted(by: { $0.tokenRange.lowerBound < $1.tokenRange.lowerBound }), let k = claimOrder.firstIndex(of: cq) {
            let ordered = pool.map(\.figure).sorted { $0.tokenRange.lowerBound < $1.tokenRange.lowerBound }
            // ... unless the words after them, which say what each is of, pair them otherwise ("10% in Asia and 4% in Europe").
            let fits = { (c: Quantity, e: Quantity) in Self.context(of: c.tokenRange, in: claim).after.intersection(Self.context(of: e.tokenRange, in: unit).after).count }
            guard zip(claimOrder, ordered).allSatisfy({ c, e in e.isWithin(c) && e.whole == c.whole && ordered.allSatisfy { fits(c, $0) <= fits(c, e) } }) else { return nil }
            return ordered[k]
        }
        var theirs: [String: Quantity] = [:]
        for (figure, _) in pool { guard let m = marker(figure, unit), theirs[m] == nil else { return nil }; theirs[m] = figure }
        for q in mine {
            guard let m = marker(q, claim), let e = theirs[m], e.isWithin(q), e.whole == q.whole else { return nil }
        }
        return marker(cq, claim).flatMap { theirs[$0] }
    }

    /// "Over" before a period either bounds it ("served over 10 years") or spans it ("over a 1,500-year period"). Whether
    /// the source spans its period with "over" where the claim may: then both read as spans, compared by length alone
    /// ("over 1,500 years" states "over a 1,500-year period"; "over 30 years" is no bound that "over a 50-year period"
    /// lies within).
    static func spansPeriod(_ cq: Quantity, in claim: TextAnalysis, _ e: Quantity, in evidence: [TextAnalysis]) -> Bool {
        // ("for over 10 years", "in over 30 years": there "over" can only bound.)
        guard cq.kind == .duration, e.kind == .duration, cq.qualifier == "over", e.qualifier == nil,
              let over = (max(0, cq.tokenRange.lowerBound - 1)...cq.tokenRange.lowerBound).first(where: { claim.tokens[$0].lower == "over" }),
              over == 0 || !["for", "in", "within", "after"].contains(claim.tokens[over - 1].lower),
              let unit = evidence.first(where: { $0.quantities.contains(e) }) else { return false }
        let start = e.tokenRange.lowerBound
        return (max(0, start - 2)..<start).contains { unit.tokens[$0].lower == "over" }
    }

    /// "After 71 reviews" dates the claim rather than stating a count.
    /// A claim's one figure is what it states, whatever the preposition: "data will be lost after 48 hours".
    static func isTimeMark(_ q: Quantity, in a: TextAnalysis) -> Bool {
        q.tokenRange.lowerBound > 0 && ["after", "before"].contains(a.tokens[q.tokenRange.lowerBound - 1].lower)
            && (a.quantities.count > 1 || !a.unreadNumbers.isEmpty)
    }

    /// Words around two figures in common; the words after a figure ("worldwide", "in India") say what it is of
    /// and count double.
    static func affinity(_ a: (before: Set<String>, after: Set<String>), _ b: (before: Set<String>, after: Set<String>)) -> Int {
        let all = b.before.union(b.after)
        return a.before.intersection(all).count + 2 * a.after.intersection(all).count
    }

    /// The index beyond a bracketed conversion that opens at `i` going `step`-wise ("(30 meter)", "(1.6 km)"): a
    /// number and at most two words.
    static func pastConversion(from i: Int, step: Int, in a: TextAnalysis) -> Int? {
        let (open, close) = step > 0 ? ("(", ")") : (")", "(")
        guard a.tokens[i].text == open else { return nil }
        var k = i + step
        var number = false
        while k >= 0, k < a.tokens.count, abs(k - i) <= 4 {
            if a.tokens[k].text == close { return number ? k + step : nil }
            if a.tokens[k].kind == .number { number = true } else if !a.tokens[k].isWord && a.tokens[k].text != "-" { return nil }
            k += step
        }
        return nil
    }

    /// Content words within a few words of a figure, in its own clause, before and after it: what the figure is
    /// of ("worldwide", "in India", "based on … reviews"). Names before it are its subject, which the title may
    /// carry instead; names after it ("in the Arab States") say which figure it is.
    static func context(of r: Range<Int>, in a: TextAnalysis, reach: Int = 4) -> (before: Set<String>, after: Set<String>) {
        let named = Set(a.entities.filter { $0.tokenRange.upperBound <= r.lowerBound }.flatMap { Array($0.tokenRange) })
        let figures = Set(a.quantities.filter { $0.tokenRange != r }.flatMap { Array($0.tokenRange) })
        var sides: [Set<String>] = []
        for step in [-1, 1] {
            var found: Set<String> = []
            var i = step < 0 ? r.lowerBound - 1 : r.upperBound
            var taken = 0
            while i >= 0, i < a.tokens.count, taken < reach {
                let t = a.tokens[i]
                // A conversion in brackets ("a 100-foot-long (30 meter) hole") is the same figure again: read past it.
                if let past = Self.pastConversion(from: i, step: step, in: a) {
                    i = past
                    continue
                }
                if [",", ";", "(", ")", "—", "–"].contains(t.text) { break }
                // What follows a figure describes it until the next figure begins; what precedes it may be shared
                // with a figure before ("a rating of 72% based on 118 reviews").
                if t.kind == .number || figures.contains(i) {
                    if step > 0 { break }
                    i += step
                    continue
                }
                if t.isWord, !named.contains(i), !Lexicon.stopwords.contains(t.lower), !a.stems[i].isEmpty {
                    found.insert(Thesaurus.concept(a.stems[i]))
                    taken += 1
                }
                i += step
            }
            sides.append(found)
        }
        return (sides[0], sides[1])
    }

    /// Words back from a figure a hedge of its clause may stand.
    static let hedgeReach = 7

    /// "joins for a reported £5m", "an alleged $2 million bribe", "the singer's reported $10 million fee": someone
    /// else's figure, not the source's.
    static func isHearsay(_ q: Quantity, in a: TextAnalysis) -> Bool {
        let start = q.tokenRange.lowerBound
        guard start >= 2, Lexicon.hearsayAdjectives.contains(a.tokens[start - 1].lower) else { return false }
        return Lexicon.articles.contains(a.tokens[start - 2].lower) || a.tokens[start - 2].isPossessive
    }

    /// "could have grossed over $100 million" is a projection, not a figure stated.
    static func isHedged(_ q: Quantity, in a: TextAnalysis) -> Bool {
        let start = q.tokenRange.lowerBound
        if isHearsay(q, in: a) { return true }
        // "an estimated 24 to 32 million": a figure given roughly, but given.
        if start >= 1, ["estimated", "approximate"].contains(a.tokens[start - 1].lower) { return false }
        // ("In May 2019, 300 people were arrested": a month is no modal.) The hedge may stand a few words back in the
        // figure's own clause ("is set to report earnings of $2 billion"), not across a comma or a relative pronoun.
        var from = start
        while from > max(0, start - Self.hedgeReach), !Lexicon.clauseBreaks.contains(a.tokens[from - 1].text),
              !EvidenceComparer.relativePronouns.contains(a.tokens[from - 1].lower) { from -= 1 }
        return (from..<start).contains { k in
            let w = a.tokens[k].lower
            // "Of the 30 scheduled games, 12 were cancelled": a plan word hedges only where the shared reading says it does.
            if Lexicon.intendedVerbs.contains(w), a.isPredicateHedge(k) { return false }
            return (Lexicon.hedgeCues.contains(w) || Lexicon.hedgeCues.contains(String(w.prefix { $0 != "'" })) || Lexicon.hedgePhraseCue(a.tokens, k) != nil)
                && !a.dates.contains { $0.tokenRange.contains(k) }
        }
    }

    /// Whether an evidence figure measures what the claim's does: the claim's attribute noun ("a budget of",
    /// "profit was"), when it has one, stands before the evidence figure too, and the words inside the claim's
    /// figure ("25 *individual* teams", "1,660 *confirmed* cases") are the evidence figure's, or the title's.
    static func sameThing(_ cq: Quantity, in claim: TextAnalysis, as e: Quantity, in unit: TextAnalysis, title: String) -> Bool {
        if QuantityAttribute.otherEndOfAChange(cq, in: claim, e, in: unit) { return false }
        if QuantityAttribute.measureDifferentThings(cq, in: claim, e, in: unit) { return false }
        if let want = QuantityAttribute.attribute(cq, claim) {
            guard QuantityAttribute.attribute(e, unit) == want || QuantityAttribute.recentConcepts(before: e.tokenRange.lowerBound, in: unit).contains(want) else { return false }
        }
        let inside = { (q: Quantity, a: TextAnalysis) in
            Set(q.tokenRange.filter { i in
                let w = a.tokens[i].lower
                return a.tokens[i].isWord && !Lexicon.stopwords.contains(w) && !a.stems[i].isEmpty
                    && QuantityParser.numberWords[w] == nil && QuantityParser.scales[w] == nil && QuantityParser.currencyWords[w] == nil
            }.map { Thesaurus.concept(a.stems[$0]) })
        }
        let titled = Topic.concepts(title)
        let unitWord = cq.unit.map { Thesaurus.concept($0) }
        let theirs = inside(e, unit)
        return inside(cq, claim).allSatisfy { w in w == unitWord || theirs.contains(w) || titled.contains(w) || Self.qualifierWords.contains(w) }
    }

    /// Words of a figure's own qualifier ("more than", "at least"), which are not what it counts.
    static let qualifierWords: Set<String> = Set(["more", "less", "fewer", "than", "over", "under", "above", "below", "least", "most", "about", "around",
                                                   "nearly", "almost", "approximately", "roughly", "some", "just", "only", "exactly", "higher", "lower", "greater",
                                                   "up", "to", "as", "many", "much", "close", "excess", "upwards", "no", "maximum", "minimum"].map { Thesaurus.concept(Stemmer.shared.stem($0)) })

    /// A count of something named (`182 reviews`, `twice`), a share, or a measure: figures whose unit says what they count.
    static func isCountedFigure(_ q: Quantity) -> Bool {
        switch q.kind {
        case .amount: return q.unit != nil
        case .percent, .measure: return true
        case .money, .duration, .age: return false
        }
    }
}
