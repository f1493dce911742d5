/// A web page flattened out of libxml2's tree into value types: elements with the attributes
/// extraction looks at, and runs of inline text in document order. Everything after parsing
/// works on these, so the heuristics are plain Swift and testable without C.
struct PageTree {
    struct Element {
        var tag: String
        /// Index of the parent element; -1 for the root.
        var parent: Int
        var depth: Int
        /// Lower-cased words of `class` and `id`, split at punctuation and camel case (`shareBar` → share, bar).
        var nameTokens: [String]
        var role: String?
        /// `hidden`, `aria-hidden="true"` or an inline `display:none` / `visibility:hidden`.
        var isHidden: Bool
    }

    /// Inline text between block boundaries, owned by the nearest block-level element.
    struct Run {
        var owner: Int
        var text: String
        /// Unicode scalars in `text` (counted once: grapheme counting was a tenth of extraction time).
        var length: Int
        /// Commas (Latin and CJK), a sign of prose.
        var commas: Int
        /// Scalars of `text` inside links.
        var linkCharacters: Int

        /// Prose: long enough to be a sentence or more, and not mostly links.
        var isProse: Bool { isLong && Double(linkCharacters) < 0.3 * Double(length) }
        var isLong: Bool { length >= MainText.minimumProseLength }

        init(owner: Int, text: String, linkCharacters: Int) {
            self.owner = owner
            self.text = text
            var length = 0, commas = 0
            for scalar in text.unicodeScalars {
                length += 1
                if scalar == "," || scalar == "，" || scalar == "、" { commas += 1 }
            }
            self.length = length
            self.commas = commas
            self.linkCharacters = min(linkCharacters, length)
        }
    }

    var elements: [Element] = []
    var runs: [Run] = []
    var metadata = RawMetadata()
}

/// Metadata candidates as found, before choosing: the page may state a field several ways.
struct RawMetadata {
    /// `<meta>` name/property/itemprop (lower-cased) → content, first occurrence kept.
    var meta: [String: String] = [:]
    var titleElement: String?
    var canonical: String?
    var jsonLD: [String] = []
    /// `<time datetime>` values, each with whether it was marked as the publication time.
    var times: [(value: String, marked: Bool)] = []
}

enum HTMLTags {
    /// Not read at all: code, styling, embedded media and form controls.
    static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed",
        "video", "audio", "select", "option", "button", "input", "textarea", "head", "title", "map",
    ]
    /// Elements that start and end a paragraph-like block.
    static let block: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl",
        "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
        "td", "tfoot", "th", "thead", "tr", "ul", "caption", "legend",
    ]
}
