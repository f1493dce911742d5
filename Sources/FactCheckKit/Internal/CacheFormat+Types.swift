import ArticleExtraction
/// How each analysed value is laid out in the cache. Fields are written and read in declaration order;
/// `MatcherCache.formatVersion` changes whenever this layout does.
extension CacheWriter {
    mutating func range(_ r: Range<Int>) {
        int(r.lowerBound)
        int(r.count)
    }

    mutating func enumCase<E: CaseIterable & Equatable>(_ e: E) { int(E.allCases.distance(from: E.allCases.startIndex, to: E.allCases.firstIndex(of: e)!)) }
}

extension CacheReader {
    mutating func range() throws -> Range<Int> {
        let lo = try int(), n = try int()
        let (hi, overflow) = lo.addingReportingOverflow(n)
        guard lo >= 0, n >= 0, !overflow else { throw CacheCorrupt() }
        return lo..<hi
    }

    mutating func enumCase<E: CaseIterable>() throws -> E {
        let i = try int()
        guard i >= 0, i < E.allCases.count else { throw CacheCorrupt() }
        return E.allCases[E.allCases.index(E.allCases.startIndex, offsetBy: i)]
    }

    mutating func raw<E: RawRepresentable>() throws -> E where E.RawValue == String {
        guard let e = E(rawValue: try string()) else { throw CacheCorrupt() }
        return e
    }
}

extension Token: CacheCodable {
    func write(to w: inout CacheWriter) {
        w.string(text); w.string(lower); w.enumCase(kind); w.range(start..<end)
        w.int((spaceBefore ? 1 : 0) | (isPossessive ? 2 : 0))
    }

    init(from r: inout CacheReader) throws {
        let text = try r.string(), lower = try r.string(), kind: Kind = try r.enumCase(), span = try r.range(), flags = try r.int()
        self.init(text: text, lower: lower, kind: kind, start: span.lowerBound, end: span.upperBound, spaceBefore: flags & 1 != 0, isPossessive: flags & 2 != 0)
    }
}

extension EntityMention: CacheCodable {
    func write(to w: inout CacheWriter) {
        w.string(key); w.enumCase(kind); w.string(text); w.range(tokenRange); w.strings(givenNames)
        w.optional(resolvedFrom) { $0.string($1) }
    }

    init(from r: inout CacheReader) throws {
        self.init(key: try r.string(), kind: try r.enumCase(), text: try r.string(), tokenRange: try r.range(),
                  givenNames: try r.strings(), resolvedFrom: try r.optional { try $0.string() })
    }
}

extension Quantity: CacheCodable {
    func write(to w: inout CacheWriter) {
        w.string(kind.rawValue); w.double(value); w.double(low); w.double(high)
        w.optional(currency) { $0.string($1) }
        w.string(text); w.range(tokenRange)
        w.optional(qualifier) { $0.string($1) }
        w.optional(unit) { $0.string($1) }
        w.optional(rate) { $0.string($1) }
        w.optional(whole) { $0.double($1) }
        w.optional(spelledUnit) { $0.string($1) }
        w.optional(outcome) { $0.string($1) }
    }

    init(from r: inout CacheReader) throws {
        self.init(kind: try r.raw(), value: try r.double(), low: try r.double(), high: try r.double(),
                  currency: try r.optional { try $0.string() }, text: try r.string(), tokenRange: try r.range(),
                  qualifier: try r.optional { try $0.string() }, unit: try r.optional { try $0.string() }, rate: try r.optional { try $0.string() },
                  whole: try r.optional { try $0.double() }, spelledUnit: try r.optional { try $0.string() }, outcome: try r.optional { try $0.string() })
    }
}

extension DateMention: CacheCodable {
    func write(to w: inout CacheWriter) {
        w.range(tokenRange); w.string(text)
        w.optional(days) { $0.int($1.lowerBound); $0.int($1.upperBound) }
        w.optional(monthDay) { w, md in w.int(md.month); w.optional(md.day) { $0.int($1) } }
        w.bool(isEnumeration)
        w.optional(resolution) { $0.string($1) }
    }

    init(from r: inout CacheReader) throws {
        let range = try r.range(), text = try r.string()
        let days = try r.optional { r -> ClosedRange<Int> in
            let lo = try r.int(), hi = try r.int()
            guard lo <= hi else { throw CacheCorrupt() }
            return lo...hi
        }
        let monthDay = try r.optional { MonthDay(month: try $0.int(), day: try $0.optional { try $0.int() }) }
        self.init(tokenRange: range, text: text, days: days, monthDay: monthDay, isEnumeration: try r.bool(),
                  resolution: try r.optional { try $0.string() })
    }
}

extension EventMention: CacheCodable {
    func write(to w: inout CacheWriter) {
        w.string(type.rawValue); w.int(trigger); w.string(word)
        w.optional(actor) { $1.write(to: &$0) }
        w.optional(undergoer) { $1.write(to: &$0) }
        w.optional(negation) { $0.string($1) }
        w.optional(hedge) { $0.string($1) }
    }

    init(from r: inout CacheReader) throws {
        self.init(type: try r.raw(), trigger: try r.int(), word: try r.string(),
                  actor: try r.optional { try EntityMention(from: &$0) }, undergoer: try r.optional { try EntityMention(from: &$0) },
                  negation: try r.optional { try $0.string() }, hedge: try r.optional { try $0.string() })
    }
}

extension TextAnalysis: CacheCodable {
    func write(to w: inout CacheWriter) {
        w.string(text); w.array(tokens); w.strings(stems); w.array(entities); w.array(quantities); w.array(dates); w.array(events)
        w.int(governedTriggers.count)
        for t in governedTriggers.sorted() { w.int(t) }
        // Stored rather than worked out again: rebuilding it was a third of reading a cache.
        w.strings(allConcepts.sorted())
    }

    init(from r: inout CacheReader) throws {
        let text = try r.string(), tokens: [Token] = try r.array(), stems = try r.strings(), entities: [EntityMention] = try r.array()
        let quantities: [Quantity] = try r.array(), dates: [DateMention] = try r.array(), events: [EventMention] = try r.array()
        var governed: Set<Int> = []
        for _ in 0..<(try r.count()) { governed.insert(try r.int()) }
        self.init(text: text, tokens: tokens, stems: stems, entities: entities, quantities: quantities, dates: dates, events: events,
                  allConcepts: Set(try r.strings()))
        governedTriggers = governed
    }
}

extension CalendarDate {
    func write(to w: inout CacheWriter) {
        w.int(year); w.optional(month) { $0.int($1) }; w.optional(day) { $0.int($1) }
    }

    static func read(_ r: inout CacheReader) throws -> CalendarDate {
        CalendarDate(year: try r.int(), month: try r.optional { try $0.int() }, day: try r.optional { try $0.int() })
    }
}

extension Sentence: CacheCodable {
    func write(to w: inout CacheWriter) {
        w.int(index); w.int(line); w.int(column); w.string(text); w.optional(noise) { $0.string($1.rawValue) }
    }

    init(from r: inout CacheReader) throws {
        self.init(index: try r.int(), line: try r.int(), column: try r.int(), text: try r.string(), noise: try r.optional { try $0.raw() })
    }
}

extension SourceDocument: CacheCodable {
    func write(to w: inout CacheWriter) {
        w.string(id); w.string(path); w.string(title)
        w.optional(outlet) { $0.string($1) }; w.optional(url) { $0.string($1) }
        w.optional(published) { $1.write(to: &$0) }; w.optional(updated) { $1.write(to: &$0) }
        w.array(sentences); w.strings(lines); w.string(sha256)
        w.string(format.rawValue); w.optional(author) { $0.string($1) }
        w.int(pageStarts.count); for p in pageStarts { w.int(p) }
        w.array(setAside)
    }

    init(from r: inout CacheReader) throws {
        self.init(id: try r.string(), path: try r.string(), title: try r.string(),
                  outlet: try r.optional { try $0.string() }, url: try r.optional { try $0.string() },
                  published: try r.optional(CalendarDate.read), updated: try r.optional(CalendarDate.read),
                  sentences: try r.array(), lines: try r.strings(), sha256: try r.string(),
                  format: try r.raw(), author: try r.optional { try $0.string() },
                  pageStarts: try (0..<r.count()).map { _ in try r.int() }, setAside: try r.array())
    }
}

extension SetAsideBlock: CacheCodable {
    func write(to w: inout CacheWriter) {
        w.string(text)
        switch reason {
        case .structure(let r): w.int(0); w.string(r.rawValue)
        case .text(let k): w.int(1); w.string(k.rawValue)
        }
        w.optional(page) { $0.int($1) }
    }

    init(from r: inout CacheReader) throws {
        let text = try r.string()
        let reason: Reason = try r.int() == 0 ? .structure(try r.raw()) : .text(try r.raw())
        self.init(text: text, reason: reason, page: try r.optional { try $0.int() })
    }
}

extension LoadIssue: CacheCodable {
    func write(to w: inout CacheWriter) {
        w.string(path); w.optional(line) { $0.int($1) }; w.string(message); w.bool(isWarning)
    }

    init(from r: inout CacheReader) throws {
        self.init(path: try r.string(), line: try r.optional { try $0.int() }, message: try r.string(), isWarning: try r.bool())
    }
}

extension NameContext: CacheCodable {
    func write(to w: inout CacheWriter) {
        // Sorted, so the same corpus writes the same bytes.
        w.int(people.count)
        for (surname, given) in people.sorted(by: { $0.key < $1.key }) { w.string(surname); w.strings(given) }
        w.strings(commonWords.sorted())
        w.int(acronyms.count)
        for (short, long) in acronyms.sorted(by: { $0.key < $1.key }) { w.string(short); w.string(long) }
    }

    init(from r: inout CacheReader) throws {
        self.init()
        for _ in 0..<(try r.count()) { people[try r.string()] = try r.strings() }
        commonWords = Set(try r.strings())
        for _ in 0..<(try r.count()) { acronyms[try r.string()] = try r.string() }
    }
}
