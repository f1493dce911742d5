import Foundation

/// Claims as people type them: a question is the statement it asks about, and a compound claim is
/// checked part by part ("X was paid $25,000 and sentenced to 20 years" → two claims).
enum ClaimSplitter {
    static let auxiliaries: Set<String> = ["was", "were", "is", "are", "did", "does", "do", "has", "have", "had", "will", "can", "could", "would", "should"]
    /// Past forms that carry a clause on their own, beyond regular "-ed" verbs and the event words.
    static let clauseVerbs: Set<String> = [
        "was", "were", "is", "are", "has", "had", "have", "won", "lost", "paid", "sold", "gave", "got", "went", "made", "took", "rose", "fell",
        "said", "became", "began", "left", "met", "ran", "held", "led", "told", "wrote", "grew", "built", "bought", "brought", "spent",
        "beat", "chose", "drew", "found", "kept", "saw", "sent", "set", "stood", "struck", "hit", "cut", "put", "will", "would", "could",
    ]

    /// The statements a claim makes, in order; a plain claim is one part.
    static func parts(_ claim: String) -> [String] {
        let statement = declarative(claim)
        let separated = appositives(statement)
        return separated.count > 1 ? separated.flatMap(split) : split(statement)
    }

    /// A description set off by commas after a name is a claim of its own, and a place after "from" another:
    /// "Mallory, a fluent Mandarin speaker from Leesburg, Virginia, was paid $25,000" → "Mallory was paid $25,000",
    /// "Mallory is a fluent Mandarin speaker", "Mallory is from Leesburg, Virginia". A draft sentence often joins
    /// facts from several sources this way; checked whole, no one source would state it all.
    static func appositives(_ claim: String) -> [String] {
        let words = claim.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        // The name: up to four capitalised words, the last ending in a comma.
        // (A version number belongs to the name: "Mercurial 5.2,".)
        guard let i = words.prefix(4).firstIndex(where: { $0.hasSuffix(",") }), i + 2 < words.count,
              words[...i].enumerated().allSatisfy({ $0.element.first?.isUppercase == true || $0.offset > 0 && $0.element.first?.isNumber == true }) else { return [claim] }
        let participle = isParticiple(words[i + 1])
        guard participle || ["a", "an", "the"].contains(words[i + 1].lowercased()),
              let j = ((i + 2)..<(words.count - 1)).first(where: { words[$0].hasSuffix(",") && isVerb(words[$0 + 1]) }) else { return [claim] }
        let subject = (words[..<i] + [String(words[i].dropLast())]).joined(separator: " ")
        var description = Array(words[(i + 1)...j])
        description[description.count - 1] = String(description[description.count - 1].dropLast())
        var parts = [subject + " " + words[(j + 1)...].joined(separator: " ")]
        if participle {
            // "Mercurial 5.2, released on November 5, 2019, was …": the participle is said of the name, in the main verb's tense.
            let present = ["is", "are", "has", "have"].contains(words[j + 1].lowercased())
            parts.append("\(subject) \(present ? "is" : "was") \(description.joined(separator: " "))")
        } else if let f = description.firstIndex(of: "from"), f > 1, f + 1 < description.count {
            parts.append("\(subject) is \(description[..<f].joined(separator: " "))")
            parts.append("\(subject) is from \(description[(f + 1)...].joined(separator: " "))")
        } else {
            parts.append("\(subject) is \(description.joined(separator: " "))")
        }
        return parts
    }

    /// "Was Mallory paid $25,000?" → "Mallory was paid $25,000"; "Is it true that X?" → "X".
    static func declarative(_ claim: String) -> String {
        var text = claim.trimmingCharacters(in: .whitespaces)
        guard text.hasSuffix("?") else { return claim }
        text = String(text.dropLast()).trimmingCharacters(in: .whitespaces)
        for opener in ["is it true that ", "is it the case that ", "was it true that ", "did it happen that ", "true or false: "]
        where text.lowercased().hasPrefix(opener) {
            return String(text.dropFirst(opener.count))
        }
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard words.count >= 3, auxiliaries.contains(words[0].lowercased()) else { return text }
        let aux = words[0].lowercased()
        // The subject: a name (capitalised words joined by of/the/'s), or an article and its noun.
        // "the Board of Regents", "Bank of America": a lower-case joiner inside a name when a capital follows it.
        let continuesName = { (i: Int) in
            words[i].first?.isUppercase == true
                || ["of", "the", "de", "van", "von"].contains(words[i]) && i + 1 < words.count - 1 && words[i + 1].first?.isUppercase == true
        }
        var end = determiners.contains(words[1].lowercased()) ? 3 : 1
        while end < words.count - 1, continuesName(end) { end += 1 }
        guard end > 1, end < words.count else { return text }
        return (words[1..<end] + [aux] + words[end...]).joined(separator: " ")
    }

    /// Splits at "and", ", but", "; " where the right side is a clause of its own (a verb, or a name and a verb);
    /// a right side that starts with a verb borrows the left side's subject (and auxiliary).
    static func split(_ claim: String) -> [String] {
        let words = claim.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var parts: [[String]] = []
        var current: [String] = []
        var subject: [String]? = nil
        var i = 0
        while i < words.count {
            let w = words[i]
            let lower = w.lowercased().trimmingCharacters(in: .punctuationCharacters)
            var joiner = 0
            if lower == "and" || lower == "but" { joiner = 1 }
            if w.hasSuffix(","), i + 1 < words.count, ["and", "but"].contains(words[i + 1].lowercased()) { joiner = 2 }
            if w.hasSuffix(";") { joiner = -1 }
            if joiner != 0, hasVerb(current + (joiner == -1 ? [w] : [])), !current.contains(where: { $0.lowercased() == "between" }) {
                let rest = Array(words[(i + max(joiner, 1))...])
                let left = joiner == -1 ? current + [String(w.dropLast())] : current.map { $0 } + (joiner == 2 ? [String(w.dropLast())] : [])
                // A present-tense verb opens the right side only when no verb follows it: "and adds 250 jobs", not
                // "and wages fell" (there "wages" is the next clause's subject).
                // And only beside a present-tense verb on the left, as its parallel ("gives … and adds"): "raised fees and
                // charges" lists nouns.
                // ("fees and charges": an -s word after a plural noun continues a list of nouns.)
                let listOfNouns = { (w: String) in
                    w.lowercased().hasSuffix("s") && left.last.map { $0.hasSuffix("s") && WordNet.shared.isMostlyNoun($0.lowercased()) } == true
                }
                let opensWithVerb = rest.first.map {
                    !listOfNouns($0) && (isVerb($0) || isPresentVerb($0) && !(rest.count > 1 && isVerb(rest[1])) && Self.presentTense(left))
                } ?? false
                if opensWithVerb, var subj = subject ?? leadingSubject(left) {
                    // A right side with an auxiliary of its own takes the subject without the left's: "they were
                    // understaffed and would strike" gives "they would strike".
                    if subj.count > 1, auxiliaries.contains(subj[subj.count - 1].lowercased()), auxiliaries.contains(rest[0].lowercased()) { subj.removeLast() }
                    parts.append(left)
                    current = subj
                    subject = subj
                    i += max(joiner, 1)
                    continue
                }
                // "Northgate Stores reported a loss, and its sales fell 11 percent": a possessive's noun and a past verb open
                // a clause too, the possessive taken as the name the claim opens with ("Northgate Stores' sales fell …"),
                // so the part alone still says whose sales. ("the car parked outside" is no clause: a list's noun and its
                // participle.)
                if rest.count >= 4, possessives.contains(rest[0].lowercased()), pastVerbAfterNoun(rest) != nil, let owner = openingName(left) {
                    parts.append(left)
                    current = [owner.hasSuffix("s") ? owner + "'" : owner + "'s"]
                    subject = nil
                    i += max(joiner, 1) + 1
                    continue
                }
                // "Captain Lisa Norman welcomed passengers, and she was one of two pilots": "he" or "she" and a verb is a
                // clause of the name the claim opens with, which stands in for the pronoun so the part says who.
                if rest.count >= 3, ["he", "she"].contains(rest[0].lowercased()), isAnyVerb(rest[1]) || auxiliaries.contains(rest[1].lowercased()),
                   case let name = Array(left.prefix(while: { $0.first?.isUppercase == true && !$0.hasSuffix(",") })), !name.isEmpty,
                   name.count < left.count, isAnyVerb(left[name.count]) || auxiliaries.contains(left[name.count].lowercased()) {
                    parts.append(left)
                    current = name
                    subject = nil
                    i += max(joiner, 1) + 1
                    continue
                }
                // "…, and the court granted the case priority status": a noun with its article, a past verb and that
                // verb's own object is a clause ("the car parked outside", "the passengers injured in the crash" are not).
                let articled = rest.count >= 5 && rest[0].lowercased() == "the"
                    && pastVerbAfterNoun(rest).map { k in k + 1 < rest.count && determiners.contains(rest[k + 1].lowercased()) } == true
                // "…, and a 30-day supply will cost $7,000": an article's short noun phrase and an auxiliary with its verb.
                let auxiliaryClause = rest.count >= 4 && ["a", "an", "the"].contains(rest[0].lowercased())
                    && (2..<min(rest.count - 1, 5)).first(where: { auxiliaries.contains(rest[$0].lowercased()) })
                        .map { k in
                            // (A name there may be the second of two subjects: "said Madeira and the Azores would be …".)
                            !rest[1..<k].contains(where: isAnyVerb) && rest[1..<k].allSatisfy { $0.first?.isUppercase != true && !$0.hasSuffix(",") }
                        } == true
                // ("Montana, Colorado and Oregon picked up one each": the last of a list of names is no subject of its own.)
                let namedClause = rest[0].first?.isUppercase == true && !endsListOfNames(left)
                    && rest.dropFirst().first(where: { $0.first?.isUppercase != true }).map(isVerb) == true
                // "…, and local residents recalled drinking pure water": after a comma, a plural noun without an article
                // (and an adjective before it) and a past verb open a clause ("raised fees and charges" has no comma).
                let bareClause = joiner == 2 && rest.count >= 4 && !determiners.contains(rest[0].lowercased())
                    && (1...2).contains { k in
                        let noun = rest[k - 1].lowercased()
                        return isVerb(rest[k]) && rest[..<k].allSatisfy { $0.first?.isLowercase == true && !isAnyVerb($0) && !$0.hasSuffix(",") }
                            && noun.hasSuffix("s") && WordNet.shared.senseCount(noun, .noun) > 0 && !WordNet.shared.isA(noun, .verb)
                    }
                if rest.count >= 2, articled || auxiliaryClause || namedClause || bareClause {
                    parts.append(left)
                    current = []
                    subject = nil
                    i += max(joiner, 1)
                    continue
                }
            }
            current.append(w)
            i += 1
        }
        parts.append(current)
        let texts = parts.map { $0.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " ,;")) }.filter { !$0.isEmpty }
        return texts.count > 1 ? texts : [claim]
    }

    /// Whether the words end in a list of names set off by commas ("…, while Montana, Colorado"), which an "and" and
    /// one more name close.
    private static func endsListOfNames(_ left: [String]) -> Bool {
        guard let last = left.last, last.first?.isUppercase == true, !last.hasSuffix(",") else { return false }
        var i = left.count - 1
        while i > 0, left[i].first?.isUppercase == true, !left[i - 1].hasSuffix(",") { i -= 1 }
        return i > 0 && left[i].first?.isUppercase == true && left[i - 1].hasSuffix(",") && left[i - 1].first?.isUppercase == true
    }

    private static func isVerb(_ word: String) -> Bool {
        let w = word.lowercased().trimmingCharacters(in: .punctuationCharacters)
        return w.count > 3 && (w.hasSuffix("ed") || Lexicon.triggers[w] != nil && !Lexicon.nounTriggers.contains(w)) || clauseVerbs.contains(w)
    }

    private static func hasVerb(_ words: [String]) -> Bool { words.contains(where: isAnyVerb) }

    /// A verb of either reading: past or event word (`isVerb`), or a present tense (`isPresentVerb`).
    private static func isAnyVerb(_ word: String) -> Bool { isVerb(word) || isPresentVerb(word) }

    /// Whether the left side's first verb is in the present tense ("The budget gives …"), not the past ("raised").
    private static func presentTense(_ left: [String]) -> Bool {
        guard let verb = left.first(where: isAnyVerb)?.lowercased() else { return false }
        return verb.hasSuffix("s") && !verb.hasSuffix("ss") && !auxiliaries.contains(verb)
    }

    /// A present-tense verb of the third person ("gives", "adds", "plays"): a verb in WordNet and not above all a
    /// noun ("prices", "sales" are nouns first).
    private static func isPresentVerb(_ word: String) -> Bool {
        let w = word.lowercased().trimmingCharacters(in: .punctuationCharacters)
        guard word.first?.isLowercase == true, w.count > 3, w.hasSuffix("s"), !w.hasSuffix("ss"), !auxiliaries.contains(w), !Lexicon.stopwords.contains(w) else { return false }
        return WordNet.shared.isA(w, .verb) && !WordNet.shared.isMostlyNoun(w)
    }

    /// Past participles that open a description of a name ("released on …", "born in …", "founded in …").
    static let irregularParticiples: Set<String> = ["born", "built", "known", "made", "held", "led", "written", "given", "taken", "seen", "sold", "won", "chosen", "grown", "drawn", "set", "run", "kept", "brought", "bought", "begun", "shot", "hit", "beaten"]

    private static func isParticiple(_ word: String) -> Bool {
        let w = word.lowercased()
        return w.count > 3 && w.hasSuffix("ed") && !w.hasSuffix("eed") || irregularParticiples.contains(w)
    }

    /// Possessive pronouns, and with the articles the words that open a noun phrase.
    static let possessives: Set<String> = ["its", "their", "his", "her"]
    static let determiners: Set<String> = possessives.union(["the", "a", "an"])

    /// Where a past verb stands after the one or two lower-case words of a noun phrase that opens `rest` with its
    /// determiner ("its sales fell", "the court granted"), else nil. (At most one place fits: the verb ends the phrase.)
    private static func pastVerbAfterNoun(_ rest: [String]) -> Int? {
        guard rest.count > 2, !isVerb(rest[1]) else { return nil }
        return (2...min(3, rest.count - 1)).first { k in isVerb(rest[k]) && rest[1..<k].allSatisfy { $0.first?.isLowercase == true && !isAnyVerb($0) } }
    }

    /// The name a claim opens with ("Northgate Stores", "Harbor Steel's …" → "Harbor Steel"): capitalised words, at
    /// least one of them no common word (a sentence's first word is capitalised too: "Operating profit" is no name).
    private static func openingName(_ left: [String]) -> String? {
        var run: [String] = []
        for w in left.drop(while: { ["the", "a", "an"].contains($0.lowercased()) }) {
            guard w.first?.isUppercase == true else { break }
            let owned = w.hasSuffix("'s") || w.hasSuffix("’s")
            run.append(owned ? String(w.dropLast(2)) : w)
            if owned { break }
        }
        guard !run.isEmpty, run.contains(where: { w in
            let lower = w.lowercased().trimmingCharacters(in: .punctuationCharacters)
            return !WordNet.shared.isA(lower, .noun) && !WordNet.shared.isA(lower, .verb) && !WordNet.shared.isA(lower, .adj)
        }) || run.count >= 2 else { return nil }
        return run.joined(separator: " ").trimmingCharacters(in: .punctuationCharacters)
    }

    /// The words before the left side's verb, with its auxiliary when the verb is a participle: "Mallory was". A
    /// reported clause ("said that …") with a verb of its own gives its own subject after the report: in "Leuenberger said that together
    /// they had risked a lot and achieved a lot" it is "they had" who achieved, as Leuenberger said.
    private static func leadingSubject(_ left: [String]) -> [String]? {
        if let r = left.firstIndex(where: { Lexicon.reportingVerbs.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters)) }),
           r > 0, r + 2 < left.count, left[r + 1].lowercased() == "that", let inner = plainSubject(Array(left[(r + 1)...])) {
            return Array(left[...r]) + inner
        }
        return plainSubject(left)
    }

    private static func plainSubject(_ left: [String]) -> [String]? {
        guard let v = left.firstIndex(where: isAnyVerb), v > 0 else { return nil }
        let first = left[v].lowercased()
        if auxiliaries.contains(first), v + 1 < left.count, isVerb(left[v + 1]) { return Array(left[...v]) }
        return Array(left[..<v])
    }
}
