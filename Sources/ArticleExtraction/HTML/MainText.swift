import Glibc
/// Finds the article in a page: the container where prose concentrates (long runs, commas,
/// few links), its siblings that carry prose too, and within them every run that is not
/// furniture. Language-independent: it looks at shape, not at words.
enum MainText {
    struct Selection {
        /// Indices into `tree.runs` of the article's text, in document order.
        var kept: [Int]
        var dropped: [(run: Int, reason: DropReason)]
    }

    /// Runs shorter than this carry no score (a label, a date, a button's text).
    static let minimumScoredLength = 25
    /// A run with more of its text in links than this is a list of links.
    static let maximumLinkDensity = 0.5

    static func select(_ tree: PageTree) -> Selection {
        let elements = tree.elements
        let n = elements.count
        guard n > 0 else { return Selection(kept: [], dropped: []) }

        // Prose per element (subtree), before furniture is decided: the guard below needs it.
        var prose = [Int](repeating: 0, count: n)
        var letters = [Int](repeating: 0, count: n)
        var linked = [Int](repeating: 0, count: n)
        for run in tree.runs {
            let isProse = run.length >= 60 && Double(run.linkCharacters) < 0.3 * Double(run.length)
            var e = run.owner
            while e >= 0 {
                if isProse { prose[e] += run.length }
                letters[e] += run.length
                linked[e] += run.linkCharacters
                e = elements[e].parent
            }
        }
        let totalProse = prose[0]

        // Furniture, inherited down the tree; a "furniture" name on the element holding most of
        // the page's prose is a site's odd naming (`class="story share-enabled"`), not furniture.
        var drop = [DropReason?](repeating: nil, count: n)
        var inArticle = [Bool](repeating: false, count: n)
        for (i, element) in elements.enumerated() {
            let p = element.parent
            inArticle[i] = p >= 0 && (inArticle[p] || elements[p].tag == "article" || elements[p].tag == "main")
            var own = Boilerplate.reason(for: element, inArticle: inArticle[i])
            if let r = own, !Self.alwaysFurniture.contains(r), !element.isHidden, totalProse > 0, Double(prose[i]) >= 0.4 * Double(totalProse) { own = nil }
            drop[i] = own ?? (element.parent >= 0 ? drop[element.parent] : nil)
        }

        // Score containers by the prose runs inside them.
        var score = [Double](repeating: 0, count: n)
        var scored = [Bool](repeating: false, count: n)
        for run in tree.runs where drop[run.owner] == nil {
            let length = run.length
            guard length >= minimumScoredLength else { continue }
            let density = Double(run.linkCharacters) / Double(length)
            var s = 1 + Double(run.commas) + min(Double(length) / 100, 3)
            s *= 1 - density
            // Paragraph-like owners lend their score to their container; a div with bare text is the container.
            var e = isParagraph(elements[run.owner].tag) ? elements[run.owner].parent : run.owner
            var level = 1
            while e >= 0 && level <= 3 {
                score[e] += level == 1 ? s : s / Double(level == 2 ? 2 : level * 3)
                scored[e] = true
                e = elements[e].parent
                level += 1
            }
        }
        var best = -1
        var bestScore = 0.0
        for i in 0..<n where scored[i] && drop[i] == nil {
            var s = score[i]
            if elements[i].nameTokens.contains(where: positiveNames.contains) { s += 25 }
            s *= 1 - (letters[i] > 0 ? Double(linked[i]) / Double(letters[i]) : 0)
            score[i] = s
            if s > bestScore { bestScore = s; best = i }
        }
        let alpha = getenv("FC_ALPHA").map({ Double(String(cString: $0))! }) ?? 3
        if getenv("FC_OLD") == nil {
            // Mass objective: kept prose minus alpha times kept non-prose text.
            var kp = [Double](repeating: 0, count: n), kj = [Double](repeating: 0, count: n)
            for run in tree.runs where drop[run.owner] == nil {
                let isProse = run.length >= 40 && Double(run.linkCharacters) < 0.3 * Double(run.length)
                var e = run.owner
                while e >= 0 {
                    if isProse { kp[e] += Double(run.length - run.linkCharacters); kj[e] += Double(run.linkCharacters) } else { kj[e] += Double(run.length) }
                    e = elements[e].parent
                }
            }
            var bv = 0.0
            best = -1
            for i in 0..<n where drop[i] == nil {
                let v = kp[i] - alpha * kj[i]
                if v > bv { bv = v; best = i }
            }
            bestScore = best >= 0 ? score[best] : 0
        }

        if getenv("FC_DEBUG") != nil {
            func chain(_ i: Int) -> String { var e = i; var out: [String] = []; while e >= 0 { out.append(elements[e].tag + (elements[e].nameTokens.isEmpty ? "" : "." + elements[e].nameTokens.joined(separator: "-")) + (drop[e].map { "[\($0)]" } ?? "")); e = elements[e].parent }; return out.joined(separator: " < ") }
            for i in (0..<n).filter({ scored[$0] && drop[$0] == nil }).sorted(by: { score[$0] > score[$1] }).prefix(5) {
                print("score \(Int(score[i])) prose \(prose[i]) :", chain(i).prefix(300))
            }
        }
        // Prose split over several containers (paywall chunks, ads between sections) has a best container
        // holding only part of it: climb to the nearest ancestor holding most of the page's kept prose.
        var keptProse = [Int](repeating: 0, count: n)
        for run in tree.runs where drop[run.owner] == nil && run.length >= 60 && Double(run.linkCharacters) < 0.3 * Double(run.length) {
            var e = run.owner
            while e >= 0 { keptProse[e] += run.length; e = elements[e].parent }
        }
        if best >= 0, keptProse[0] > 0, Double(keptProse[best]) < 0.6 * Double(keptProse[0]) {
            var a = elements[best].parent
            while a > 0, Double(keptProse[a]) < 0.6 * Double(keptProse[0]) { a = elements[a].parent }
            if a > 0, elements[a].tag != "body", drop[a] == nil { best = a; bestScore = max(bestScore, score[a]) }
        }

        // The region: the best container and siblings that carry prose of their own.
        var region = [Bool](repeating: false, count: n)
        if best >= 0 {
            region[best] = true
            let parent = elements[best].parent
            if parent >= 0 {
                let threshold = max(10, bestScore * 0.2)
                for i in (parent + 1)..<n where elements[i].parent == parent && i != best && drop[i] == nil {
                    let density = letters[i] > 0 ? Double(linked[i]) / Double(letters[i]) : 1
                    if (scored[i] && score[i] >= threshold) || (isParagraph(elements[i].tag) && prose[i] > 80 && density < 0.25) {
                        region[i] = true
                    }
                }
            }
            for i in 0..<n where !region[i] && elements[i].parent >= 0 && region[elements[i].parent] { region[i] = true }
        } else {
            // No prose anywhere (a gallery, a list page): every run that is not furniture.
            for i in 0..<n where drop[i] == nil { region[i] = true }
        }

        var selection = Selection(kept: [], dropped: [])
        for (index, run) in tree.runs.enumerated() {
            if let r = drop[run.owner] {
                selection.dropped.append((index, r))
            } else if !region[run.owner] {
                selection.dropped.append((index, .outsideMainText))
            } else if Double(run.linkCharacters) > maximumLinkDensity * Double(run.length) {
                selection.dropped.append((index, .linkList))
            } else {
                selection.kept.append(index)
            }
        }
        return selection
    }

    /// Furniture however much prose it holds: readers' comments and cookie or newsletter text can outweigh an article.
    static let alwaysFurniture: Set<DropReason> = [.comments, .newsletterOrCookieBox, .hidden]

    static func isParagraph(_ tag: String) -> Bool {
        tag == "p" || tag == "pre" || tag == "blockquote" || tag == "li" || tag == "td" || tag == "dd" || HTMLTags.headings.contains(tag)
    }

    /// Names sites give their article's container.
    static let positiveNames: Set<String> = ["article", "body", "content", "entry", "main", "post", "story", "text", "blog", "prose"]
}
