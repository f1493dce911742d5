import ArticleExtraction

/// A block of a web page or PDF that FactCheck read but does not cite, with the reason;
/// `factcheck sources -v` and `factcheck extract -v` list them.
public struct SetAsideBlock: Sendable, Hashable {
    public enum Reason: Sendable, Hashable {
        /// Found as furniture in the page's structure (navigation, share bar, running header).
        case structure(DropReason)
        /// Found as furniture by its text (`Read more:`, a copyright line).
        case text(NoiseKind)

        public var explanation: String {
            switch self {
            case .structure(let r): return r.explanation
            case .text(let k): return k.explanation
            }
        }

        public var name: String {
            switch self {
            case .structure(let r): return r.rawValue
            case .text(let k): return k.rawValue
            }
        }
    }

    public let text: String
    public let reason: Reason
    /// The PDF page it was on.
    public let page: Int?

    /// `[share-bar] share or follow buttons: Share on Facebook…`, as `sources -v` and `extract -v` list it.
    public var summary: String {
        "[\(reason.name)] \(reason.explanation): \(TextSafety.visible(TextSafety.clip(text, 70)))"
    }
}
