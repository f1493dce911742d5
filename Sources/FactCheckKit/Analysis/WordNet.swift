import Foundation

/// WordNet 3.0 read straight from Debian's `wordnet-base` files, lazily: the sorted index files are
/// binary-searched and data lines are read at their byte offsets, so nothing is loaded up front and the
/// shell starts as fast without it. Only first senses are used — the most frequent meaning — so a
/// claim's "serve" does not match every rare sense of it.
final class WordNet: @unchecked Sendable {
    enum POS: String, CaseIterable { case noun, verb, adj, adv }

    static let shared = WordNet(folder: "/usr/share/wordnet")

    private let folder: String
    private var index: [POS: Data] = [:]
    private var data: [POS: Data] = [:]
    private var exceptions: [String: String] = [:]
    /// Irregular verb forms ("found", "led", "won"): a past tense is never a noun a name describes.
    private var irregularVerbForms: Set<String> = []
    private var loaded = false
    private var memo: [String: (synonyms: Set<String>, antonyms: Set<String>)] = [:]
    private var senseMemo: [String: Int] = [:]
    private let lock = NSLock()

    init(folder: String) { self.folder = folder }

    /// Whether the data files are installed (they are optional: without them the domain lexicon still works).
    var isAvailable: Bool {
        lock.lock()
        defer { lock.unlock() }
        load()
        return !index.isEmpty
    }

    /// First-sense synonyms and antonyms of a word (lower case), over nouns, verbs and adjectives. The synonyms
    /// include the word's derivationally related forms in that sense ("died" ~ "death", "married" ~ "marriage"):
    /// a sentence may tell the same fact with the noun.
    func relations(of word: String) -> (synonyms: Set<String>, antonyms: Set<String>) {
        lock.lock()
        defer { lock.unlock() }
        if let hit = memo[word] { return hit }
        load()
        var synonyms: Set<String> = [], antonyms: Set<String> = []
        for pos in [POS.noun, .verb, .adj] {
            for candidate in forms(word, pos) {
                guard let offset = firstSense(candidate, pos), let entry = synset(at: offset, pos) else { continue }
                synonyms.formUnion(entry.words)
                for (target, targetPOS) in entry.antonyms {
                    if let other = synset(at: target, targetPOS) { antonyms.formUnion(other.words) }
                }
                // Only the pointers of this very word (its position in the synset), to the target's one word.
                let position = (entry.words.firstIndex(of: candidate) ?? -1) + 1
                // Nouns only, and not the doer ("killer", "owner"): "elected" is no "eligible", "killed" no "killer".
                for (source, target, targetPOS, targetWord) in entry.derivations where source == position && targetPOS == .noun {
                    if let other = synset(at: target, targetPOS), targetWord >= 1, targetWord <= other.words.count {
                        let derived = other.words[targetWord - 1]
                        if !["er", "or", "ee", "ant", "ist"].contains(where: { derived.hasSuffix($0) }) { synonyms.insert(derived) }
                    }
                }
                break
            }
        }
        synonyms.remove(word)
        let result = (synonyms, antonyms)
        if memo.count < 50_000 { memo[word] = result }
        return result
    }

    /// Whether a word (lower case, any inflection) has a sense of this part of speech.
    func isA(_ word: String, _ pos: POS) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        load()
        return forms(word, pos).contains { firstSense($0, pos) != nil }
    }

    /// Whether the word as written (lower case, not an inflection of another) is one of WordNet's nouns: "jones" is,
    /// "critics" is not.
    func isNounLemma(_ word: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        load()
        return firstSense(word, .noun) != nil
    }

    /// How many senses WordNet gives `word` as `pos` (0 when it has none): which part of speech a word mostly is.
    func senseCount(_ word: String, _ pos: POS) -> Int {
        lock.lock()
        defer { lock.unlock() }
        // Asked for every capitalised word that opens a sentence, across the whole corpus: remember the answers.
        let key = "\(pos.rawValue):\(word)"
        if let hit = senseMemo[key] { return hit }
        load()
        let count = forms(word, pos).lazy.compactMap { self.indexLine($0, pos)?.senses }.first ?? 0
        if senseMemo.count < 200_000 { senseMemo[key] = count }
        return count
    }

    /// Whether `word` is an irregular form of a verb ("found" of "find" and "found", "led" of "lead").
    func isIrregularVerbForm(_ word: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        load()
        return irregularVerbForms.contains(word)
    }

    /// A word that is a noun above all: more noun senses than verb, adjective or adverb senses ("battery", "phone",
    /// "experts"; not "said", "cold", "above").
    func isMostlyNoun(_ word: String) -> Bool {
        let noun = senseCount(word, .noun)
        return noun > 0 && [POS.verb, .adj, .adv].allSatisfy { senseCount(word, $0) < noun }
    }

    private func load() {
        guard !loaded else { return }
        loaded = true
        for pos in POS.allCases {
            guard let i = try? Data(contentsOf: URL(fileURLWithPath: "\(folder)/index.\(pos.rawValue)"), options: .alwaysMapped),
                  let d = try? Data(contentsOf: URL(fileURLWithPath: "\(folder)/data.\(pos.rawValue)"), options: .alwaysMapped) else { continue }
            index[pos] = i
            data[pos] = d
            // Irregular forms (spoke → speak, men → man): small files, read whole.
            if let exc = try? String(contentsOfFile: "\(folder)/\(pos.rawValue).exc", encoding: .utf8) {
                for line in exc.split(separator: "\n") {
                    let parts = line.split(separator: " ")
                    if parts.count >= 2, exceptions[String(parts[0])] == nil { exceptions[String(parts[0])] = String(parts[1]) }
                    if parts.count >= 2, pos == .verb { irregularVerbForms.insert(String(parts[0])) }
                }
            }
        }
    }

    /// The forms of `word` to look up as `pos`, in order: its irregular base (spoke → speak), itself, its regular base.
    private func forms(_ word: String, _ pos: POS) -> [String] {
        [exceptions[word] ?? word, word, baseForm(word, pos)].compactMap { $0 }
    }

    /// Regular inflections WordNet's own morphy strips: -ies, -s, -es, -ed, -ing.
    private func baseForm(_ w: String, _ pos: POS) -> String? {
        // "recoveries", "fatalities", "denies": -ies is -y.
        if w.hasSuffix("ies"), w.count > 4, pos != .adj, firstSense(String(w.dropLast(3)) + "y", pos) != nil { return String(w.dropLast(3)) + "y" }
        // "died", "tied": a four-letter -ed form whose lemma ends in e (a shorter stem would be an abbreviation: "us", "ti").
        if w.count == 4, w.hasSuffix("ed"), pos == .verb, firstSense(String(w.dropLast()), pos) != nil { return String(w.dropLast()) }
        for suffix in ["ing", "ed", "es", "s"] where w.hasSuffix(suffix) && w.count > suffix.count + 2 {
            let stem = String(w.dropLast(suffix.count))
            if firstSense(stem, pos) != nil { return stem }
            if suffix == "ed" || suffix == "ing", firstSense(stem + "e", pos) != nil { return stem + "e" }
        }
        return nil
    }

    /// Every noun sense of `lemma` as written (lower case, spaces or underscores), most frequent first: synset
    /// offsets for `nounPointers(from:_:)`.
    func nounSenses(_ lemma: String) -> [Int] {
        lock.lock()
        defer { lock.unlock() }
        load()
        return indexLine(lemma, .noun)?.offsets ?? []
    }

    /// The noun synsets the noun synset at `offset` points to with `symbol` ("@" hypernym, "@i" instance of,
    /// "#p" part of).
    func nounPointers(from offset: Int, _ symbol: String) -> [Int] {
        lock.lock()
        defer { lock.unlock() }
        load()
        return record(at: offset, .noun)?.pointers.filter { $0.symbol == symbol && $0.pos == .noun }.map(\.target) ?? []
    }

    /// The words of the noun synset at `offset`, lower-cased, spaces for underscores, its head word first.
    func nounWords(at offset: Int) -> [String] {
        lock.lock()
        defer { lock.unlock() }
        load()
        return record(at: offset, .noun)?.words ?? []
    }

    /// Binary search of the sorted index file for `lemma`; returns its first synset offset.
    private func firstSense(_ lemma: String, _ pos: POS) -> Int? { indexLine(lemma, pos)?.offsets.first }

    /// The index line of `lemma`: its number of senses and its synset offsets.
    private func indexLine(_ lemma: String, _ pos: POS) -> (senses: Int, offsets: [Int])? {
        guard let file = index[pos], !lemma.isEmpty else { return nil }
        let key = Array(lemma.replacingOccurrences(of: " ", with: "_").utf8)
        return file.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> (senses: Int, offsets: [Int])? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var lo = 0, hi = bytes.count
            while lo < hi {
                let mid = (lo + hi) / 2
                var start = mid
                while start > 0 && bytes[start - 1] != 0x0A { start -= 1 }
                var end = start
                while end < bytes.count && bytes[end] != 0x20 && bytes[end] != 0x0A { end += 1 }
                // License lines start with spaces and sort first.
                let word = bytes[start..<end]
                let order = bytes[start] == 0x20 ? -1 : compare(word, key)
                if order == 0 {
                    var lineEnd = end
                    while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                    let fields = String(decoding: bytes[start..<lineEnd], as: UTF8.self).split(separator: " ")
                    // lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offset…
                    guard fields.count > 4, let senses = Int(fields[2]), let pCount = Int(fields[3]), fields.count > 6 + pCount,
                          Int(fields[6 + pCount]) != nil else { return nil }
                    return (senses, fields[(6 + pCount)...].compactMap { Int($0) })
                }
                if order < 0 {
                    var next = end
                    while next < bytes.count && bytes[next] != 0x0A { next += 1 }
                    lo = next + 1
                } else {
                    hi = start
                }
            }
            return nil
        }
    }

    private func compare(_ a: Slice<UnsafeBufferPointer<UInt8>>, _ b: [UInt8]) -> Int {
        var i = a.startIndex, j = 0
        while i < a.endIndex && j < b.count {
            if a[i] != b[j] { return a[i] < b[j] ? -1 : 1 }
            i += 1
            j += 1
        }
        return (i == a.endIndex ? 0 : 1) - (j == b.count ? 0 : 1)
    }

    /// The words of the synset at `offset`, its antonym pointers, and its derivation pointers (source word, target
    /// offset, target part of speech, target word; words counted from 1).
    private func synset(at offset: Int, _ pos: POS) -> (words: [String], antonyms: [(Int, POS)], derivations: [(Int, Int, POS, Int)])? {
        guard let entry = record(at: offset, pos) else { return nil }
        let antonyms = entry.pointers.filter { $0.symbol == "!" }.map { ($0.target, $0.pos) }
        let derivations = entry.pointers.filter { $0.symbol == "+" }.map { ($0.sourceTarget >> 8, $0.target, $0.pos, $0.sourceTarget & 0xFF) }
        return (entry.words, antonyms, derivations)
    }

    /// One line of a data file: the synset's words and its pointers (symbol, target offset and part of speech,
    /// source/target word numbers as one hex number).
    private func record(at offset: Int, _ pos: POS) -> (words: [String], pointers: [(symbol: Substring, target: Int, pos: POS, sourceTarget: Int)])? {
        guard let file = data[pos], offset < file.count else { return nil }
        var end = offset
        while end < file.count && file[end] != 0x0A { end += 1 }
        let fields = String(decoding: file[offset..<end], as: UTF8.self).split(separator: " ")
        // offset lex_filenum ss_type w_cnt(hex) [word lex_id]… p_cnt [symbol offset pos source/target]…
        guard fields.count > 4, let wCount = Int(fields[3], radix: 16) else { return nil }
        var words: [String] = []
        for k in 0..<wCount where 4 + 2 * k < fields.count {
            var w = String(fields[4 + 2 * k]).lowercased().replacingOccurrences(of: "_", with: " ")
            if let paren = w.firstIndex(of: "(") { w = String(w[..<paren]) }
            words.append(w)
        }
        let p = 4 + 2 * wCount
        guard p < fields.count, let pCount = Int(fields[p]) else { return (words, []) }
        var pointers: [(symbol: Substring, target: Int, pos: POS, sourceTarget: Int)] = []
        for k in 0..<pCount where p + 4 * k + 4 < fields.count {
            let base = p + 1 + 4 * k
            guard let target = Int(fields[base + 1]), let targetPOS = ["n": POS.noun, "v": .verb, "a": .adj, "s": .adj][String(fields[base + 2])],
                  let st = Int(fields[base + 3].prefix(4), radix: 16) else { continue }
            pointers.append((fields[base], target, targetPOS, st))
        }
        return (words, pointers)
    }
}
