/// Finds the article in a page: the container where prose (long runs with few links) most
/// outweighs other text, its siblings that carry prose too, and within them every run that is
/// not furniture. Language-independent: it looks at shape and markup, not at words.
enum MainText {
    struct Selection {
        /// Indices into `tree.runs` of the article's text, in document order.
        var kept: [Int]
        var dropped: [(run: Int, reason: DropReason)]

        /// Characters of article text kept.
        func keptLength(in tree: PageTree) -> Int { kept.reduce(0) { $0 + tree.runs[$1].length } }
    }

    /// A run this long with few links is prose; shorter ones are labels, dates, buttons, headings.
    static let minimumProseLength = 40
    /// How much a character of non-prose text inside a container counts against its prose.
    static let clutterWeight = 3.0
    /// The share of the page's prose the article's container should hold.
    static let mostProse = 0.6
    /// A run with more of its text in links than this is a list of links.
    static let maximumLinkDensity = 0.5

    static func select(_ tree: PageTree) -> Selection {
        let elements = tree.elements
        let n = elements.count
        guard n > 0 else { return Selection(kept: [], dropped: []) }

        // Prose per element (subtree), before furniture is decided: the guard below needs it.
        var prose = [Int](repeating: 0, count: n)
        for run in tree.runs {
            var e = run.owner
            while e >= 0 {
                if run.isProse { prose[e] += run.length }
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

        // The article's container: the element whose kept prose most outweighs its other kept text (menus,
        // labels, link lists), counting that other text `clutterWeight` times. Going up the tree gains prose
        // split across sections; going further gains clutter faster than prose, and there it stops.
        var prosePart = [Double](repeating: 0, count: n), clutter = [Double](repeating: 0, count: n)
        for run in tree.runs where drop[run.owner] == nil {
            var e = run.owner
            while e >= 0 {
                if run.isProse {
                    prosePart[e] += Double(run.length - run.linkCharacters)
                    clutter[e] += Double(run.linkCharacters)
                } else {
                    clutter[e] += Double(run.length)
                }
                e = elements[e].parent
            }
        }
        var best = -1
        var bestValue = 0.0
        var siblings: [Int] = []
        for i in 0..<n where drop[i] == nil {
            let value = prosePart[i] - clutterWeight * clutter[i]
            if value > bestValue { bestValue = value; best = i }
        }
        // Prose split over sections that clutter separates (ads between halves, a paywall's chunks) leaves the best
        // container holding only part of it: climb to the nearest ancestor below <body> holding most of it.
        if best > 0, prosePart[best] < mostProse * prosePart[0] {
            var a = elements[best].parent
            while a > 0, prosePart[a] < mostProse * prosePart[0] { a = elements[a].parent }
            if a > 0, elements[a].tag != "body", drop[a] == nil { best = a }
        }
        // Siblings that hold prose of their own beside it (a second section after an ad) join it.
        if best > 0 {
            let parent = elements[best].parent
            for i in (parent + 1)..<n where elements[i].parent == parent && i != best && drop[i] == nil {
                if prosePart[i] - clutterWeight * clutter[i] > 0.2 * bestValue { siblings.append(i) }
            }
        }

        var region = [Bool](repeating: false, count: n)
        if best >= 0 {
            region[best] = true
            for i in siblings { region[i] = true }
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
        // After the article's last paragraph, short lines are its tail of furniture: tags, a share label, an
        // author's name, "More on this topic". Short lines between paragraphs (subheadings) stay.
        if let lastProse = selection.kept.lastIndex(where: { tree.runs[$0].isProse }) {
            for i in selection.kept[(lastProse + 1)...] where !tree.runs[i].isLong { selection.dropped.append((i, .outsideMainText)) }
            selection.kept = Array(selection.kept[...lastProse]) + selection.kept[(lastProse + 1)...].filter { tree.runs[$0].isLong }
            selection.dropped.sort { $0.run < $1.run }
        }
        return selection
    }

    /// Furniture however much prose it holds: readers' comments and cookie or newsletter text can outweigh an article.
    static let alwaysFurniture: Set<DropReason> = [.comments, .newsletterOrCookieBox, .hidden]
}
