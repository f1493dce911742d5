import Foundation

/// The claim's content words that its evidence lacks, appended to the claim: `claim || unmatched: 2000`.
///
/// A 6-layer model aligns claim and evidence poorly, and what it most often misses is the one word or number that
/// differs. The trainer (`Model/hint.py`) builds the same string, so these rules are plain and must stay in step:
/// words are runs of letters, or of ASCII digits with inner commas or points, after canonical decomposition, dropping
/// combining marks and lower-casing; a word matches when the evidence has it too, with a final "s" dropped (four
/// letters or more) and commas dropped from numbers; stop words never count, negations do; at most 12, in order.
struct UnmatchedWordsHint: Sendable, Equatable {
    static let marker = " || unmatched: "
    static let none = "none"
    static let limit = 12

    static let stopWords: Set<String> = Set("""
        a an the of in on at to for by with from into onto upon about as and or but if than then so that this these those \
        it its it's he she they them his her their hers theirs him we us our you your i me my is was were are be been being \
        am has have had having do does did which who whom whose what when where while also there here such both each \
        all any some one's 's s
        """.split(separator: " ").map(String.init))

    func apply(claim: String, evidence: String) -> String {
        let missing = Self.unmatched(claim: claim, evidence: evidence)
        return claim + Self.marker + (missing.isEmpty ? Self.none : missing.joined(separator: " "))
    }

    static func unmatched(claim: String, evidence: String) -> [String] {
        let have = Set(words(evidence).map(key))
        var out: [String] = [], seen: Set<String> = []
        for w in words(claim) {
            let k = key(w)
            if stopWords.contains(w) || have.contains(k) || seen.contains(k) { continue }
            seen.insert(k)
            out.append(w)
            if out.count == limit { break }
        }
        return out
    }

    static func key(_ word: String) -> String {
        if let first = word.unicodeScalars.first, isDigit(first) { return word.replacingOccurrences(of: ",", with: "") }
        return word.unicodeScalars.count >= 4 && word.hasSuffix("s") ? String(word.unicodeScalars.dropLast()) : word
    }

    /// Python's `re.findall(r"[0-9]+(?:[.,][0-9]+)*|[^\W\d_]+", plain(text))`.
    static func words(_ text: String) -> [String] {
        let scalars = Array(plain(text).unicodeScalars)
        var out: [String] = []
        var i = 0
        while i < scalars.count {
            if isDigit(scalars[i]) {
                var j = i
                while j < scalars.count, isDigit(scalars[j]) { j += 1 }
                // A comma or point continues the number only when a digit follows it.
                while j + 1 < scalars.count, scalars[j] == "," || scalars[j] == ".", isDigit(scalars[j + 1]) {
                    j += 1
                    while j < scalars.count, isDigit(scalars[j]) { j += 1 }
                }
                out.append(String(String.UnicodeScalarView(scalars[i..<j])))
                i = j
            } else if isLetter(scalars[i]) {
                var j = i
                while j < scalars.count, isLetter(scalars[j]) { j += 1 }
                out.append(String(String.UnicodeScalarView(scalars[i..<j])))
                i = j
            } else {
                i += 1
            }
        }
        return out
    }

    /// NFD, combining marks dropped, then lower-cased (Python's `lower()` after the same two steps).
    static func plain(_ text: String) -> String {
        var kept = String.UnicodeScalarView()
        for s in text.decomposedStringWithCanonicalMapping.unicodeScalars where s.properties.canonicalCombiningClass.rawValue == 0 {
            kept.append(s)
        }
        return String(kept).lowercased()
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    /// Python's `[^\W\d_]`: a word character that is neither a decimal digit nor "_" — letters, and numbers that
    /// are not decimal digits (Nl, No: "Ⅻ", "²").
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}
