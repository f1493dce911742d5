import Foundation

/// BM25 over citable sentences (Lucene's k1 = 0.9, b = 0.4), so checking a claim
/// weighs a handful of candidates per source instead of every sentence of the corpus.
struct SentenceIndex: Sendable {
    struct Posting: Sendable { let sentence: Int32; let tf: UInt16 }

    /// (document, sentence) of each indexed sentence.
    private(set) var refs: [(doc: Int, sentence: Int)] = []
    private var lengths: [Float] = []
    private var postings: [String: [Posting]] = [:]
    private var totalLength: Double = 0

    /// Index terms of one analysed sentence: content concepts, entity keys, event types.
    static func terms(_ a: TextAnalysis) -> [String] {
        var out = a.contentIndices.map { Thesaurus.concept(a.stems[$0]) }
        for e in a.entities {
            if e.key.hasPrefix("n:") {
                out += e.key.dropFirst(2).split(separator: " ").map { "@w:" + $0 }
            } else {
                out.append("@" + e.key)
                if let aff = Lexicon.affiliations[e.key] { out.append("@" + aff) }
            }
        }
        out += a.events.map { "#" + $0.type.rawValue }
        // What a figure counts ("182 reviews", "7,403 confirmed cases") is part of the figure, yet it is what
        // a claim about a count shares with the sentence that gives it.
        out += a.quantities.compactMap { q in q.kind == .amount ? q.unit.map { "%" + $0 } : (q.kind == .percent ? "%percent" : nil) }
        // …and the counted noun is a word like any other: "more than 56 confirmed cases" is about "the confirmed cases reached 54".
        out += a.quantities.compactMap { q in q.kind == .amount ? q.unit.flatMap { $0.contains(" ") || $0 == "time" ? nil : Thesaurus.concept($0) } : nil }
        return out
    }

    /// Adds one sentence with its `terms(_:)`, which callers compute (in parallel) beforehand.
    mutating func add(doc: Int, sentence: Int, terms: [String]) {
        let id = Int32(refs.count)
        refs.append((doc, sentence))
        lengths.append(Float(terms.count))
        totalLength += Double(terms.count)
        var tf: [String: Int] = [:]
        for t in terms { tf[t, default: 0] += 1 }
        for (t, n) in tf { postings[t, default: []].append(Posting(sentence: id, tf: UInt16(min(n, 65535)))) }
    }

    /// Inverse document frequency of a term over sentences; unseen terms weigh most.
    func idf(_ term: String) -> Double {
        let n = Double(max(refs.count, 1)), df = Double(postings[term]?.count ?? 0)
        return log(1 + (n - df + 0.5) / (df + 0.5))
    }

    /// Scores every sentence sharing a term with the query; keeps the best `limit` overall (retrieve, then
    /// verify: the comparer only weighs these), at most `perDocument` of each document.
    func search(_ query: [String], perDocument: Int, limit: Int) -> [Int: [(sentence: Int, score: Double)]] {
        guard !refs.isEmpty else { return [:] }
        let n = Double(refs.count), avg = max(1, totalLength / n)
        let k1 = 0.9, b = 0.4
        var scores: [Int32: Double] = [:]
        for term in Set(query) {
            guard let list = postings[term] else { continue }
            let idf = log(1 + (n - Double(list.count) + 0.5) / (Double(list.count) + 0.5))
            for p in list {
                let tf = Double(p.tf), len = Double(lengths[Int(p.sentence)])
                scores[p.sentence, default: 0] += idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * len / avg))
            }
        }
        var byDoc: [Int: [(Int, Double)]] = [:]
        let best = scores.count <= limit ? Array(scores) : Array(scores.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(limit))
        for (id, s) in best {
            let r = refs[Int(id)]
            byDoc[r.doc, default: []].append((r.sentence, s))
        }
        return byDoc.mapValues { list in
            Array(list.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(perDocument))
        }
    }
}

extension SentenceIndex: CacheCodable {
    func write(to w: inout CacheWriter) {
        w.int(refs.count)
        for (r, length) in zip(refs, lengths) { w.int(r.doc); w.int(r.sentence); w.int(Int(length)) }
        w.int(postings.count)
        for (term, list) in postings.sorted(by: { $0.key < $1.key }) {
            w.string(term)
            w.int(list.count)
            for p in list { w.int(Int(p.sentence)); w.int(Int(p.tf)) }
        }
    }

    init(from r: inout CacheReader) throws {
        self.init()
        let n = try r.count()
        refs.reserveCapacity(n)
        lengths.reserveCapacity(n)
        for _ in 0..<n {
            refs.append((try r.int(), try r.int()))
            let length = try r.int()
            guard length >= 0 else { throw CacheCorrupt() }
            lengths.append(Float(length))
            totalLength += Double(length)
        }
        for _ in 0..<(try r.count()) {
            let term = try r.string(), m = try r.count()
            var list: [Posting] = []
            list.reserveCapacity(m)
            for _ in 0..<m {
                let sentence = try r.int(), tf = try r.int()
                guard sentence >= 0, sentence < n, tf > 0, tf <= Int(UInt16.max) else { throw CacheCorrupt() }
                list.append(Posting(sentence: Int32(sentence), tf: UInt16(tf)))
            }
            postings[term] = list
        }
    }
}
