/// Character classes used by BERT basic tokenisation (HF tokenizers' BertNormalizer and
/// BertPreTokenizer), for scalars >= U+0080 (ASCII is handled inline by the caller).
///
/// HF tokenizers classifies characters with the tables of the Rust `unicode_categories` crate,
/// which predate the Unicode version of Swift's standard library. Characters assigned or
/// re-categorised since then are therefore corrected here so that the result equals HF's:
/// `newerThanReference` lists the scalars that Swift calls Mn/Cf/P* but HF sees as unassigned
/// (ordinary letters), and two tiny sets hold the few characters whose category changed.
/// The exhaustive test UnicodeExhaustiveTests checks every scalar against HF, so a future
/// Swift Unicode update that adds new differences fails loudly instead of silently drifting.
enum BertCharacterClass {
    /// Removed by clean_text: U+FFFD and the "Other" categories Cc, Cf, Co, Cs (HF keeps
    /// unassigned code points).
    @inline(__always)
    static func isRemovedByCleaning(_ s: Unicode.Scalar) -> Bool {
        if s.value == 0xFFFD { return true }
        switch s.properties.generalCategory {
        case .control, .format, .privateUse, .surrogate:
            return !isNewerThanReference(s.value)
        default:
            return false
        }
    }

    /// Unicode White_Space (Rust `char::is_whitespace`).
    @inline(__always)
    static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        s.properties.isWhitespace
    }

    /// CJK ideograph blocks that BERT surrounds with spaces.
    @inline(__always)
    static func isCJK(_ v: UInt32) -> Bool {
        switch v {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0x2A700...0x2B73F,
             0x2B740...0x2B81F, 0x2B920...0x2CEAF, 0xF900...0xFAFF, 0x2F800...0x2FA1F:
            return true
        default:
            return false
        }
    }

    /// General category Mn (in HF's tables), dropped after NFD when stripping accents.
    @inline(__always)
    static func isNonspacingMark(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if s.properties.generalCategory == .nonspacingMark {
            return !isNewerThanReference(v) && !referencePunctuation.contains(v)
        }
        return referenceNonspacingMarks.contains(v)
    }

    /// Unicode punctuation (P*, in HF's tables): each such character becomes its own word.
    @inline(__always)
    static func isPunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return !isNewerThanReference(s.value)
        default:
            return referencePunctuation.contains(s.value)
        }
    }

    /// Mn in HF's tables, Mc in Swift's: HANUNOO SIGN PAMUDPOD, AHOM CONSONANT SIGN MEDIAL RA.
    static let referenceNonspacingMarks: Set<UInt32> = [0x1734, 0x1171E]
    /// Po in HF's tables: CANADIAN SYLLABICS CHI SIGN (now So), SHARADA SANDHI MARK (now Mn).
    static let referencePunctuation: Set<UInt32> = [0x166D, 0x111C9]

    /// Binary search in `newerThanReference`.
    @inline(__always)
    static func isNewerThanReference(_ v: UInt32) -> Bool {
        var lo = 0, hi = newerThanReference.count
        while lo < hi {
            let mid = (lo + hi) / 2
            let r = newerThanReference[mid]
            if v < r.lowerBound { hi = mid } else if v > r.upperBound { lo = mid + 1 } else { return true }
        }
        return false
    }

    /// Scalars that Swift's Unicode tables classify as Mn, Cf or P* but that HF tokenizers
    /// (tokenizers 0.23.3, Rust `unicode_categories` tables) treat as unassigned, i.e. as
    /// ordinary word characters. Sorted, non-overlapping. Derived by
    /// UnicodeExhaustiveTests (set CROSSENCODER_UNICODE_DUMP to list the differences).
    static let newerThanReference: [ClosedRange<UInt32>] = [
        0x061D...0x061D, 0x07FD...0x07FD, 0x0890...0x0891, 0x0897...0x089F, 0x08CA...0x08E2, 0x09FD...0x09FE,
        0x0A76...0x0A76, 0x0AFA...0x0AFF, 0x0B55...0x0B55, 0x0C04...0x0C04, 0x0C3C...0x0C3C, 0x0C77...0x0C77,
        0x0C84...0x0C84, 0x0D00...0x0D00, 0x0D3B...0x0D3C, 0x0D81...0x0D81, 0x0EBA...0x0EBA, 0x0ECE...0x0ECE,
        0x180F...0x180F, 0x1885...0x1886, 0x1ABF...0x1ADD, 0x1AE0...0x1AEB, 0x1B4E...0x1B4F, 0x1B7D...0x1B7F,
        0x1DF6...0x1DFB, 0x2E43...0x2E4F, 0x2E52...0x2E5D, 0xA82C...0xA82C, 0xA8C5...0xA8C5, 0xA8FF...0xA8FF,
        0xA9BD...0xA9BD, 0x10D24...0x10D27, 0x10D69...0x10D6E, 0x10EAB...0x10EAD, 0x10ED0...0x10ED0,
        0x10EFA...0x10EFF, 0x10F46...0x10F50, 0x10F55...0x10F59, 0x10F82...0x10F89, 0x11070...0x11070,
        0x11073...0x11074, 0x110C2...0x110C2, 0x110CD...0x110CD, 0x111CF...0x111CF, 0x1123E...0x1123E,
        0x11241...0x11241, 0x1133B...0x1133B, 0x113BB...0x113C0, 0x113CE...0x113CE, 0x113D0...0x113D0,
        0x113D2...0x113D2, 0x113D4...0x113D5, 0x113D7...0x113D8, 0x113E1...0x113E2, 0x11438...0x1143F,
        0x11442...0x11444, 0x11446...0x11446, 0x1144B...0x1144F, 0x1145A...0x1145B, 0x1145D...0x1145E,
        0x11660...0x1166C, 0x116B9...0x116B9, 0x1182F...0x11837, 0x11839...0x1183B, 0x1193B...0x1193C,
        0x1193E...0x1193E, 0x11943...0x11946, 0x119D4...0x119D7, 0x119DA...0x119DB, 0x119E0...0x119E0,
        0x119E2...0x119E2, 0x11A01...0x11A0A, 0x11A33...0x11A38, 0x11A3B...0x11A47, 0x11A51...0x11A56,
        0x11A59...0x11A5B, 0x11A8A...0x11A96, 0x11A98...0x11A9C, 0x11A9E...0x11AA2, 0x11B00...0x11B09,
        0x11B60...0x11B60, 0x11B62...0x11B64, 0x11B66...0x11B66, 0x11BE1...0x11BE1, 0x11C30...0x11C36,
        0x11C38...0x11C3D, 0x11C3F...0x11C3F, 0x11C41...0x11C45, 0x11C70...0x11C71, 0x11C92...0x11CA7,
        0x11CAA...0x11CB0, 0x11CB2...0x11CB3, 0x11CB5...0x11CB6, 0x11D31...0x11D36, 0x11D3A...0x11D3A,
        0x11D3C...0x11D3D, 0x11D3F...0x11D45, 0x11D47...0x11D47, 0x11D90...0x11D91, 0x11D95...0x11D95,
        0x11D97...0x11D97, 0x11EF3...0x11EF4, 0x11EF7...0x11EF8, 0x11F00...0x11F01, 0x11F36...0x11F3A,
        0x11F40...0x11F40, 0x11F42...0x11F4F, 0x11F5A...0x11F5A, 0x11FFF...0x11FFF, 0x12FF1...0x12FF2,
        0x13430...0x13440, 0x13447...0x13455, 0x1611E...0x16129, 0x1612D...0x1612F, 0x16D6D...0x16D6F,
        0x16E97...0x16E9A, 0x16F4F...0x16F4F, 0x16FE2...0x16FE2, 0x16FE4...0x16FE4, 0x1CF00...0x1CF2D,
        0x1CF30...0x1CF46, 0x1E000...0x1E006, 0x1E008...0x1E018, 0x1E01B...0x1E021, 0x1E023...0x1E024,
        0x1E026...0x1E02A, 0x1E08F...0x1E08F, 0x1E130...0x1E136, 0x1E2AE...0x1E2AE, 0x1E2EC...0x1E2EF,
        0x1E4EC...0x1E4EF, 0x1E5EE...0x1E5EF, 0x1E5FF...0x1E5FF, 0x1E6E3...0x1E6E3, 0x1E6E6...0x1E6E6,
        0x1E6EE...0x1E6EF, 0x1E6F5...0x1E6F5, 0x1E944...0x1E94A, 0x1E95E...0x1E95F
    ]
}
