/// Whose predicate a copula's is: the name right before "is" or "was" ("Roger Federer is a Swiss …", "Shannon Lee (born
/// 1969) is …"), past a parenthesis. Not a name across a comma or a relative pronoun ("Rafael Nadal, who is a Spanish …"
/// is no predicate of Federer's), nor one that owns the subject ("Mbappé's father is Cameroonian").
enum CopulaSubject {
    /// Verbs that link a subject to what it is, beside the copulas.
    static let linkingVerbs: Set<String> = ["became", "becomes", "become", "remains", "remained"]

    /// The copula or linking verb that the word at `i` completes, past at most `limit` of the words `skipping` ("is the
    /// second album", "is a retired Australian …"); a possessive's "'s" is no copula here.
    static func verb(before i: Int, in t: [Token], skipping: Set<String>, limit: Int = .max) -> Int? {
        var j = i - 1, skipped = 0
        while j >= 0, skipped < limit, skipping.contains(t[j].lower) { j -= 1; skipped += 1 }
        return j >= 0 && (Lexicon.isCopula(t[j]) && !t[j].isPossessive || linkingVerbs.contains(t[j].lower)) ? j : nil
    }

    /// The name the copula at `j` says something of, if one stands right before it.
    static func name(before j: Int, in a: TextAnalysis) -> EntityMention? {
        var k = j - 1
        // A parenthesis after the name ("(born 1969)", "(PBS)", "(film)") is skipped whole.
        if k >= 0, [")", "]"].contains(a.tokens[k].text) {
            var depth = 0
            while k >= 0 {
                if [")", "]"].contains(a.tokens[k].text) { depth += 1 }
                if ["(", "["].contains(a.tokens[k].text) { depth -= 1 }
                k -= 1
                if depth == 0 { break }
            }
        }
        guard k >= 0, let e = a.entities.first(where: { $0.tokenRange.upperBound == k + 1 }), !a.tokens[k].isPossessive else { return nil }
        return e
    }

    /// Whether the copula at `j` follows "It" or "They" opening its sentence ("It is the third album"): on a page about
    /// one thing, the page's subject. Not "He" or "She", who may be anyone the text has just named ("In 1964, Lee married
    /// Linda Emery. She was an American teacher.").
    static func pronounBefore(_ j: Int, in a: TextAnalysis) -> Bool {
        j == 1 && ["it", "they"].contains(a.tokens[0].lower)
    }

    /// Whether the copula at `j` speaks of the claim's subject `subject`: its own name, or a pronoun on the subject's page.
    static func speaksOf(_ subject: EntityMention, copula j: Int, in a: TextAnalysis, title: String) -> Bool {
        // (By key: "Lucy Hale" is the "Karen Lucille Hale" her page opens with.)
        if let e = name(before: j, in: a) { return subject.corefers(with: e) || subject.key == e.key }
        return pronounBefore(j, in: a) && Topic.names(subject, title: title)
    }
}
