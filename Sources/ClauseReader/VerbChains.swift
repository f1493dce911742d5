/// One content verb reached from a finite (or non-finite) verb word through
/// auxiliaries and verb coordination.
struct VerbPath {
    /// The content verb ("sentenced" in "has been sentenced").
    var verb: Int
    /// Auxiliaries and conjunctions passed on the way, in order.
    var auxiliaries: [Int]
    var passive: Bool
    /// The coordinating word ("and") when the verb is one of several conjuncts.
    var conjunction: Int?
    /// True for the rightmost conjunct, which takes modifiers the parser hung on "and".
    var isLastConjunct: Bool
}

extension ParsedSentence {
    /// Follows auxiliary links (I, PP, Pv, Pg; "Pa" to a participle after "be")
    /// from `word` down to content verbs, splitting at verb coordinations
    /// ("was paid $25,000 and sentenced to 20 years" -> "paid", "sentenced").
    func contentVerbs(from word: Int) -> [VerbPath] {
        var seen: Set<Int> = []
        return follow(word, auxiliaries: [], passive: false, conjunction: nil, isLast: true, seen: &seen)
            .map { path in
                // be/get + past participle is passive even when the parser links it
                // as "Pg" (it does so through a conjunction: "was paid and sentenced").
                var path = path
                let lastAuxiliary = path.auxiliaries.last { verbConjuncts(of: $0).isEmpty }
                if !path.passive, let aux = lastAuxiliary,
                   Lexicon.beForms.contains(words[aux].normalized) || Lexicon.getForms.contains(words[aux].normalized),
                   words[path.verb].isPastParticipleReading, !words[path.verb].normalized.hasSuffix("ing") {
                    path.passive = true
                }
                return path
            }
    }

    private func follow(
        _ word: Int, auxiliaries: [Int], passive: Bool, conjunction: Int?, isLast: Bool,
        seen: inout Set<Int>
    ) -> [VerbPath] {
        guard seen.insert(word).inserted else { return [] }
        let conjuncts = verbConjuncts(of: word)
        if !conjuncts.isEmpty {
            let last = conjuncts.max()!
            return conjuncts.flatMap {
                follow($0, auxiliaries: auxiliaries + [word], passive: passive,
                       conjunction: word, isLast: isLast && $0 == last, seen: &seen)
            }
        }
        if let (next, isPassive) = auxiliaryStep(from: word) {
            return follow(next, auxiliaries: auxiliaries + [word], passive: isPassive,
                          conjunction: conjunction, isLast: isLast, seen: &seen)
        }
        return [VerbPath(verb: word, auxiliaries: auxiliaries, passive: passive,
                         conjunction: conjunction, isLastConjunct: isLast)]
    }

    /// The verbs a coordinating word joins, if it is one: "VJl" arrives from the
    /// left conjunct, "VJr" leaves for the right one.
    func verbConjuncts(of word: Int) -> [Int] {
        let left = linksLeft(of: word) { $0.label.hasPrefix("VJl") }.map(\.left)
        let right = linksRight(of: word) { $0.label.hasPrefix("VJr") }.map(\.right)
        return (left + right).sorted()
    }

    /// The next verb of an auxiliary chain and whether that step makes it passive.
    private func auxiliaryStep(from word: Int) -> (Int, Bool)? {
        let w = words[word].normalized
        let isBe = Lexicon.beForms.contains(w)
        let isHave = Lexicon.haveForms.contains(w)
        let isGet = Lexicon.getForms.contains(w)
        let isInfinitival = Lexicon.infinitiveAuxiliaries.contains(w)
        for link in linksRight(of: word) {
            let label = link.label
            if isBe || isGet, label.hasPrefix("Pv") { return (link.right, true) }
            if isBe, label.hasPrefix("Pg") { return (link.right, false) }
            // "was arrested" is sometimes read as be + adjective (Pa); a verb
            // participle there is still a passive.
            if isBe, label.hasPrefix("Pa"), words[link.right].isPastParticipleReading {
                return (link.right, true)
            }
            if isHave, link.major == "PP" { return (link.right, false) }
            // "I" also leaves be/have for a verb coordination:
            // "is expected to be sentenced ... and might face" (I*v to "and").
            if link.major == "I",
               isInfinitival || ((isBe || isHave) && !verbConjuncts(of: link.right).isEmpty) {
                return (link.right, false)
            }
        }
        return nil
    }

    /// Whether `word` is an auxiliary that continues into another verb.
    func isAuxiliaryInChain(_ word: Int) -> Bool { auxiliaryStep(from: word) != nil }
}
