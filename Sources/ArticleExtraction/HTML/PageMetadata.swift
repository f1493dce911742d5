import Foundation

/// Chooses title, date, author and address from what the page states, most specific first:
/// Open Graph and article `<meta>` tags, then JSON-LD (schema.org), then `<time>` and `<title>`.
enum PageMetadata {
    /// - Parameter ld: the page's JSON-LD blocks, parsed once by the caller (which also reads `articleBody`).
    static func choose(_ raw: RawMetadata, ld: [JSONLD]) -> ArticleMetadata {
        var m = ArticleMetadata()
        func take(_ field: String, _ candidates: [(String, String?)]) -> String? {
            for (source, value) in candidates {
                if let v = value.map(TextCleaning.collapse), !v.isEmpty {
                    m.provenance[field] = source
                    return v
                }
            }
            return nil
        }
        func meta(_ keys: String...) -> [(String, String?)] { keys.map { ("meta \($0)", raw.meta[$0]) } }

        m.title = take("title", meta("og:title", "twitter:title", "dc.title")
            + [("JSON-LD headline", ld.lazy.compactMap(\.headline).first), ("<title>", raw.titleElement)])
        m.published = take("published", meta("article:published_time", "og:article:published_time", "datepublished",
                                             "pubdate", "publishdate", "date", "dc.date", "dc.date.issued", "dcterms.created",
                                             "parsely-pub-date", "sailthru.date")
            + [("JSON-LD datePublished", ld.lazy.compactMap(\.datePublished).first),
               ("<time pubdate>", raw.times.first(where: \.marked)?.value),
               ("<time>", raw.times.first?.value)])
        let authorMeta = meta("author", "article:author", "dc.creator", "parsely-author", "sailthru.author")
            .map { ($0.0, $0.1.flatMap { $0.hasPrefix("http") ? nil : $0 }) }
        m.author = take("author", authorMeta + [("JSON-LD author", ld.lazy.compactMap(\.author).first)])
        m.url = take("url", [("<link rel=canonical>", raw.canonical)] + meta("og:url")
            + [("JSON-LD url", ld.lazy.compactMap(\.url).first)])
        m.site = take("site", meta("og:site_name", "application-name") + [("JSON-LD publisher", ld.lazy.compactMap(\.publisher).first)])
        return m
    }
}

/// The schema.org fields of one `<script type="application/ld+json">`, searched through `@graph` and nesting.
struct JSONLD {
    var headline: String?
    var datePublished: String?
    var author: String?
    var url: String?
    var publisher: String?
    /// schema.org's `articleBody`: the article as the site itself states it, for pages that render it by script.
    var articleBody: String?

    init?(_ text: String) {
        guard let data = text.data(using: .utf8),
              let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return nil }
        visit(json, depth: 0)
    }

    private mutating func visit(_ value: Any, depth: Int) {
        guard depth < 12 else { return }
        if let list = value as? [Any] {
            for item in list { visit(item, depth: depth + 1) }
            return
        }
        guard let object = value as? [String: Any] else { return }
        let type = (object["@type"] as? String) ?? ((object["@type"] as? [String])?.first) ?? ""
        let isArticle = type.hasSuffix("Article") || type == "BlogPosting" || type == "Report" || type == "WebPage"
        if datePublished == nil, let d = object["datePublished"] as? String { datePublished = d }
        if headline == nil, isArticle, let h = object["headline"] as? String { headline = h }
        if author == nil, let a = object["author"] { author = Self.names(a) }
        if publisher == nil, let p = object["publisher"] { publisher = Self.names(p) }
        if articleBody == nil, let b = object["articleBody"] as? String { articleBody = b }
        if url == nil, isArticle, type != "WebPage", let u = object["url"] as? String { url = u }
        for (key, child) in object where key == "@graph" || key == "mainEntity" || key == "mainEntityOfPage" {
            visit(child, depth: depth + 1)
        }
    }

    /// `"A"`, `{"name": "A"}` or a list of them → `A, B`.
    private static func names(_ value: Any) -> String? {
        if let s = value as? String { return s.hasPrefix("http") ? nil : s }
        if let o = value as? [String: Any] { return o["name"] as? String }
        if let list = value as? [Any] {
            let all = list.compactMap(names)
            return all.isEmpty ? nil : all.joined(separator: ", ")
        }
        return nil
    }
}
