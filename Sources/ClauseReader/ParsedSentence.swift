import CLinkGrammar

/// A word of a Link Grammar linkage, tied back to the input text.
struct ParsedWord {
    /// As Link Grammar prints it: "hosted.v-d", "Celtics[!<PL-CAPITALIZED-WORDS>]", "[guilty]".
    var parserText: String
    /// The input text the word covers ("Trump" even when the parser lower-cased it).
    var surface: String
    /// Character offsets in the input.
    var range: Range<Int>
    var isWall: Bool
    /// Link Grammar's part-of-speech tag: "v-d" in "hosted.v-d", "g" in "spying.g".
    var tag: String?

    var normalized: String { Lexicon.normalized(surface) }
    var isCapitalized: Bool { surface.first?.isUppercase ?? false }
    /// "v", "v-d", "w", "q-d": a verb reading. ("g" is a gerund.)
    var hasVerbSubscript: Bool {
        guard let s = tag?.first else { return false }
        return s == "v" || s == "w" || s == "q"
    }
    var isPastParticipleReading: Bool {
        guard let s = tag else { return false }
        return s.hasSuffix("-d") && hasVerbSubscript
    }
}

/// A link between two words; `left` < `right` are word indices.
struct ParsedLink {
    var label: String
    var major: String
    var left: Int
    var right: Int

    func other(_ word: Int) -> Int { word == left ? right : left }
}

/// The first linkage of a parse, copied out of Link Grammar into plain values,
/// with the neighbourhood queries the clause rules need.
struct ParsedSentence {
    let offsets: CharacterOffsets
    let words: [ParsedWord]
    let links: [ParsedLink]
    /// Indices into `links` of the links touching each word.
    private let incident: [[Int]]
    /// For each word, the words of its Link Grammar idiom ("according to"), itself included.
    private let idiomMembers: [[Int]]

    init(offsets: CharacterOffsets, words: [ParsedWord], links: [ParsedLink]) {
        self.offsets = offsets
        self.words = words
        self.links = links
        var incident = Array(repeating: [Int](), count: words.count)
        for (i, link) in links.enumerated() {
            incident[link.left].append(i)
            incident[link.right].append(i)
        }
        self.incident = incident
        // Idiom parts are joined by "_" links; group them by union-find.
        var parent = Array(words.indices)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        for link in links where link.major == "_" {
            parent[root(link.left)] = root(link.right)
        }
        var groups: [Int: [Int]] = [:]
        for w in words.indices { groups[root(w), default: []].append(w) }
        self.idiomMembers = words.indices.map { groups[root($0)]! }
    }

    // MARK: Neighbourhood

    /// Links on which `word` is the left end, optionally filtered.
    func linksRight(of word: Int, where accept: (ParsedLink) -> Bool = { _ in true }) -> [ParsedLink] {
        incident[word].map { links[$0] }.filter { $0.left == word && accept($0) }
    }

    /// Links on which `word` is the right end, optionally filtered.
    func linksLeft(of word: Int, where accept: (ParsedLink) -> Bool = { _ in true }) -> [ParsedLink] {
        incident[word].map { links[$0] }.filter { $0.right == word && accept($0) }
    }

    func allLinks(of word: Int) -> [ParsedLink] { incident[word].map { links[$0] } }

    /// A word the parser left unlinked (printed "[word]").
    func isNull(_ word: Int) -> Bool { incident[word].isEmpty && !words[word].isWall }

    func idiom(of word: Int) -> [Int] { idiomMembers[word] }

    /// Character range covering words `first...last` (inclusive word indices).
    func range(from first: Int, to last: Int) -> Range<Int> {
        words[first].range.lowerBound..<words[last].range.upperBound
    }

    func text(_ range: Range<Int>) -> String { offsets.text(range) }

    /// The left wall links to a main verb ("WV"), i.e. the parse is a clause.
    var hasMainVerb: Bool {
        links.contains { $0.major == "WV" && words[$0.left].isWall }
    }
}

extension ParsedSentence {
    /// Copies words and links out of a C linkage of `offsets.text`.
    init(linkage: Linkage, offsets: CharacterOffsets) {
        let wordCount = linkage_get_num_words(linkage)
        var words: [ParsedWord] = []
        words.reserveCapacity(wordCount)
        for i in 0..<wordCount {
            let printed = linkage_get_word(linkage, i).map { String(cString: $0) } ?? ""
            let start = Int(linkage_get_word_byte_start(linkage, i))
            let end = Int(linkage_get_word_byte_end(linkage, i))
            let range = offsets.characters(bytes: start, end)
            let isWall = printed == "LEFT-WALL" || printed == "RIGHT-WALL"
            words.append(ParsedWord(
                parserText: printed,
                surface: offsets.text(range),
                range: range,
                isWall: isWall,
                tag: Self.tag(of: printed)))
        }
        var links: [ParsedLink] = []
        let linkCount = linkage_get_num_links(linkage)
        links.reserveCapacity(linkCount)
        for i in 0..<linkCount {
            let label = linkage_get_link_label(linkage, i).map { String(cString: $0) } ?? ""
            let l = Int(linkage_get_link_lword(linkage, i))
            let r = Int(linkage_get_link_rword(linkage, i))
            guard l < wordCount, r < wordCount, l != r else { continue }
            links.append(ParsedLink(label: label, major: LinkLabel.major(label), left: min(l, r), right: max(l, r)))
        }
        self.init(offsets: offsets, words: words, links: links)
    }

    /// "hosted.v-d" -> "v-d"; "CIA[!<ALL-UPPER>].y" -> "y"; "Velázquez[!<...>]" -> nil.
    static func tag(of printed: String) -> String? {
        // Drop bracketed guesses such as "[!<NUMBERS>]" (and the brackets of null words).
        var plain = ""
        var depth = 0
        for ch in printed {
            if ch == "[" { depth += 1; continue }
            if ch == "]" { depth = max(0, depth - 1); continue }
            if depth == 0 { plain.append(ch) }
        }
        guard let dot = plain.lastIndex(of: "."), dot != plain.startIndex else { return nil }
        let suffix = plain[plain.index(after: dot)...]
        guard !suffix.isEmpty, suffix.allSatisfy({ $0.isLetter || $0 == "-" }),
              suffix.first?.isLowercase == true else { return nil }
        return String(suffix)
    }
}
