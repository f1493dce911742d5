import CLinkGrammar

/// Reads English sentences into clauses with CMU Link Grammar.
///
/// Thread safety: the English dictionary is loaded once and shared; Link Grammar
/// only reads a file-backed dictionary while parsing (its own multi-thread test
/// shares one dictionary between threads). Everything a parse writes to, the
/// `Parse_Options`, `Sentence` and `Linkage`, is created per call, and spelling
/// guesses (hunspell, not thread-safe) are switched off. So `clauses(in:)` may be
/// called from several threads at once without a lock.
public final class ClauseReader: @unchecked Sendable {
    /// Parser limits.
    public struct Options: Sendable, Hashable {
        /// Give up on a sentence after this many seconds (Link Grammar counts whole seconds).
        public var maxParseSeconds: Int
        /// How many linkages Link Grammar extracts and ranks. Above this it ranks a
        /// random sample, so the first linkage can differ from the true best.
        public var linkageLimit: Int
        /// How many words the parser may leave unlinked to get a parse.
        public var maxNullCount: Int
        /// Longer sentences (in whitespace-separated words) are not parsed at all.
        public var maxWords: Int

        public init(maxParseSeconds: Int = 1, linkageLimit: Int = 100, maxNullCount: Int = 4, maxWords: Int = 70) {
            self.maxParseSeconds = maxParseSeconds
            self.linkageLimit = linkageLimit
            self.maxNullCount = maxNullCount
            self.maxWords = maxWords
        }
    }

    public let options: Options
    /// How many of Link Grammar's best linkages are checked for a main verb.
    static let linkagesConsidered = 8
    private let dictionary: Dictionary

    /// Loads the English dictionary (about 0.3 s). Throws
    /// `ClauseReaderError.dictionaryMissing` when it is not installed.
    public convenience init() throws {
        try self.init(options: Options())
    }

    public init(options: Options) throws {
        self.options = options
        // Link Grammar reports locale and dictionary notes through its error
        // handler (per thread); keep them off stderr while loading.
        let previous = lg_error_set_handler({ _, _ in }, nil)
        defer { _ = lg_error_set_handler(previous, nil) }
        guard let dictionary = dictionary_create_lang("en") else {
            throw ClauseReaderError.dictionaryMissing
        }
        self.dictionary = dictionary
    }

    deinit {
        dictionary_delete(dictionary)
    }

    /// The clauses of one sentence, ordered by verb position. Empty when the
    /// sentence does not parse within the limits.
    public func clauses(in sentence: String) -> [Clause] {
        guard let parsed = parse(sentence) else { return [] }
        return ClauseBuilder(sentence: parsed).clauses()
    }

    /// The first linkage of `text`, copied into Swift values.
    func parse(_ text: String) -> ParsedSentence? {
        let wordCount = text.split(whereSeparator: { $0.isWhitespace }).count
        guard wordCount > 0, wordCount <= options.maxWords, !text.utf8.contains(0) else { return nil }
        // Link Grammar's messages ("No complete linkages found", "Combinatorial explosion") go to a per-thread
        // handler: silence them on whichever thread parses, so a terminal or a report never shows them.
        let previous = lg_error_set_handler({ _, _ in }, nil)
        defer { _ = lg_error_set_handler(previous, nil) }
        guard let parseOptions = parse_options_create() else { return nil }
        defer { parse_options_delete(parseOptions) }
        parse_options_set_verbosity(parseOptions, 0)
        parse_options_set_spell_guess(parseOptions, 0)
        parse_options_set_max_parse_time(parseOptions, Int32(clamping: max(1, options.maxParseSeconds)))
        parse_options_set_linkage_limit(parseOptions, Int32(clamping: max(1, options.linkageLimit)))
        parse_options_set_min_null_count(parseOptions, 0)
        parse_options_set_max_null_count(parseOptions, Int32(clamping: max(0, options.maxNullCount)))
        parse_options_set_islands_ok(parseOptions, false)

        let offsets = CharacterOffsets(text)
        return ParserInput.prepared(text).withCString { cText -> ParsedSentence? in
            guard let sentence = sentence_create(cText, dictionary) else { return nil }
            defer { sentence_delete(sentence) }
            let found = Int(sentence_parse(sentence, parseOptions))
            guard found > 0 else { return nil }
            // Link Grammar ranks by cost; among its top few, prefer the first
            // linkage with a main verb ("WV" from the left wall) over readings
            // of the whole sentence as a noun phrase ("Trump and Biden [who were] met").
            var fallback: ParsedSentence?
            for index in 0..<min(found, Self.linkagesConsidered) {
                guard let linkage = linkage_create(index, sentence, parseOptions) else { continue }
                defer { linkage_delete(linkage) }
                let parsed = ParsedSentence(linkage: linkage, offsets: offsets)
                if parsed.hasMainVerb { return parsed }
                if fallback == nil { fallback = parsed }
            }
            return fallback
        }
    }
}

extension ClauseReader {
    /// Debugging aid: the first linkage's links, one "Label(left, right)" each,
    /// with Link Grammar's own word spellings ("hosted.v-d").
    public func linkDescription(of sentence: String) -> String {
        guard let parsed = parse(sentence) else { return "(no parse)" }
        return parsed.links.map {
            "\($0.label)(\(parsed.words[$0.left].parserText), \(parsed.words[$0.right].parserText))"
        }.joined(separator: " ")
    }
}
