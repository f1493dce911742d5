/// What a web page or PDF holds once its furniture is set aside: the article's paragraphs,
/// its metadata, and every block left out with the reason, so a user can audit the cut.
public struct ExtractedArticle: Sendable, Equatable {
    public var metadata: ArticleMetadata
    /// The article's text blocks in reading order, one paragraph each (HTML), or one page's lines each (PDF).
    public var pages: [[String]]
    /// Blocks not taken as article text, in document order.
    public var dropped: [DroppedBlock]
    /// Notes the reader should see (a guessed charset, a page without text), one line each.
    public var warnings: [String]

    public init(metadata: ArticleMetadata, pages: [[String]], dropped: [DroppedBlock], warnings: [String]) {
        self.metadata = metadata
        self.pages = pages
        self.dropped = dropped
        self.warnings = warnings
    }

    /// The paragraphs of an HTML page (which has one "page").
    public var paragraphs: [String] { pages.flatMap { $0 } }
}

/// Title, date, author and address as the page states them; `nil` where it does not.
public struct ArticleMetadata: Sendable, Equatable {
    public var title: String?
    /// As written in the page (ISO 8601 in `<meta>` and JSON-LD, or a `<time datetime>`).
    public var published: String?
    public var author: String?
    public var url: String?
    /// The publication's name (`og:site_name`, JSON-LD publisher).
    public var site: String?
    /// Where each field came from, e.g. `published: "meta article:published_time"`, for `extract` and tests.
    public var provenance: [String: String]

    public init(title: String? = nil, published: String? = nil, author: String? = nil, url: String? = nil, site: String? = nil, provenance: [String: String] = [:]) {
        self.title = title
        self.published = published
        self.author = author
        self.url = url
        self.site = site
        self.provenance = provenance
    }
}

/// A block of the page that is not article text.
public struct DroppedBlock: Sendable, Equatable {
    public var text: String
    public var reason: DropReason
    /// 1-based page of a PDF block; `nil` for web pages.
    public var page: Int?

    public init(text: String, reason: DropReason, page: Int? = nil) {
        self.text = text
        self.reason = reason
        self.page = page
    }
}

/// Why a block was left out.
public enum DropReason: String, Sendable, Equatable, CaseIterable {
    case navigation
    case pageHeader = "page-header"
    case pageFooter = "page-footer"
    case sidebar
    case shareBar = "share-bar"
    case relatedStories = "related-stories"
    case comments
    case newsletterOrCookieBox = "newsletter-or-cookie-box"
    case advertisement
    case caption
    case hidden
    case linkList = "link-list"
    case outsideMainText = "outside-main-text"
    case runningHeader = "running-header"
    case pageNumber = "page-number"

    public var explanation: String {
        switch self {
        case .navigation: return "site navigation or menu"
        case .pageHeader: return "page header or masthead"
        case .pageFooter: return "page footer"
        case .sidebar: return "sidebar or widget"
        case .shareBar: return "share or follow buttons"
        case .relatedStories: return "related or recommended stories"
        case .comments: return "readers' comments"
        case .newsletterOrCookieBox: return "newsletter, subscription or cookie box"
        case .advertisement: return "advertising"
        case .caption: return "figure or photo caption"
        case .hidden: return "hidden from readers"
        case .linkList: return "mostly links"
        case .outsideMainText: return "outside the article's main text"
        case .runningHeader: return "running header or footer repeated on the PDF's pages"
        case .pageNumber: return "page number"
        }
    }
}
