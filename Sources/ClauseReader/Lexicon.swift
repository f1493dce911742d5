/// Small closed-class word lists the role rules need. All lower-case, with
/// straight apostrophes (see `normalized`).
enum Lexicon {
    /// Lower-cases and turns the typographic apostrophe into "'".
    static func normalized(_ word: String) -> String {
        String(word.lowercased().map { $0 == "\u{2019}" ? "'" : $0 })
    }

    static let beForms: Set<String> = [
        "be", "am", "is", "are", "was", "were", "been", "being", "'s", "'re", "'m",
        "isn't", "aren't", "wasn't", "weren't", "ain't",
    ]
    static let haveForms: Set<String> = [
        "have", "has", "had", "having", "'ve", "'d", "haven't", "hasn't", "hadn't",
    ]
    static let getForms: Set<String> = ["get", "gets", "got", "gotten", "getting"]
    /// Words that take an infinitive through an "I" link.
    static let infinitiveAuxiliaries: Set<String> = [
        "do", "does", "did", "don't", "doesn't", "didn't", "to",
        "will", "would", "shall", "should", "can", "could", "may", "might", "must",
        "'ll", "'d", "cannot", "can't", "won't", "wouldn't", "shan't", "shouldn't",
        "couldn't", "mightn't", "mustn't", "ought",
    ]
    /// Copulas whose object or adjective is a complement rather than an object.
    static let copulas: Set<String> = beForms.union([
        "become", "becomes", "became", "becoming", "remain", "remains", "remained", "remaining",
    ])
    static let negators: Set<String> = ["not", "n't", "never"]
    static func isNegative(_ word: String) -> Bool {
        let w = normalized(word)
        return negators.contains(w) || w.hasSuffix("n't") || w == "cannot"
    }
    /// Words that introduce adverbial clauses ("If convicted, ...").
    static let subordinators: Set<String> = [
        "if", "when", "whenever", "after", "before", "while", "because", "although", "though",
        "as", "since", "until", "unless", "once", "whether",
    ]
    /// Verb readings that are never clauses in news text ("According to ...").
    static let notVerbs: Set<String> = ["according"]
    static let objectPronouns: Set<String> = ["me", "you", "him", "her", "us", "them", "it", "himself", "herself", "themselves"]
    static let relativePronouns: Set<String> = ["who", "whom", "which", "that", "whose"]
    static let conjunctions: Set<String> = ["and", "or", "but", "nor", "and/or"]
    /// Second halves of Link Grammar's plea idioms ("pleaded_guilty").
    static let pleas: Set<String> = ["guilty", "innocent"]
    static let currencySymbols: Set<String> = ["$", "us$", "£", "€", "¥", "c$", "a$", "hk$"]

    /// Heads of time expressions; a prepositional phrase with such an object
    /// modifies the verb even when the parser hangs it on the object noun.
    static let temporalHeads: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "night", "morning", "afternoon", "evening", "day", "days", "week", "weeks", "weekend",
        "month", "months", "year", "years", "decade", "century", "today", "tonight",
        "yesterday", "tomorrow", "season", "quarter",
    ]
    static func isTemporal(_ word: String) -> Bool {
        let w = normalized(word)
        if temporalHeads.contains(w) { return true }
        // A bare year such as 2002 or 1999.
        if w.count == 4, let year = Int(w), (1000...2199).contains(year) { return true }
        return false
    }
}
