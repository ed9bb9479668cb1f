/// The metadata block at the top of an article (YAML between `---`, or TOML between `+++`).
///
/// Known fields are typed; every other field is kept verbatim in ``extra`` so nothing the author
/// wrote is lost (`categories`, `author`, `slug`, custom taxonomies, …).
public struct FrontMatter: Equatable, Sendable {
    public enum Format: String, Codable, Sendable {
        case yaml, toml, none
    }

    public var format: Format
    public var title: String?
    public var date: ArticleDate?
    public var draft: Bool
    public var summary: String?
    public var tags: [String]
    /// Hugo's `main_topics`: the one to three broad topics of the article.
    public var topics: [String]
    public var featuredImage: String?
    /// Every field not listed above, by its key as written.
    public var extra: [String: FrontMatterValue]

    public init(
        format: Format = .none, title: String? = nil, date: ArticleDate? = nil, draft: Bool = false,
        summary: String? = nil, tags: [String] = [], topics: [String] = [], featuredImage: String? = nil,
        extra: [String: FrontMatterValue] = [:]
    ) {
        self.format = format
        self.title = title
        self.date = date
        self.draft = draft
        self.summary = summary
        self.tags = tags
        self.topics = topics
        self.featuredImage = featuredImage
        self.extra = extra
    }
}

/// A front matter value of any shape, for the fields newsreader does not interpret.
public indirect enum FrontMatterValue: Equatable, Sendable {
    case string(String)
    case integer(Int)
    case double(Double)
    case bool(Bool)
    case date(ArticleDate)
    case array([FrontMatterValue])
    case table([String: FrontMatterValue])
    case null
}
