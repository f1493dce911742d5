/// Turns one linkage into clauses: finds content verbs, then reads each verb's
/// subject, objects, complement, agent, negation and prepositional phrases off
/// its links.
struct ClauseBuilder {
    let sentence: ParsedSentence

    /// A content verb and the word that supplies its subject, before roles are read.
    private struct Draft {
        var path: VerbPath
        var subjectWord: Int?
    }

    func clauses() -> [Clause] {
        var drafts: [Draft] = []
        var claimed: Set<Int> = []   // content verbs, auxiliaries and conjunctions already used

        func add(_ paths: [VerbPath], subject: Int?) {
            for path in paths where !claimed.contains(path.verb) {
                drafts.append(Draft(path: path, subjectWord: subject))
                claimed.insert(path.verb)
                claimed.formUnion(sentence.idiom(of: path.verb))
                claimed.formUnion(path.auxiliaries)
            }
        }

        // 1. Verbs with a subject link: "Ss"(subject, verb), "SIs"(verb, subject), "RS"(who, verb).
        for link in sentence.links {
            let subject: Int, finite: Int
            if LinkLabel.subjectMajors.contains(link.major) || link.major == "RS" {
                (subject, finite) = (link.left, link.right)
            } else if LinkLabel.invertedSubjectMajors.contains(link.major) {
                (subject, finite) = (link.right, link.left)
            } else {
                continue
            }
            guard !sentence.words[subject].isWall, isVerbWord(finite) || sentence.isAuxiliaryInChain(finite)
            else { continue }
            add(sentence.contentVerbs(from: finite), subject: antecedent(of: subject))
        }

        // 2. Participles modifying a noun: "officers being targeted" (Mg), "a case considered" (Mv).
        //    ("Mgp" is a preposition taking a gerund, "of selling": step 3.)
        for link in sentence.links where link.label.hasPrefix("Mv") || link.label.hasPrefix("Mg") {
            guard !link.label.hasPrefix("Mgp"), isVerbWord(link.right) else { continue }
            var paths = sentence.contentVerbs(from: link.right)
            if link.label.hasPrefix("Mv") { for i in paths.indices { paths[i].passive = true } }
            // "If convicted, Mallory faces ...": the participle hangs on "if",
            // whose opener link ("CO") points at the real subject.
            var subject: Int? = link.left
            if Lexicon.subordinators.contains(sentence.words[link.left].normalized) {
                subject = sentence.linksRight(of: link.left) { $0.major == "CO" }.first?.right
            }
            add(paths, subject: subject)
        }

        // 2b. A participle set off by commas after a noun: "The label, founded by Simon Cowell, …" ("MX" to a
        //     past participle, passive), "the company, citing …" (a present one, active).
        for link in sentence.links where link.major == "MX" && isVerbWord(link.right) && !claimed.contains(link.right) {
            let w = sentence.words[link.right]
            guard w.isPastParticipleReading || w.normalized.hasSuffix("ing") else { continue }
            var paths = sentence.contentVerbs(from: link.right)
            if w.isPastParticipleReading { for i in paths.indices { paths[i].passive = true } }
            add(paths, subject: link.left)
        }

        // 3. Other verbs, left to right: infinitives ("decided to enroll"), gerunds, headlines.
        for word in sentence.words.indices where !claimed.contains(word) && isFreeVerb(word) {
            let controller = controllingSubject(of: word, drafts: drafts)
            var paths = sentence.contentVerbs(from: word)
            // "Arrested in January, he ...": an opening participle is passive.
            if sentence.words[word].isPastParticipleReading,
               !sentence.linksRight(of: word, where: { $0.major == "CO" }).isEmpty {
                for i in paths.indices { paths[i].passive = true }
            }
            add(paths, subject: controller)
        }

        return drafts.map(makeClause).sorted { $0.verbRange.lowerBound < $1.verbRange.lowerBound }
    }

    // MARK: Finding verbs and subjects

    /// A verb not reached from a subject: verb tag, or a gerund with verb
    /// links; not an adjectival participle ("classified documents").
    private func isFreeVerb(_ word: Int) -> Bool {
        let w = sentence.words[word]
        guard !w.isWall, !sentence.isNull(word), w.surface.contains(where: \.isLetter),
              !Lexicon.notVerbs.contains(w.normalized) else { return false }
        let links = sentence.allLinks(of: word)
        if links.contains(where: { $0.left == word && ($0.major == "A" || $0.major == "AN") }) { return false }
        if w.hasVerbSubscript { return true }
        let takesVerbDependents = links.contains {
            $0.left == word && ($0.major == "O" || $0.major == "MV" || $0.label.hasPrefix("Pv"))
        }
        if w.tag == "g" { return takesVerbDependents }
        // The last word of a verb idiom ("pleading_guilty" after "after").
        let idiom = sentence.idiom(of: word)
        if idiom.count > 1, word == idiom.max() {
            return takesVerbDependents || links.contains { $0.right == word && $0.label.hasPrefix("Mgp") }
        }
        return false
    }

    /// A word that can head a verb path: verb tag, gerund, verb idiom or auxiliary.
    private func isVerbWord(_ word: Int) -> Bool {
        let w = sentence.words[word]
        guard !w.isWall, w.surface.contains(where: \.isLetter), !Lexicon.notVerbs.contains(w.normalized)
        else { return false }
        return w.hasVerbSubscript || w.tag == "g" || sentence.idiom(of: word).count > 1
            || !sentence.verbConjuncts(of: word).isEmpty
    }

    /// "who"/"which"/"that" stand for the noun they attach to ("R", "MX" links).
    private func antecedent(of word: Int) -> Int {
        guard Lexicon.relativePronouns.contains(sentence.words[word].normalized) else { return word }
        let anchor = sentence.linksLeft(of: word) { $0.major == "R" || $0.major == "MX" }.first
        return anchor?.left ?? word
    }

    /// The understood subject of a verb without a subject link:
    /// - an opener's: "*Arrested* in January, he ..." ("CO" to the subject);
    /// - an infinitive's: "ordered *him* to pay" (object control), "*He*
    ///   decided to enroll" (subject control);
    /// - an -ing complement's: "Mallory stopped working";
    /// - a gerund's after a preposition on a verb: "Mallory was convicted of selling".
    private func controllingSubject(of verb: Int, drafts: [Draft]) -> Int? {
        if let opener = sentence.linksRight(of: verb, where: { $0.major == "CO" }).first {
            return opener.right
        }
        var governor = sentence.linksLeft(of: verb) { $0.major == "IV" }.first?.left
        if governor == nil,
           let to = sentence.linksLeft(of: verb, where: { $0.major == "I" }).first?.left,
           sentence.words[to].normalized == "to" {
            governor = sentence.linksLeft(of: to) { $0.major == "TO" }.first?.left
        }
        var allowObjectControl = true
        if governor == nil, !sentence.linksLeft(of: verb, where: { $0.label.hasPrefix("Wg") }).isEmpty {
            // ", citing unnamed officials": a participle after the main clause.
            // The nearest main verb to the left.
            governor = sentence.links
                .filter { $0.major == "WV" && sentence.words[$0.left].isWall && $0.right < verb }
                .map(\.right).max()
            allowObjectControl = false
        }
        if governor == nil {
            governor = sentence.linksLeft(of: verb) { $0.label.hasPrefix("Pg") }.first?.left
        }
        if governor == nil,
           let preposition = sentence.linksLeft(of: verb, where: { $0.label.hasPrefix("Mgp") || $0.major == "J" }).first?.left {
            if let opener = sentence.linksRight(of: preposition, where: { $0.major == "CO" }).first {
                return opener.right
            }
            governor = sentence.linksLeft(of: preposition) { $0.major == "MV" || $0.major == "OF" }.first?.left
            allowObjectControl = false
        }
        guard let governor,
              let draft = drafts.first(where: { $0.path.verb == governor || $0.path.auxiliaries.contains(governor) })
        else { return nil }
        if allowObjectControl,
           let object = sentence.linksRight(of: governor, where: { $0.major == "O" }).first?.right {
            return object
        }
        return draft.subjectWord
    }

    // MARK: Reading roles

    private func makeClause(_ draft: Draft) -> Clause {
        let path = draft.path
        let verb = path.verb
        var verbWords = sentence.idiom(of: verb).sorted()
        var complement: Span?

        // Plea idioms: "pleaded_guilty" -> verb "pleaded", complement "guilty".
        if verbWords.count >= 2, let last = verbWords.last,
           Lexicon.pleas.contains(sentence.words[last].normalized) {
            complement = wordSpan(last)
            verbWords.removeLast()
        }
        let verbRange = sentence.range(from: verbWords.first!, to: verbWords.last!)
        var clause = Clause(verb: sentence.text(verbRange), verbRange: verbRange, passive: path.passive)

        let dependents = rightDependents(of: path)

        // Objects ("O"). Two objects: indirect, then direct.
        var objectWords = dependents.filter { $0.major == "O" }.map(\.right)
        if let notWord = objectWords.first(where: { Lexicon.isNegative(sentence.words[$0].surface) }) {
            // "pleaded not guilty": the parser takes "not" as the object and drops "guilty".
            objectWords.removeAll { $0 == notWord }
            clause.negated = true
            if complement == nil { complement = nullWordsSpan(after: notWord) }
        }
        objectWords.sort()
        if objectWords.count >= 2, !isRecipient(objectWords[0]) {
            // Two "objects" that are really one phrase ("selling classified US
            // 'defense information'"): keep them as one object.
            let first = sentence.nounPhrase(head: objectWords[0])
            let last = sentence.nounPhrase(head: objectWords[objectWords.count - 1])
            let range = min(first.range.lowerBound, last.range.lowerBound)..<max(first.range.upperBound, last.range.upperBound)
            clause.object = Span(text: sentence.text(range), range: range, head: last.head)
        } else if objectWords.count >= 2 {
            clause.indirectObject = sentence.nounPhrase(head: objectWords[0])
            clause.object = sentence.nounPhrase(head: objectWords[objectWords.count - 1])
        } else if let object = objectWords.first {
            if let money = trailingAmount(of: object) {
                // "gave Mallory $25,000" is parsed as one noun phrase; split it.
                clause.indirectObject = sentence.nounPhrase(head: object, excluding: [money])
                clause.object = sentence.nounPhrase(head: money, excluding: [object])
            } else {
                clause.object = sentence.nounPhrase(head: object)
            }
        }

        // Copula complements: "is a 2002 American Christmas film", "is not guilty".
        let isCopula = Lexicon.copulas.contains(sentence.words[verb].normalized) && !path.passive
        if isCopula, clause.indirectObject == nil, let object = clause.object, complement == nil {
            complement = object
            clause.object = nil
        }
        if complement == nil, let adjective = dependents.first(where: { $0.label.hasPrefix("Pa") }) {
            complement = sentence.nounPhrase(head: adjective.right)
        }
        clause.complement = complement

        // Prepositional phrases and the passive agent.
        var phrases: [PrepositionalPhrase] = []
        for link in dependents where link.major == "MV" || link.label.hasPrefix("Pp") {
            guard let phrase = prepositionalPhrase(at: link) else { continue }
            if clause.passive, clause.agent == nil, Lexicon.normalized(phrase.preposition) == "by" {
                clause.agent = phrase.object
            } else {
                phrases.append(phrase)
            }
        }
        if let objectHead = objectWords.last {
            phrases += adverbialPhrases(on: objectHead, besides: phrases)
        }
        clause.prepositions = phrases.sorted { $0.object.range.lowerBound < $1.object.range.lowerBound }

        // Subject, and the object of a relative clause ("the documents that Mallory sold").
        if let subject = draft.subjectWord {
            clause.subject = sentence.nounPhrase(head: subject)
        }
        if clause.object == nil, !clause.passive, !isCopula {
            for word in [verb] + path.auxiliaries {
                let relative = sentence.linksLeft(of: word) { $0.major == "B" }.map(\.left)
                if let noun = relative.first(where: { $0 != draft.subjectWord }) {
                    clause.object = sentence.nounPhrase(head: noun)
                    break
                }
            }
        }

        if !clause.negated { clause.negated = isNegated(path) }
        return clause
    }

    /// Links to the right of the verb (and of its idiom partners); the last
    /// conjunct also takes what the parser hung on the conjunction, and every
    /// conjunct takes a shared object.
    private func rightDependents(of path: VerbPath) -> [ParsedLink] {
        var result: [ParsedLink] = []
        for word in sentence.idiom(of: path.verb) {
            result += sentence.linksRight(of: word) { $0.major != "_" && !sentence.words[$0.right].isWall }
        }
        if let conjunction = path.conjunction {
            let shared = sentence.linksRight(of: conjunction) {
                $0.major != "VJ" && $0.major != "X" && !sentence.words[$0.right].isWall
            }
            let hasObject = result.contains { $0.major == "O" }
            result += shared.filter { path.isLastConjunct || ($0.major == "O" && !hasObject) }
        }
        return result
    }

    /// "on Wednesday night" from an MV link to "on"; a bare time noun ("last June")
    /// gives an empty preposition.
    private func prepositionalPhrase(at link: ParsedLink) -> PrepositionalPhrase? {
        let preposition = link.right
        let members = sentence.idiom(of: preposition)
        let objectLink = members.lazy.flatMap {
            sentence.linksRight(of: $0) { LinkLabel.prepositionObjectMajors.contains($0.major) }
        }.first
        if let objectLink {
            let text = sentence.text(sentence.range(from: members.min()!, to: members.max()!))
            return PrepositionalPhrase(preposition: text, object: sentence.nounPhrase(head: objectLink.right))
        }
        if link.label.hasPrefix("MVpn") || Lexicon.isTemporal(sentence.words[preposition].surface) {
            return PrepositionalPhrase(preposition: "", object: sentence.nounPhrase(head: preposition))
        }
        return nil
    }

    /// Phrases the parser hung on the object that belong to the verb: times
    /// ("hosted the Sixers on Wednesday night") and margins ("trailed X by 700 votes").
    private func adverbialPhrases(on noun: Int, besides existing: [PrepositionalPhrase]) -> [PrepositionalPhrase] {
        var result: [PrepositionalPhrase] = []
        for link in sentence.linksRight(of: noun, where: { $0.label.hasPrefix("Mp") }) {
            guard let phrase = prepositionalPhrase(at: link),
                  !phrase.preposition.isEmpty,
                  !existing.contains(where: { $0.object.range == phrase.object.range })
            else { continue }
            let isTime = phrase.object.head.split(separator: " ").contains { Lexicon.isTemporal(String($0)) }
            let isMargin = Lexicon.normalized(phrase.preposition) == "by"
                && phrase.object.text.contains { $0.isNumber }
            if isTime || isMargin { result.append(phrase) }
        }
        return result
    }

    /// Indirect objects are people and organisations: a pronoun or a capitalised name.
    private func isRecipient(_ word: Int) -> Bool {
        let w = sentence.words[word]
        return w.isCapitalized || Lexicon.objectPronouns.contains(w.normalized)
    }

    /// A currency amount the parser glued onto a name ("Mallory $25,000": NM link to "$").
    private func trailingAmount(of noun: Int) -> Int? {
        sentence.linksRight(of: noun) { $0.major == "NM" }.map(\.right).first {
            let w = sentence.words[$0].normalized
            return Lexicon.currencySymbols.contains(w) || w.hasPrefix("$")
        }
    }

    /// not / n't / never / cannot on the verb, its auxiliaries or its conjunction,
    /// linked or left unlinked between the auxiliaries and the verb.
    private func isNegated(_ path: VerbPath) -> Bool {
        let chain = path.auxiliaries + sentence.idiom(of: path.verb)
        for word in chain {
            if Lexicon.isNegative(sentence.words[word].surface) { return true }
            for link in sentence.allLinks(of: word) where link.major != "O" && link.major != "_" {
                if Lexicon.isNegative(sentence.words[link.other(word)].surface) { return true }
            }
        }
        let first = chain.min()!, last = chain.max()!
        for word in first...last where sentence.isNull(word) {
            if Lexicon.isNegative(sentence.words[word].surface) { return true }
        }
        return false
    }

    private func wordSpan(_ word: Int) -> Span {
        let w = sentence.words[word]
        return Span(text: w.surface, range: w.range, head: w.surface)
    }

    /// The unlinked words right after `word` ("guilty" after "not").
    private func nullWordsSpan(after word: Int) -> Span? {
        var last = word
        while last + 1 < sentence.words.count, sentence.isNull(last + 1),
              sentence.words[last + 1].surface.contains(where: { $0.isLetter }) {
            last += 1
        }
        guard last > word else { return nil }
        let range = sentence.range(from: word + 1, to: last)
        return Span(text: sentence.text(range), range: range, head: sentence.words[last].surface)
    }
}
