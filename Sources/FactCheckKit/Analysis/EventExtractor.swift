/// One mention of an event the matcher understands, with who did it to whom.
struct EventMention: Sendable, Hashable {
    let type: Lexicon.EventType
    /// Token index of the trigger word.
    let trigger: Int
    /// The trigger as written (`paid`, `sentenced`).
    let word: String
    /// Payer, giver, arrester, pleader…
    var actor: EntityMention?
    /// Payee, recipient, the person sentenced or arrested…
    var undergoer: EntityMention?
    /// The negation cue in scope (`not`, `never`, `has yet to`), if any.
    let negation: String?
    /// The hedge in scope (`faces`, `if`, `sought`, `alleged`, `to (purpose)`), if any.
    let hedge: String?
}

/// Finds event triggers and, for each, its roles, negation and hedge, from the tokens around it.
enum EventExtractor {
    static let auxiliaries: Set<String> = ["was", "were", "is", "are", "be", "been", "being", "get", "got", "gets", "getting"]
    /// Words that may stand between a future auxiliary and its verb: "will not be paid", "will have been sentenced".
    static let futureFillers: Set<String> = ["be", "been", "have", "not", "never", "also", "soon", "then", "now", "again", "still", "get", "n't"]
    static let adverbs: Set<String> = ["not", "never", "also", "later", "previously", "eventually", "already", "just", "reportedly", "allegedly", "then", "subsequently", "never"]

    static func extract(tokens: [Token], entities allEntities: [EntityMention]) -> [EventMention] {
        // "a former CIA officer": the agency describes the officer and plays no role itself.
        let entities = allEntities.filter { e in
            guard e.kind != .person, e.tokenRange.upperBound < tokens.count else { return true }
            let next = tokens[e.tokenRange.upperBound].lower
            return !(Lexicon.descriptors.contains(next) || next.hasSuffix("s") && Lexicon.descriptors.contains(String(next.dropLast())))
        }
        let named = Set(allEntities.filter { $0.resolvedFrom == nil }.flatMap { Array($0.tokenRange) })
        var events: [EventMention] = []
        for (i, t) in tokens.enumerated() where t.isWord && !named.contains(i) {
            guard let (word, frame) = Lexicon.triggers[t.lower], accepts(t.lower, at: i, tokens) else { continue }
            if Lexicon.moneyTriggers.contains(t.lower), !tokens.contains(where: isMoney) { continue }
            // "given a life sentence", "received a 20-year term": a light verb, not a payment or a gift.
            if word == .payment || word == .transfer,
               (i + 1..<min(tokens.count, i + 6)).contains(where: { Lexicon.triggers[tokens[$0].lower].map { $0.0 == .sentencing && $0.1 == .nominal } ?? false }) {
                continue
            }
            // "gave birth to her fifth cub", "gave way": an idiom, nothing handed over ("gave up to $10,000" still gives).
            if word == .transfer, ["give", "gave", "given", "gives", "giving"].contains(t.lower), i + 1 < tokens.count,
               Lexicon.givingIdioms.contains(tokens[i + 1].lower), !(tokens[i + 1].lower == "up" && i + 2 < tokens.count && tokens[i + 2].lower == "to") { continue }
            // "gave Mallory $25,000": handing over money is paying it.
            let type: Lexicon.EventType = word == .transfer && handsOverMoney(tokens, i) ? .payment : word
            let passive = isPassive(tokens, i)
            let left = nearestLeft(entities, before: tokens[i].start, tokens: tokens, i)
            // ("arrested Tom Veld's son": the owner of the object is not the object, even his lawyer.)
            let right = entities.first { $0.tokenRange.lowerBound > i && $0.tokenRange.lowerBound <= i + 6 && !isPossessivePronoun($0) && !inPhrase(tokens, $0, after: i)
                && $0.ownedNoun(in: tokens, organisations: true) == nil }
            let by = phrase("by", tokens, entities, after: i)
            let to = phrase("to", tokens, entities, after: i)
            let from = phrase("from", tokens, entities, after: i)
            var actor: EntityMention?
            var undergoer: EntityMention?
            switch frame {
            case .agentive where passive:
                undergoer = left ?? right
                actor = by
            case .agentive:
                if left == nil, t.lower.hasSuffix("ed") {
                    undergoer = right // "Arrested in January 2018, he…"
                } else if left == nil, Lexicon.nounTriggers.contains(t.lower) {
                    // A bare noun ("An ex-CIA spy, Kevin Mallory, …"): who did what is not stated.
                } else {
                    actor = left
                    undergoer = to ?? right
                }
            case .receptive:
                undergoer = left
                actor = from
            case .selling:
                undergoer = left
                actor = to
            case .buying:
                actor = left
                undergoer = from
            case .nominal:
                undergoer = left ?? right ?? phrase("for", tokens, entities, after: i)
            case .service where ["employed", "hired", "employ", "hire", "employs"].contains(t.lower):
                // "The CIA employed Mallory" / "Mallory was employed by the CIA": the worker is the actor.
                actor = passive ? left : right
                undergoer = passive ? by : left
            case .service:
                actor = left
                // "an officer for the CIA and an officer for the DIA": with two employers, name neither.
                let employers = (i + 1..<tokens.count).filter { tokens[$0].lower == "for" }.compactMap { p in
                    entities.first { $0.tokenRange.lowerBound > p && $0.tokenRange.lowerBound <= p + 4 && !isPossessivePronoun($0) }
                }
                undergoer = Set(employers.map(\.key)).count == 1 ? employers.first : nil
            }
            if let a = actor, let u = undergoer, a.key == u.key { actor = nil }
            events.append(EventMention(type: type, trigger: i, word: t.text, actor: actor, undergoer: undergoer,
                                       negation: negation(tokens, i), hedge: hedge(tokens, i, type: type)))
        }
        return events
    }

    /// A currency sign or word ("$", "US$", "dollars", "euros").
    private static func isCurrency(_ t: Token) -> Bool {
        QuantityParser.currencySymbols[t.text] != nil || QuantityParser.currencyWords[t.lower] != nil
    }

    /// A currency, or a noun for a sum ("money", "a fee").
    private static func isMoney(_ t: Token) -> Bool {
        isCurrency(t) || Lexicon.moneyNouns.contains(t.lower)
    }

    /// A sum of money among the few words after a giving verb, before any other verb or clause.
    private static func handsOverMoney(_ tokens: [Token], _ i: Int) -> Bool {
        for j in (i + 1)..<min(tokens.count, i + 6) {
            // ("gave up to $10,000": a bound on the sum, not whom it went to.)
            if tokens[j].lower == "to", tokens[j - 1].lower == "up" { continue }
            if ["and", ",", ";", "to", "for"].contains(tokens[j].lower) { return false }
            if isCurrency(tokens[j]) { return true }
        }
        return false
    }

    /// Filters trigger words that are something else here: "long-term", "tried to", "in exchange for" only.
    private static func accepts(_ word: String, at i: Int, _ tokens: [Token]) -> Bool {
        let prev = i > 0 ? tokens[i - 1].lower : ""
        let next = i + 1 < tokens.count ? tokens[i + 1].lower : ""
        // The second half of a compound modifier ("heavy-handed direction", "well-paid job") is no verb of its own;
        // after a prefix it still is ("re-elected", "co-founded").
        if prev == "-", i >= 2, !tokens[i].spaceBefore, !tokens[i - 1].spaceBefore, tokens[i - 2].isWord,
           !compoundVerbPrefixes.contains(tokens[i - 2].lower) { return false }
        switch word {
        case "term": return prev == "prison" || prev == "jail" || (i >= 2 && tokens[i - 2].lower.hasPrefix("year"))
        case "tried": return next != "to"
        // "to work for", "they work at": the verb; "rescue work was continuing", "his work": the noun, no employment.
        case "work": return workVerbContext.contains(prev) || i > 1 && tokens[i - 1].isCapitalized && tokens[i - 1].isWord
        case "exchange": return prev == "in" && next == "for"
        case "trip", "trips": return true
        // "went up", "went down", "went into the fourth quarter trailing", "an alarm went off": a change or a state, not a journey.
        case "went": return !["up", "down", "on", "off", "out", "into", "through", "over", "under", "ahead", "unanswered", "viral", "public", "missing",
                              "bankrupt", "dark", "wrong", "unnoticed", "unreported", "unpunished", "quiet", "silent", "undefeated", "unbeaten"].contains(next)
            && !(tokens.indices.contains(i + 1) && tokens[i + 1].kind == .number)
            // "went from $11.60 to $14": a figure's change.
            && !(next == "from" && i + 2 < tokens.count && (tokens[i + 2].kind == .number || QuantityParser.currencySymbols[tokens[i + 2].text] != nil))
        case "prison", "jail": return prev != "the" || next != "system"
        // "found guilty" is a conviction; "pleaded guilty" is a plea.
        case "guilty": return prev == "found" || (i >= 2 && tokens[i - 2].lower == "found")
        // "stopped supporting Python 2.4": a verb's end, not a stop of someone ("stopped at O'Hare", "stopped by agents").
        case "stopped": return !(next.hasSuffix("ing") && next.count > 4 && next != "during")
        // "charges maker-taker fees", "charged customers $5": a price asked, not an accusation ("charged with fraud").
        case "charge", "charged", "charges": return !asksPrice(after: i, tokens)
        default: return true
        }
    }

    /// Words after which "work" is a verb.
    static let workVerbContext: Set<String> = ["to", "will", "would", "can", "could", "may", "might", "should", "must", "did", "does", "do",
                                                "not", "never", "also", "still", "they", "we", "i", "you", "who", "that", "which", "and", "or"]

    /// Whether money or a fee follows a "charge" within four words, before any "with" that would name an offence.
    private static func asksPrice(after i: Int, _ tokens: [Token]) -> Bool {
        for k in (i + 1)..<min(tokens.count, i + 5) {
            let t = tokens[k]
            if ["with", "in", "over", "after", "."].contains(t.lower) { return false }
            if Lexicon.moneyNouns.contains(t.lower) || QuantityParser.currencySymbols[t.text] != nil || t.text == "%" { return true }
        }
        return false
    }

    /// Prefixes that leave a hyphenated verb a verb.
    static let compoundVerbPrefixes: Set<String> = ["re", "co", "pre", "post", "un", "de", "mis", "out", "over", "under", "cross", "double", "triple"]

    static func isPassive(_ tokens: [Token], _ i: Int) -> Bool {
        // "was arrested on June 22 and charged with…": a coordinated participle shares the passive.
        if i >= 2, ["and", "or"].contains(tokens[i - 1].lower), tokens[i].lower.hasSuffix("ed") {
            for j in stride(from: i - 2, through: max(0, i - 10), by: -1) where tokens[j].lower.hasSuffix("ed") {
                return isPassive(tokens, j)
            }
        }
        var j = i - 1
        var steps = 0
        while j >= 0, steps < 4 {
            let w = tokens[j].lower
            if auxiliaries.contains(w) { return true }
            guard adverbs.contains(w) || w.hasSuffix("ly") || w == "n't" || w.hasSuffix("n't") else { return false }
            j -= 1
            steps += 1
        }
        return false
    }

    private static func isPossessivePronoun(_ e: EntityMention) -> Bool {
        e.resolvedFrom == "his" || e.resolvedFrom == "her"
    }

    /// Entities inside a "by/to/from X" phrase are not the direct object.
    private static func inPhrase(_ tokens: [Token], _ e: EntityMention, after i: Int) -> Bool {
        let lo = max(i + 1, e.tokenRange.lowerBound - 4)
        return (lo..<e.tokenRange.lowerBound).contains { ["by", "to", "from", "for", "with", "of", "in", "at", "on"].contains(tokens[$0].lower) }
    }

    /// Nearest subject to the left in the same clause; people win over organisations ("Mallory … under the Espionage Act for selling").
    private static func nearestLeft(_ entities: [EntityMention], before offset: Int, tokens: [Token], _ i: Int) -> EntityMention? {
        var clauseStart = 0, clauseEnd = i
        for j in stride(from: i - 1, through: 0, by: -1) where [";", "—", "–", ":"].contains(tokens[j].text) || ["who", "which"].contains(tokens[j].lower) {
            clauseStart = j + 1
            // "The company, which operates Taobao and Tmall.com, earned $3.7 billion": a relative clause closed by a
            // comma before the verb is no part of its subject; the doer stands before it.
            if ["who", "which"].contains(tokens[j].lower), j > 0, tokens[j - 1].text == ",",
               let close = (j..<i).last(where: { tokens[$0].text == "," }), close > j + 1,
               tokens[(close + 1)..<i].allSatisfy({ adverbs.contains($0.lower) || $0.lower.hasSuffix("ly") }) {
                clauseEnd = j - 1
                clauseStart = (0..<(j - 1)).last(where: { [";", "—", "–", ":", "."].contains(tokens[$0].text) }).map { $0 + 1 } ?? 0
            }
            break
        }
        let noun = Lexicon.nounTriggers.contains(tokens[i].lower)
        let candidates = entities.filter {
            $0.tokenRange.upperBound <= clauseEnd && $0.tokenRange.lowerBound >= clauseStart && !isPossessivePronoun($0) && !isObjectOfPreposition(tokens, $0)
                // "CIA spy", "FBI analysis": a name right before a noun modifies it.
                && !(noun && $0.tokenRange.upperBound == i && $0.resolvedFrom == nil)
                // "Ivo Brandt's neighbour gave him 20 sheep": the owner of the doer is not the doer.
                && !ownsANoun(tokens, $0, before: i)
        }
        return candidates.last { $0.kind == .person } ?? candidates.last
    }

    /// A person written as the owner of a common noun before the trigger: "Ivo Brandt's neighbour" (not "Ivo Brandt's
    /// lawyers", who act for him).
    private static func ownsANoun(_ tokens: [Token], _ e: EntityMention, before i: Int) -> Bool {
        guard let noun = e.ownedNoun(in: tokens), noun < i else { return false }
        return !Lexicon.actsForOwner.contains(tokens[noun].lower)
    }

    private static func isObjectOfPreposition(_ tokens: [Token], _ e: EntityMention) -> Bool {
        let j = e.tokenRange.lowerBound - 1
        guard j >= 0 else { return false }
        var k = j
        if Lexicon.articles.contains(tokens[k].lower), k > 0 { k -= 1 }
        return ["by", "to", "from", "under", "with", "for", "of", "in", "at", "on", "against"].contains(tokens[k].lower)
    }

    private static func phrase(_ word: String, _ tokens: [Token], _ entities: [EntityMention], after i: Int) -> EntityMention? {
        guard let p = (i + 1..<min(tokens.count, i + 10)).first(where: { tokens[$0].lower == word }) else { return nil }
        return entities.first { $0.tokenRange.lowerBound > p && $0.tokenRange.lowerBound <= p + 4 && !isPossessivePronoun($0) }
    }

    /// `not`, `never`, `n't`, `has yet to`, `denied` within four words before, or `no` just after.
    static func negation(_ tokens: [Token], _ i: Int) -> String? {
        var j = i - 1
        while j >= 0, j >= i - 4 {
            let w = tokens[j].lower
            if w == "," || Lexicon.scopeBreakers.contains(w) { break }
            // A reported denial ("denied she leaked the memo") states nothing either way: a hedge, not a "not".
            if Lexicon.reportsDenial(tokens, at: j) { return nil }
            if Lexicon.negates(tokens, at: j, cues: Lexicon.negationCues) { return tokens[j].text }
            if w == "yet", j + 1 < tokens.count, tokens[j + 1].lower == "to" { return "yet to" }
            j -= 1
        }
        if i + 1 < tokens.count, ["no", "nothing"].contains(tokens[i + 1].lower) { return tokens[i + 1].text }
        // "pleaded not guilty": the verb's own complement is denied.
        if i + 1 < tokens.count, tokens[i + 1].lower == "not" { return "not" }
        return nil
    }

    /// A hedge governs the trigger when it stands before it in the same clause; some cover the whole sentence.
    static func hedge(_ tokens: [Token], _ i: Int, type: Lexicon.EventType) -> String? {
        // ", the justice department alleged." — a reporting tail hedges everything before it.
        if let tail = tokens.indices.last(where: { Lexicon.sentenceHedges.contains(tokens[$0].lower) }), tail > i, tail >= tokens.count - 4 {
            return tokens[tail].text
        }
        var j = i - 1
        var sawComma = false
        while j >= 0 {
            let w = tokens[j].lower
            if [";", "—", "–"].contains(w) || Lexicon.scopeBreakers.contains(w) { break }
            if w == "," { sawComma = true }
            // "If convicted, Mallory faces…", "accused Mallory of leaking … in exchange for money":
            // conditionals and accusations reach over commas and far; other cues stay near.
            if w == "if" || w == "unless" { return tokens[j].text }
            if Lexicon.reportsDenial(tokens, at: j), j >= i - 9 { return tokens[j].text }
            if Lexicon.chargeCues.contains(w), type != .charge, type != .sentencing { return tokens[j].text }
            // "a DEA complaint said Fahie had agreed … in return for a payment": a filing's words reach as far.
            if Lexicon.allegingDocuments.contains(w), j + 1 < i, Lexicon.reportingVerbs.contains(tokens[j + 1].lower) { return tokens[j].text }
            if !sawComma, j >= i - 9 {
                // ("Hope Hicks is expected …": the capitalised name hedges nothing; "expected" does.)
                let inName = j > 0 && tokens[j].isCapitalized
                if !inName, !Lexicon.comparesLikelihood(tokens, at: j), Lexicon.hedgeCues.contains(w) || Lexicon.sentenceHedges.contains(w) || Lexicon.hedgePhraseCue(tokens, j) != nil { return tokens[j].text }
                // A future act is not yet done: "Acme will buy Zenith" states no purchase. Only the trigger's own
                // auxiliary ("will soon be paid"), not one of another verb ("will run with his manslaughter sentence").
                if Lexicon.futureAuxiliaries.contains(w),
                   tokens[(j + 1)..<i].allSatisfy({ Self.futureFillers.contains($0.lower) || $0.lower.hasSuffix("ly") }) { return tokens[j].text }
                if Lexicon.faceCues.contains(w), type == .sentencing { return tokens[j].text }
                if Lexicon.chargeCues.contains(w), type != .charge, type != .sentencing { return tokens[j].text }
            }
            j -= 1
        }
        // "to be paid", "to reimburse": a purpose or a wish, not a fact.
        var k = i - 1
        var passive = false
        while k >= 0, ["be", "“", "\"", "‘", "'"].contains(tokens[k].lower) {
            passive = passive || tokens[k].lower == "be"
            k -= 1
        }
        let gerund = tokens[i].lower.hasSuffix("ing")
        // ("began to work", "continued to pay": the act itself, begun or kept up.)
        if k >= 0, tokens[k].lower == "to", type != .sentencing, passive || !gerund, !(k > 0 && Lexicon.aspectVerbs.contains(tokens[k - 1].lower)) {
            return "to (purpose)"
        }
        return nil
    }
}
