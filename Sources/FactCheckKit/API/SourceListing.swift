/// Plain-text listing of a corpus, shared by `factcheck sources` and the shell's `:sources`.
public enum SourceListing {
    /// One row per source; with `verbose`, each noise line and its reason beneath it.
    public static func render(_ corpus: Corpus, verbose: Bool) -> String {
        var rows: [String] = []
        for doc in corpus.documents {
            let date = doc.published?.description ?? "—"
            rows.append("\(doc.id)  \(date)  \(doc.sentences.count) sentences, \(doc.citableSentences.count) citable  \(TextSafety.visible(doc.title))")
            if verbose {
                for s in doc.sentences {
                    if let noise = s.noise {
                        rows.append("    \(doc.id):\(s.line)  [\(noise.rawValue)] \(noise.explanation): \(TextSafety.visible(TextSafety.clip(s.text, 70)))")
                    }
                }
            }
        }
        let counts = corpus.sentenceCounts
        rows.append("\(corpus.documents.count) sources, \(counts.all) sentences, \(counts.citable) citable")
        return rows.joined(separator: "\n")
    }
}
