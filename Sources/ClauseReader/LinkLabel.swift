/// Link Grammar link labels: an upper-case "major" type followed by
/// lower-case/`*` subscripts ("Ss*s" is major "S"; "MVp" is "MV"; "SIs" is "SI").
/// Idiom-internal links start with "_" ("_IXE" joins "pleaded" and "guilty").
enum LinkLabel {
    static func major(_ label: String) -> String {
        if label.hasPrefix("_") { return "_" }
        return String(label.prefix { $0.isASCII && $0.isUppercase })
    }

    /// Subject -> finite verb ("Ss", "Sp", "SFsi" filler, "SX" for "I").
    static let subjectMajors: Set<String> = ["S", "SF", "SX"]
    /// Finite verb -> subject, inverted ("Was Mallory paid?").
    static let invertedSubjectMajors: Set<String> = ["SI", "SFI", "SXI"]
    /// Preposition -> its object ("Js", "Jp"; "IN" in "in May"; "ON" in "on Wednesday").
    static let prepositionObjectMajors: Set<String> = ["J", "JT", "IN", "ON"]
    /// Links that stay inside a noun phrase: determiners, adjectives, name parts,
    /// numbers, possessives, dates, coordination of nouns.
    static let nounPhraseMajors: Set<String> = [
        "D", "DD", "DG", "DT", "A", "AN", "AJ", "AA", "G", "GN", "NM", "ND", "NN", "NT", "NA", "NI",
        "YS", "YP", "PH", "EN", "EA", "EE", "EC", "L", "TD", "TM", "TY", "TW", "TA", "SJ", "MJ", "_",
    ]
}
