/// Running headers, footers and page numbers of a PDF: lines in the top or bottom two of a page
/// that repeat (digits aside) on at least half the pages, or that are only a page number.
enum PageFurniture {
    /// Lines of each page to leave out, with the reason, by (page index, line index).
    static func find(_ pages: [[String]]) -> [Int: [Int: DropReason]] {
        var zoneKeys: [String: Set<Int>] = [:]
        for (p, lines) in pages.enumerated() {
            for i in zone(lines.count) { zoneKeys[key(lines[i]), default: []].insert(p) }
        }
        let textPages = pages.filter { !$0.isEmpty }.count
        var found: [Int: [Int: DropReason]] = [:]
        for (p, lines) in pages.enumerated() {
            for i in zone(lines.count) {
                if isPageNumber(lines[i]) {
                    found[p, default: [:]][i] = .pageNumber
                } else if textPages >= 2, let seen = zoneKeys[key(lines[i])], seen.count >= 2, seen.count * 2 >= textPages {
                    found[p, default: [:]][i] = .runningHeader
                }
            }
        }
        return found
    }

    /// The first two and last two lines of a page.
    static func zone(_ count: Int) -> [Int] {
        Array(Set([0, 1, count - 2, count - 1].filter { $0 >= 0 && $0 < count })).sorted()
    }

    /// Digits stand for any digits, so `Page 3 of 10` on every page is one header.
    static func key(_ line: String) -> String {
        String(line.lowercased().map { $0.isNumber ? "#" : $0 })
    }

    /// `7`, `- 7 -`, `Page 7`, `7 of 12`, `Page 7 of 12`, `p. 7`, `vii`.
    static func isPageNumber(_ line: String) -> Bool {
        let words = line.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "–" || $0 == "|" })
        guard !words.isEmpty, words.count <= 4 else { return false }
        var numbers = 0
        for w in words {
            if w.allSatisfy(\.isNumber), w.count <= 4 { numbers += 1; continue }
            if ["page", "p.", "pg.", "of", "seite", "página", "pagina"].contains(String(w)) { continue }
            if w.count <= 5, w.allSatisfy({ "ivxlc".contains($0) }) { numbers += 1; continue }
            return false
        }
        return numbers >= 1 && numbers <= 2
    }
}
