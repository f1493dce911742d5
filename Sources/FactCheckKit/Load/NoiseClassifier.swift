import ArticleExtraction

/// Recognises page furniture by its shape, place and vocabulary, line by line.
///
/// Rules are general rather than a list of strings seen in one site: short lines about
/// advertising, lines of bare digits, captions ending in a bracketed credit, prompts to
/// follow or subscribe, and everything after such a prompt near the end of the page.
enum NoiseClassifier {
    /// Classifies each line (1-based line → kind); lines not in the result are article text.
    static func classify(lines: [String], datelines: Set<Int>, bodyStart: Int) -> [Int: NoiseKind] {
        var kinds: [Int: NoiseKind] = [:]
        let nonBlank = lines.indices.filter { $0 + 1 >= bodyStart && !lines[$0].trimmingWhitespace().isEmpty }
        guard !nonBlank.isEmpty else { return kinds }
        let tailStart = nonBlank[nonBlank.count * 3 / 5]
        var trailerFrom: Int?
        for (rank, i) in nonBlank.enumerated() {
            let lineNo = i + 1
            if datelines.contains(lineNo) {
                kinds[lineNo] = .dateline
                continue
            }
            if let kind = lineKind(lines[i].trimmingWhitespace(), rank: rank) {
                kinds[lineNo] = kind
                let endsArticle: Set<NoiseKind> = [.socialPrompt, .relatedLinks, .sourceAttribution, .copyright]
                if trailerFrom == nil, i >= tailStart, endsArticle.contains(kind) { trailerFrom = lineNo }
            } else if let from = trailerFrom, lineNo > from {
                kinds[lineNo] = .trailer
            }
        }
        return kinds
    }

    static func lineKind(_ line: String, rank: Int) -> NoiseKind? {
        // Every rule but the caption's is about short lines (30 words at most): skip lowering a long paragraph.
        if line.utf8.count > 600 { return hasTrailingCredit(line) ? .photoCaption : nil }
        let lower = line.lowercased()
        let words = wordCount(lower)
        if !line.isEmpty, line.allSatisfy({ $0.isNumber || $0 == "-" || $0 == " " }), line.filter(\.isNumber).count >= 5 {
            return .numericIdentifier
        }
        if words <= 5, has(lower, "advertis") || ["sponsored", "sponsored content", "ad", "promoted"].contains(lower) {
            return .advertisement
        }
        if hasTrailingCredit(line) { return .photoCaption }
        if words <= 8, lower.hasPrefix("source:") || lower.hasPrefix("sources:") { return .sourceAttribution }
        if rank < 8, words <= 7, lower.hasPrefix("by "), line.dropFirst(3).first?.isUppercase == true { return .byline }
        if words <= 20, socialCues.contains(where: { has(lower, $0) }) { return .socialPrompt }
        if words <= 8, relatedCues.contains(where: { has(lower, $0) }) { return .relatedLinks }
        if words <= 4, lower.hasSuffix(":"), taxonomyLabels.contains(where: { lower.hasPrefix($0) }) { return .relatedLinks }
        // `Read more: <headline>` / `Related: …` link to another story, however long its headline.
        if words <= 30, leadInCues.contains(where: { lower.hasPrefix($0) }) { return .relatedLinks }
        if words <= 3, isShareCount(lower) { return .socialPrompt }
        if words <= 30, isRightsNotice(lower) { return .copyright }
        if words <= 30, isSiteNotice(lower) { return .siteNotice }
        if words <= 12, isReferenceLine(line) { return .citationLine }
        return nil
    }

    /// `Tags:`, `Themen:` — the start of a list of topic links.
    static let taxonomyLabels = ["tags", "topics", "themen", "schlagworte", "schlagwörter", "stichworte", "étiquettes", "etiquetas", "tag"]

    static let leadInCues = ["read more:", "read more ", "related:", "themen:", "schlagworte:", "tags:", "topics:", "related coverage:", "see also:", "more:", "watch:", "listen:", "also read:", "recommended:"]

    /// `Shares`, `1.2k shares`, `Share`, `348 Shares`.
    static func isShareCount(_ lower: String) -> Bool {
        let parts = lower.split(separator: " ")
        guard let last = parts.last, last == "shares" || last == "share" else { return false }
        return parts.dropLast().allSatisfy { $0.allSatisfy { $0.isNumber || $0 == "." || $0 == "," || $0 == "k" || $0 == "m" } }
    }

    /// `Your browser needs JavaScript to use this site`, `We use cookies to improve your experience`.
    static func isSiteNotice(_ lower: String) -> Bool {
        (has(lower, "javascript") && (has(lower, "enable") || has(lower, "browser") || has(lower, "activate") || has(lower, "turn on")))
            || (has(lower, "cookies") && (has(lower, "we use") || has(lower, "accept") || has(lower, "this site uses") || has(lower, "our use of")))
            || (has(lower, "browser") && (has(lower, "not supported") || has(lower, "upgrade your") || has(lower, "outdated")))
    }

    /// `© Thomson Reuters 2020`, `Copyright 2019 The Times`, `All rights reserved.`
    static func isRightsNotice(_ lower: String) -> Bool {
        lower.hasPrefix("©") || lower.hasPrefix("(c) ") || lower.hasPrefix("copyright ") || has(lower, "all rights reserved")
            || (has(lower, "©") && wordCount(lower) <= 12)
    }

    /// A bibliographic line: a journal's name, a volume, pages and a bracketed year — `Nature 574, 16-17 (2019)` —
    /// or a bare `doi:` line. Prose does not end in `(2019)` straight after a page range.
    static func isReferenceLine(_ line: String) -> Bool {
        let lower = line.lowercased()
        if lower.hasPrefix("doi:") || lower.hasPrefix("https://doi.org/") { return true }
        guard line.hasSuffix(")"), let open = line.lastIndex(of: "(") else { return false }
        let year = line[line.index(after: open)..<line.index(before: line.endIndex)]
        guard year.count == 4, year.allSatisfy(\.isNumber) else { return false }
        let before = line[..<open].trimmingWhitespace()
        // Volume, then pages: `574, 16-17` or `574:16–17`.
        let tokens = before.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ":" })
        guard tokens.count >= 3, let pages = tokens.last, let volume = tokens.dropLast().last else { return false }
        let isPages = pages.allSatisfy { $0.isNumber || $0 == "-" || $0 == "–" } && pages.contains(where: \.isNumber)
        return isPages && volume.allSatisfy(\.isNumber) && before.first?.isUppercase == true
    }

    /// Whitespace-separated words; on ASCII counted over bytes, since every line of every article comes here.
    static func wordCount(_ text: String) -> Int {
        guard TextUnits.isPlainASCII(text) else {
            var count = 0, inWord = false
            for scalar in text.unicodeScalars {
                // Unicode's property lookup is slow and every paragraph of every page comes here: the spaces pages use.
                let v = scalar.value
                let space = v < 0x80 ? ASCIIUnit(byte: UInt8(v)).isWhitespace : (v == 0xA0 || v == 0x3000 || (v >= 0x2000 && v <= 0x200A) || v == 0x202F)
                if !space && !inWord { count += 1 }
                inWord = !space
            }
            return count
        }
        var count = 0, inWord = false
        for byte in text.utf8 {
            let space = ASCIIUnit(byte: byte).isWhitespace
            if !space && !inWord { count += 1 }
            inWord = !space
        }
        return count
    }

    /// Substring test on UTF-8 bytes: every line of every article passes through here, and
    /// Foundation's `contains` (NSString underneath) was a sixth of the load time.
    static func has(_ text: String, _ needle: String) -> Bool { text.containsBytes(needle) }

    static let socialCues = ["follow us", "subscribe", "sign up for", "newsletter", "share this", "like us on", "join us on", "download our app",
                             "comment policy", "community guidelines", "comments are moderated", "post a comment", "leave a comment", "join the conversation"]
    /// Headings that open a list of other stories or an author's blurb, in the languages pages in the benchmark
    /// and in users' folders most often come in; a line is matched when it starts with one.
    static let relatedCues = ["more articles", "related articles", "related stories", "recommended for you", "read more", "you may also like",
                              "more stories", "also read", "about the author", "more on this", "more from",
                              "mehr zum thema", "lesen sie auch", "das könnte sie auch interessieren", "das könnte dich auch interessieren",
                              "über den autor", "über die autorin", "weiterlesen", "ähnliche beiträge", "empfehlungen aus der redaktion",
                              "weitere artikel", "mehr aus dem", "auch interessant", "mit freunden teilen",
                              "lire aussi", "à lire aussi", "sur le même sujet", "leer más", "lee también", "te puede interesar",
                              "leggi anche", "potrebbe interessarti", "czytaj też", "czytaj także", "zobacz też", "lees ook", "leia também"]
    static let creditWords = ["image", "photo", "photograph", "picture", "credit", "video", "illustration", "file photo", "getty", "reuters", "afp", "associated press", "shutterstock"]

    /// A line that ends in `(Image: …)` or `[Name/Agency]` is a caption or a bare credit.
    static func hasTrailingCredit(_ line: String) -> Bool {
        guard let last = line.last, last == ")" || last == "]" else { return false }
        let open: Character = last == ")" ? "(" : "["
        guard let o = line.lastIndex(of: open) else { return false }
        let inner = line[line.index(after: o)..<line.index(before: line.endIndex)].lowercased()
        guard inner.count <= 80, !inner.isEmpty else { return false }
        if inner.contains("/") { return true }
        return creditWords.contains { inner.hasPrefix($0) || inner.contains($0 + ":") }
    }
}
