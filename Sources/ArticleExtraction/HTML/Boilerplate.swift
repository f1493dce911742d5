/// Page furniture recognised by what an element is (tag, ARIA role) or what the site named it
/// (`class`/`id` words). Names are site conventions, not content, so one table serves every language.
enum Boilerplate {
    /// - Parameter inArticle: whether an `<article>` or `<main>` encloses the element: there a `<header>` or
    ///   `<footer>` is the article's own (headline, byline, standfirst), not the site's.
    static func reason(for element: PageTree.Element, inArticle: Bool) -> DropReason? {
        if element.isHidden { return .hidden }
        if let r = byTag[element.tag], !(inArticle && (element.tag == "header" || element.tag == "footer")) { return r }
        if let role = element.role, let r = byRole[role] { return r }
        // The page's own word for its article outranks whatever classes a theme puts on it.
        // Body and html classes describe the kind of page (`single-post has-header`), not a part of it.
        if element.tag == "main" || element.tag == "article" || element.role == "main" || element.role == "article"
            || element.tag == "body" || element.tag == "html" { return nil }
        for token in element.nameTokens {
            if let r = byName[token] { return r }
        }
        // Run-together names (`cookiebanner`, `socialshare`) by their stems.
        for token in element.nameTokens where token.utf8.count > 6 {
            if let (_, r) = byStem.first(where: { token.containsBytes($0.0) }) { return r }
        }
        return nil
    }

    static let byStem: [(String, DropReason)] = [
        ("cookie", .newsletterOrCookieBox), ("newsletter", .newsletterOrCookieBox), ("consent", .newsletterOrCookieBox),
        ("social", .shareBar), ("sharing", .shareBar), ("breadcrumb", .navigation), ("sidebar", .sidebar),
        ("comment", .comments), ("advert", .advertisement), ("related", .relatedStories), ("navbar", .navigation),
        ("footer", .pageFooter),
    ]

    static let byTag: [String: DropReason] = [
        "nav": .navigation, "aside": .sidebar, "footer": .pageFooter, "header": .pageHeader,
        "figcaption": .caption, "menu": .navigation, "dialog": .newsletterOrCookieBox,
    ]

    static let byRole: [String: DropReason] = [
        "navigation": .navigation, "banner": .pageHeader, "contentinfo": .pageFooter, "complementary": .sidebar,
        "search": .navigation, "menu": .navigation, "menubar": .navigation, "dialog": .newsletterOrCookieBox,
        "alertdialog": .newsletterOrCookieBox,
    ]

    static let byName: [String: DropReason] = {
        var table: [String: DropReason] = [:]
        let groups: [(DropReason, [String])] = [
            (.navigation, ["nav", "navbar", "navigation", "menu", "menubar", "breadcrumb", "breadcrumbs", "skiplink",
                           "pagination", "pager", "toc", "sitemap", "topnav", "subnav"]),
            (.pageHeader, ["masthead", "topbar", "header", "toolbar"]),
            (.pageFooter, ["footer", "colophon", "copyright", "imprint", "legal"]),
            // Not `widget`: page builders (Elementor) call every block of an article a widget.
            (.sidebar, ["sidebar", "rail", "aside", "sidebox"]),
            (.shareBar, ["share", "sharing", "social", "addthis", "sharethis", "shares", "sociallinks", "print", "tools"]),
            (.relatedStories, ["related", "recommended", "recommendations", "trending", "popular", "mostread", "outbrain",
                               "taboola", "morestories", "readmore", "teasers", "tags", "tagcloud", "keywords", "categories"]),
            (.comments, ["comment", "comments", "disqus", "respond", "replies", "discussion"]),
            (.newsletterOrCookieBox, ["newsletter", "subscribe", "subscription", "signup", "cookie", "cookies", "consent",
                                      "gdpr", "modal", "popup", "overlay", "paywall", "login", "register"]),
            (.advertisement, ["ad", "ads", "advert", "adverts", "advertisement", "advertising", "sponsor", "sponsored",
                              "dfp", "banner", "promo", "promotion", "commercial"]),
            (.caption, ["caption", "credit", "credits", "figcaption"]),
            // Not `hidden`/`hide`: themes toggle those per screen size (`hidden-xs`) on the article itself.
            (.hidden, ["screenreader", "sronly", "visuallyhidden", "offscreen"]),
        ]
        for (reason, names) in groups { for n in names { table[n] = reason } }
        return table
    }()
}
