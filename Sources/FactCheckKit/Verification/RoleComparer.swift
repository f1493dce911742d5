import ClauseReader
import Foundation

/// Who did what to whom, read by Link Grammar: "The Celtics hosted the Sixers" is not stated by a sentence in
/// which the Sixers host the Celtics, however many words they share. Asked only when the rules would otherwise
/// agree with an event-less claim, so a parse is paid for a handful of sentences per claim.
struct RoleComparer: SlotComparer {
    func compare(_ input: ComparisonInput) -> Finding? {
        guard let reader = ClauseParses.reader else { return nil }
        let claimClauses = ClauseParses.clauses(input.claim.text, reader)
        // Every clause of the evidence, read once for all the claim's clauses: its verb's concept and its roles.
        let read = input.evidence.flatMap { unit in
            ClauseParses.clauses(unit.text, reader).map { (verb: Self.concept($0.verb), word: $0.verb, roles: Roles($0, in: unit)) }
        }
        for c in claimClauses {
            let mine = Roles(c, in: input.claim)
            guard let verb = Self.concept(c.verb) else { continue }
            // (The same act however worded: "fired" is "dismissed".)
            let same = read.filter { $0.verb == verb || $0.verb.map { input.synonyms[verb]?.contains($0) ?? false } ?? false }.map(\.roles)
            // "supports the new tax and the stadium plan" against "supports the new tax and opposes the stadium plan": a
            // conjunct of the claim's object that the source gives another verb is not stated of this one.
            if !same.isEmpty, let object = mine.patient?.text, object.contains(" and ") {
                let conjuncts = object.components(separatedBy: " and ").flatMap { $0.components(separatedBy: ", ") }
                for part in conjuncts {
                    let words = Set(Topic.words(part)).subtracting(Lexicon.stopwords)
                    let holds = { (p: Participant?) in p.map { Set(Topic.words($0.text)).isSuperset(of: words) } ?? false }
                    guard !words.isEmpty, !same.contains(where: { holds($0.patient) }),
                          let other = read.first(where: { $0.verb != verb && holds($0.roles.patient) }) else { continue }
                    return .unstated(slot: .role, claim: "\(c.verb) \(part.trimmingCharacters(in: .whitespaces))",
                                     why: "the source says \(other.word) \(other.roles.patient!.text)")
                }
            }
            // The act befalls someone the claim's patient only possesses: "The mayor praised Anna Kerr's husband" is no
            // "The mayor praised Anna Kerr".
            if let patient = mine.patient, patient.isNamed, patient.namesItsHead,
               !same.contains(where: { $0.patient.map { patient.sameReferent($0, asDoer: false) } ?? false }),
               let r = same.first(where: { $0.patient?.isPossessed(by: patient, asDoer: false) == true }) {
                return .unstated(slot: .role, claim: "\(c.verb) \(patient.text)", why: "the source says \(c.verb) \(r.patient!.text)")
            }
            // A passive claim without its doer ("Ellen Park was appointed police chief"): the source's act of that verb
            // must befall the claim's patient, not be done by it to someone else ("Ellen Park appointed Tom Ruiz").
            // (A passive the claim writes with "was" or "were" before the verb, not one the parse supposed; and a source's
            // patient that is a thing or a name, not a date: "was played on February 6, 2011".)
            guard let doer = mine.doer else {
                let writtenPassive = Self.passiveAuxiliaries.contains(input.claim.text.prefix(c.verbRange.lowerBound)
                    .split(separator: " ").last.map { $0.lowercased() } ?? "")
                if writtenPassive, let patient = mine.patient, patient.isNamed, !same.isEmpty,
                   !same.contains(where: { $0.patient.map(patient.sameReferent) ?? true }),
                   let r = same.first(where: { r in r.doer.map(patient.sameReferent) == true
                       && r.patient.map { !patient.sameReferent($0) && !$0.text.contains(where: \.isNumber) } == true }) {
                    return .unstated(slot: .role, claim: "\(patient.text) \(c.verb)", why: "the source says \(r.doer!.text) \(c.verb) \(r.patient!.text)")
                }
                continue
            }
            // Any clause of the source with the claim's doer states it as the claim does.
            if same.isEmpty || same.contains(where: { $0.doer.map(doer.sameReferent) ?? false }) { continue }
            // Reversed: the claim's doer undergoes the act in the source, at the hands of the claim's patient. Not an act
            // both sides do to each other ("met", "drew 1-1 against"), nor another count ("scored three goals against Burnley,
            // who scored once" tells nothing against "Burnley scored one goal against Leeds").
            if let patient = mine.patient, !Lexicon.symmetricActs.contains(verb),
               let r = same.first(where: { r in r.patient.map(doer.sameReferent) == true && r.doer.map(patient.sameReferent) == true
                   && (mine.countedObject == nil || r.countedObject == nil || mine.countedObject == r.countedObject) }) {
                return .conflict(slot: .role, claim: mine.telling(c.verb), evidence: r.telling(c.verb))
            }
            // The act is done by someone the claim's doer only possesses: "Mark Pell's brother founded the company" is
            // no "Mark Pell founded the company".
            if let r = same.first(where: { $0.doer.map { $0.isPossessed(by: doer) } == true }) {
                return .unstated(slot: .role, claim: "\(doer.text) \(c.verb)", why: "the source says \(r.doer!.text) did")
            }
            // Another named doer of the same act (the source's act is someone else's).
            // ("an American basketball player who plays for …" names no one: "American" only describes the player.)
            if doer.isNamed, let r = same.first(where: { r in r.doer?.namesItsHead == true }) {
                return .unstated(slot: .role, claim: "\(doer.text) \(c.verb)", why: "the source says \(r.doer!.text) did")
            }
            // The claim's doer does another act in the sentence (so the parse placed it, and not here), and this act
            // has another doer there: "The stadium, designed by Zaha Hadid, hosted the final" is no "Zaha Hadid hosted
            // the final". (Not a pronoun, which may stand for the claim's doer.)
            if doer.isNamed, same.allSatisfy({ $0.doer != nil }),
               read.contains(where: { $0.verb != verb && $0.roles.doer.map { $0.isNamed && doer.sameReferent($0) } == true }),
               let r = same.first(where: { r in !Self.pronouns.contains(r.doer!.head) && r.doer!.names.isEmpty && r.mentions(doer)
                   // A thing or a body ("the stadium", "regulators"), not a number the parse took for one ("mother of two now living").
                   && WordNet.shared.isMostlyNoun(r.doer!.head) && QuantityParser.numberWords[r.doer!.head] == nil
                   // A whole noun phrase, opened by its determiner ("the stadium"), not a bare word a misparse made the subject.
                   && QuantityAttribute.determiners.contains(r.doer!.text.split(separator: " ").first.map { $0.lowercased() } ?? "")
                   && !r.doer!.appositives.contains { e in doer.names.contains { $0.corefers(with: e) } } }) {
                return .unstated(slot: .role, claim: "\(doer.text) \(c.verb)", why: "the source says \(r.doer!.text) did")
            }
        }
        return nil
    }

    /// The verb's concept (stem, through the thesaurus), so "hosted" meets "host" and "hosts".
    static func concept(_ verb: String) -> String? {
        let word = verb.lowercased().split(separator: " ").first.map(String.init) ?? ""
        guard word.count > 2, !Lexicon.stopwords.contains(word) else { return nil }
        return Thesaurus.concept(Stemmer.shared.stem(word))
    }

    static let passiveAuxiliaries: Set<String> = ["was", "were", "is", "are", "been", "be", "being", "got", "get", "gets"]

    static let pronouns: Set<String> = ["he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "him", "her", "them"]

    /// The doer and the patient of a clause, each with the names the analysis found in its span.
    struct Roles {
        var doer: Participant?
        var patient: Participant?
        /// The preposition before the patient, when it is not the verb's object ("against" in "won against Chelsea").
        var patientPreposition: String?
        /// The counted object the patient after "against" or "to" stands in for ("2-1", "three goals").
        var countedObject: String?
        /// The names of the whole sentence the clause stands in.
        var sentenceNames: [EntityMention] = []

        /// Whether the sentence names `p` (the claim's participant) anywhere.
        func mentions(_ p: Participant) -> Bool {
            sentenceNames.contains { e in p.names.contains { $0.corefers(with: e) } }
        }

        /// Who did what to whom, as a reason prints it: "Arsenal won against Chelsea".
        func telling(_ verb: String) -> String {
            [doer?.text, verb, patientPreposition, patient?.text].compactMap { $0 }.joined(separator: " ")
        }

        init(_ c: Clause, in a: TextAnalysis) {
            sentenceNames = a.entities
            let text = NamedText(a)
            let subject = c.subject.map { Participant($0, text) }
            if c.passive {
                doer = c.agent.map { Participant($0, text) }
                patient = subject
            } else {
                doer = subject
                // A figure as the object is what was won or paid, not whom it was against or to: "won 2-1 against
                // Arsenal", "paid $5,000 to Ann Lee".
                let phrase = c.prepositions.first { ["to", "against"].contains($0.preposition.lowercased()) }
                let toward = phrase.map { Participant($0.object, text) }
                let object = c.object.map { Participant($0, text) }
                let counted = { (p: Participant) in p.text.split(separator: " ").contains { w in w.contains(where: \.isNumber) || QuantityParser.numberWords[w.lowercased()] != nil } }
                if let o = object, !o.isNamed, counted(o), let t = toward, t.isNamed {
                    (patient, countedObject) = (t, o.text.lowercased())
                } else {
                    patient = object ?? toward
                }
                // (Told only where the patient is the phrase's, not the verb's object.)
                if countedObject != nil || object == nil && toward != nil { patientPreposition = phrase?.preposition.lowercased() }
            }
        }
    }

    /// A sentence's characters and the character span of each of its names, worked out once for all its phrases.
    struct NamedText {
        let chars: [Character]
        let names: [(name: EntityMention, range: Range<Int>)]
        /// Names written as owners ("Pell's", "the Celtics'").
        let owners: Set<EntityMention>

        init(_ a: TextAnalysis) {
            chars = Array(a.text)
            names = a.entities.compactMap { e in
                guard e.tokenRange.lowerBound < a.tokens.count, e.tokenRange.upperBound <= a.tokens.count, !e.tokenRange.isEmpty else { return nil }
                return (e, a.tokens[e.tokenRange.lowerBound].start..<a.tokens[e.tokenRange.upperBound - 1].end)
            }
            owners = Set(a.entities.filter { $0.ownerEnd(in: a.tokens) != nil })
        }
    }

    struct Participant {
        let text: String
        let head: String
        let names: [EntityMention]
        /// Names set beside the phrase by a comma ("a former diplomat, Candace Marie Claiborne,"): the same one.
        let appositives: [EntityMention]
        /// Names in the phrase that own its head ("Mark Pell" in "Mark Pell's brother").
        let possessors: [EntityMention]

        init(_ span: Span, _ t: NamedText) {
            text = span.text
            head = span.head.lowercased()
            let inside = t.names.filter { $0.range.lowerBound < span.range.upperBound && span.range.lowerBound < $0.range.upperBound }
            names = inside.map(\.name)
            // (An owner ends before the phrase does: "Mark Pell's brother", not a subject that is only "Pell's".)
            possessors = inside.filter { t.owners.contains($0.name) && $0.range.upperBound < span.range.upperBound - 2 }.map(\.name)
            appositives = t.names.filter { n in
                let between = n.range.lowerBound >= span.range.upperBound ? String(t.chars[span.range.upperBound..<min(n.range.lowerBound, t.chars.count)])
                    : n.range.upperBound <= span.range.lowerBound ? String(t.chars[min(n.range.upperBound, span.range.lowerBound)..<span.range.lowerBound]) : "x"
                return between.trimmingCharacters(in: .whitespaces) == ","
            }.map(\.name)
        }

        var isNamed: Bool { !names.isEmpty }

        /// Whether the phrase's head word is one of its names ("Mallory", "the Celtics") or a pronoun resolved to one,
        /// not a common noun a name describes.
        var namesItsHead: Bool {
            let headWords = Topic.words(head)
            return names.contains { name in name.resolvedFrom == head || !headWords.isEmpty && Set(Topic.words(name.text)).isSuperset(of: headWords) }
        }

        /// Whether this phrase is someone or something `owner` only possesses: "Mark Pell's brother" of "Mark Pell".
        /// As a doer, one who acts for the owner ("Mark Pell's lawyers") speaks for him; as a patient no one does.
        func isPossessed(by owner: Participant, asDoer: Bool = true) -> Bool {
            guard owner.namesItsHead, !namesItsHead, !(asDoer && Lexicon.actsForOwner.contains(head)) else { return false }
            let shared = names.filter { n in owner.names.contains { $0.corefers(with: n) } }
            // (Not an organisation's, which its people act for; as an act's object, "Tesla's insurance unit", one too.)
            return !shared.isEmpty && shared.allSatisfy { n in (n.kind != .organisation || !asDoer) && possessors.contains { $0 == n } }
        }

        func sameReferent(_ other: Participant) -> Bool { sameReferent(other, asDoer: true) }

        func sameReferent(_ other: Participant, asDoer: Bool) -> Bool {
            if isPossessed(by: other, asDoer: asDoer) || other.isPossessed(by: self, asDoer: asDoer) { return false }
            if !names.isEmpty, !other.names.isEmpty {
                return names.contains { n in other.names.contains { n.corefers(with: $0) } }
            }
            return head == other.head
        }
    }
}

/// Link Grammar's reader, loaded once, and the clauses of sentences already parsed (claims repeat, candidates recur).
enum ClauseParses {
    static let reader: ClauseReader? = try? ClauseReader()
    private static let cache = ParseCache()

    static func clauses(_ text: String, _ reader: ClauseReader) -> [Clause] {
        if let hit = cache.get(text) { return hit }
        let parsed = text.count > 600 ? [] : reader.clauses(in: text)
        cache.put(text, parsed)
        return parsed
    }

    /// A bounded map from sentence to clauses, shared by the threads that check claims.
    final class ParseCache: @unchecked Sendable {
        private let lock = NSLock()
        private var entries: [String: [Clause]] = [:]
        static let capacity = 20_000

        func get(_ key: String) -> [Clause]? {
            lock.lock(); defer { lock.unlock() }
            return entries[key]
        }

        func put(_ key: String, _ value: [Clause]) {
            lock.lock(); defer { lock.unlock() }
            if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = value
        }
    }
}
