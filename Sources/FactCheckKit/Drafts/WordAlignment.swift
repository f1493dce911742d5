/// Where a quote and a source's quote differ, word by word: a longest common subsequence and the gaps between.
struct WordAlignment {
    /// A stretch where the two differ: the draft's words and the source's words in their place (either may be empty).
    struct Difference: Sendable, Hashable {
        let draft: [String]
        let source: [String]
    }

    /// Words in common, in order.
    let matched: Int
    /// Differences inside the stretch both quote.
    let differences: [Difference]
    /// Draft words before or after everything the source quotes: the source's quote stops short, which is not a misquote.
    let beyondSource: [String]

    init(draft q: [Quotation.Word], source s: [Quotation.Word]) {
        let n = q.count, m = s.count
        // lcs[i][j]: common subsequence length of q[i...] and s[j...].
        var lcs = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lcs[i][j] = q[i].key == s[j].key ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var pairs: [(Int, Int)] = []
        var i = 0, j = 0
        while i < n, j < m {
            if q[i].key == s[j].key { pairs.append((i, j)); i += 1; j += 1 }
            else if lcs[i + 1][j] >= lcs[i][j + 1] { i += 1 } else { j += 1 }
        }
        matched = pairs.count
        guard let first = pairs.first, let last = pairs.last else {
            differences = [Difference(draft: q.map(\.shown), source: [])]
            beyondSource = []
            return
        }
        var diffs: [Difference] = []
        var beyond: [String] = []
        // Before the first common word: the source quoting from here on means the draft's extra words are beyond it.
        if first.0 > 0 {
            if first.1 == 0 { beyond += q[..<first.0].map(\.shown) }
            else { diffs.append(Difference(draft: q[..<first.0].map(\.shown), source: s[max(0, first.1 - first.0)..<first.1].map(\.shown))) }
        }
        for (a, b) in zip(pairs, pairs.dropFirst()) where b.0 > a.0 + 1 || b.1 > a.1 + 1 {
            diffs.append(Difference(draft: q[(a.0 + 1)..<b.0].map(\.shown), source: s[(a.1 + 1)..<b.1].map(\.shown)))
        }
        if last.0 < n - 1 {
            let rest = q[(last.0 + 1)...].map(\.shown)
            if last.1 == m - 1 { beyond += rest }
            else { diffs.append(Difference(draft: rest, source: s[(last.1 + 1)..<min(m, last.1 + 1 + rest.count)].map(\.shown))) }
        }
        differences = diffs
        beyondSource = beyond
    }
}
