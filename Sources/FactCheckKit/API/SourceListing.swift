/// Plain-text listing of a corpus, shared by `factcheck sources` and the shell's `:sources`.
public enum SourceListing {
    /// One row per source in aligned columns (id, short id, date, sentences, citable, title); with `verbose`,
    /// each block set aside from a web page or PDF and each noise line, with its reason, beneath it.
    public static func render(_ corpus: Corpus, verbose: Bool) -> String {
        let names = SourceNames(corpus)
        let table = corpus.documents.map { doc in
            [TextSafety.visible(doc.id), TextSafety.visible(names.short(doc.id)), doc.published?.description ?? "—",
             "\(doc.sentences.count) sentences,", "\(doc.citableSentences.count) citable"]
        }
        // Widths in characters over every row, so a long id pushes its column, not the rest of its row.
        let widths = (0..<5).map { c in table.map { $0[c].count }.max() ?? 0 }
        let numeric: Set<Int> = [3, 4]
        var rows: [String] = []
        for (doc, cells) in zip(corpus.documents, table) {
            let padded = cells.enumerated().map { c, cell in
                let pad = String(repeating: " ", count: widths[c] - cell.count)
                return numeric.contains(c) ? pad + cell : cell + pad
            }
            rows.append(padded.joined(separator: "  ") + "  " + TextSafety.visible(doc.title))
            if verbose {
                // A web page's or PDF's furniture, left out before its text was read (`factcheck extract -v` lists the same).
                for block in doc.setAside {
                    let page = block.page.map { "p.\($0)" } ?? "page"
                    rows.append("    \(doc.id):\(page)  \(block.summary)")
                }
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
