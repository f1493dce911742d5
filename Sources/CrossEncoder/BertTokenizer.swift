/// Sentence-pair encoding identical to HF `BertTokenizerFast` (tokenizers' BertNormalizer +
/// BertPreTokenizer + WordPiece + TemplateProcessing) called as
/// `tokenizer([a], [b], truncation=True, max_length=maxLength)`:
///
///     [CLS] a [SEP] b [SEP]      token types 0 … 0 (incl. first [SEP]) 1 … 1
///
/// Special tokens written literally in the input ("[SEP]", "[CLS]", "[UNK]", "[PAD]", "[MASK]",
/// case-sensitive) are recognised before normalisation and map straight to their ids, as in HF.
struct BertTokenizer: Sendable {
    let wordPiece: WordPiece
    let basic: BasicTokenizer
    let clsID: Int32
    let sepID: Int32
    let padID: Int32
    /// Literal special tokens that are split out of raw text (HF "added tokens").
    private let specialTokens: [(text: [UInt8], id: Int32)]

    init(wordPiece: WordPiece, lowercase: Bool, vocabularyPath: String) throws {
        self.wordPiece = wordPiece
        self.basic = BasicTokenizer(lowercase: lowercase)
        guard let cls = wordPiece.id(of: "[CLS]") else {
            throw CrossEncoderError.invalidVocabulary(path: vocabularyPath, reason: "no [CLS] token")
        }
        guard let sep = wordPiece.id(of: "[SEP]") else {
            throw CrossEncoderError.invalidVocabulary(path: vocabularyPath, reason: "no [SEP] token")
        }
        self.clsID = cls
        self.sepID = sep
        self.padID = wordPiece.id(of: "[PAD]") ?? 0
        var specials: [(text: [UInt8], id: Int32)] = []
        for token in ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] {
            if let id = wordPiece.id(of: token) { specials.append((Array(token.utf8), id)) }
        }
        self.specialTokens = specials
    }

    /// WordPiece ids of one text, without special tokens or truncation.
    func tokenize(_ text: String) -> [Int32] {
        var ids: [Int32] = []
        ids.reserveCapacity(text.utf8.count / 3 + 4)
        forEachSegment(of: text) { segment, specialID in
            if let specialID {
                ids.append(specialID)
            } else {
                basic.forEachWord(in: segment) { wordPiece.appendIDs(of: $0, to: &ids) }
            }
        }
        return ids
    }

    /// Splits raw text around literal special tokens; calls `body(text, nil)` for ordinary text
    /// and `body("", id)` for a special token.
    private func forEachSegment(of text: String, _ body: (Substring, Int32?) -> Void) {
        let utf8 = text.utf8
        // Fast path: no '[' means no special token.
        guard utf8.contains(0x5B) else {
            body(text[...], nil)
            return
        }
        var segmentStart = utf8.startIndex
        var i = utf8.startIndex
        while i != utf8.endIndex {
            if utf8[i] == 0x5B {
                var matched: (length: Int, id: Int32)?
                for special in specialTokens where utf8[i...].starts(with: special.text) {
                    if matched == nil || special.text.count > matched!.length {
                        matched = (special.text.count, special.id)
                    }
                }
                if let m = matched {
                    if segmentStart != i { body(text[segmentStart..<i], nil) }
                    body("", m.id)
                    i = utf8.index(i, offsetBy: m.length)
                    segmentStart = i
                    continue
                }
            }
            i = utf8.index(after: i)
        }
        if segmentStart != utf8.endIndex { body(text[segmentStart...], nil) }
    }

    /// Pair encoding with HF's "longest_first" truncation so that the result has at most
    /// `maxLength` tokens (specials included).
    func encodePair(_ a: String, _ b: String, maxLength: Int) -> (ids: [Int32], typeIDs: [Int32]) {
        var first = tokenize(a)
        var second = tokenize(b)
        let (n1, n2) = Self.longestFirstLengths(first.count, second.count, budget: max(0, maxLength - 3))
        if first.count > n1 { first.removeSubrange(n1...) }
        if second.count > n2 { second.removeSubrange(n2...) }
        var ids: [Int32] = []
        ids.reserveCapacity(first.count + second.count + 3)
        ids.append(clsID)
        ids.append(contentsOf: first)
        ids.append(sepID)
        let firstPart = ids.count
        ids.append(contentsOf: second)
        ids.append(sepID)
        var types = [Int32](repeating: 0, count: ids.count)
        for k in firstPart..<types.count { types[k] = 1 }
        return (ids, types)
    }

    /// Target lengths for HF tokenizers' `TruncationStrategy::LongestFirst` on a pair
    /// (tokenizers >= 0.13): if the shorter fits, the longer gets the rest of the budget;
    /// otherwise both get budget/2 and the longer one (the second on a tie) the odd token.
    static func longestFirstLengths(_ lenA: Int, _ lenB: Int, budget: Int) -> (Int, Int) {
        guard lenA + lenB > budget else { return (lenA, lenB) }
        let swap = lenA > lenB
        var short = swap ? lenB : lenA
        var long: Int
        if short > budget {
            long = short
        } else {
            long = max(short, budget - short)
        }
        if short + long > budget {
            short = budget / 2
            long = short + budget % 2
        }
        let (targetA, targetB) = swap ? (long, short) : (short, long)
        return (min(lenA, targetA), min(lenB, targetB))
    }
}
