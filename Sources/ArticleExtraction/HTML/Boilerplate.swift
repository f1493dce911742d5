/// Page furniture recognised by what an element is (tag, ARIA role) or what the site named it
/// (`class`/`id` words). Names are site conventions, not content, so one table serves every language.
enum Boilerplate {
    static func reason(for element: PageTree.Element) -> DropReason? {
        if element.isHidden { return .hidden }
        if let r = byTag[element.tag] { return r }
        if let role = element.role, let r = byRole[role] { return r }
        for token in element.nameTokens {
            if let r = byName[token] { return r }
        }
        return nil
    }

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
            (.sidebar, ["sidebar", "widget", "widgets", "rail", "aside", "sidebox"]),
            (.shareBar, ["share", "sharing", "social", "addthis", "sharethis", "shares", "sociallinks", "print", "tools"]),
            (.relatedStories, ["related", "recommended", "recommendations", "trending", "popular", "mostread", "outbrain",
                               "taboola", "morestories", "readmore", "teasers", "tags", "tagcloud", "keywords", "categories"]),
            (.comments, ["comment", "comments", "disqus", "respond", "replies", "discussion"]),
            (.newsletterOrCookieBox, ["newsletter", "subscribe", "subscription", "signup", "cookie", "cookies", "consent",
                                      "gdpr", "modal", "popup", "overlay", "paywall", "login", "register"]),
            (.advertisement, ["ad", "ads", "advert", "adverts", "advertisement", "advertising", "sponsor", "sponsored",
                              "dfp", "banner", "promo", "promotion", "commercial"]),
            (.caption, ["caption", "credit", "credits", "figcaption"]),
            (.hidden, ["hidden", "hide", "invisible", "screenreader", "sronly", "visuallyhidden", "offscreen"]),
        ]
        for (reason, names) in groups { for n in names { table[n] = reason } }
        return table
    }()
}
