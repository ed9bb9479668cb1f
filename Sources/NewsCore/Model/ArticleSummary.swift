/// What lists, facets and search results need of an article, without its body.
///
/// The index stores one per article, so a library opens without parsing any Markdown; the
/// reader asks for the full ``Article`` only when one is opened.
public struct ArticleSummary: Hashable, Sendable {
    public var id: ArticleID
    /// Path relative to the library root, as in ``Article/path``.
    public var path: String
    public var title: String
    public var date: ArticleDate
    public var tags: [String]
    public var topics: [String]
    /// Terms of the site's own taxonomies, by taxonomy name (see ``Article/terms``).
    public var terms: [String: [String]]
    public var summary: String?
    public var isDraft: Bool
    /// Number of footnote definitions (citations) the article has.
    public var footnoteCount: Int
    /// The outlets its citations name, each once (issue #17; filled by NewsReading).
    public var outlets: [String] = []
    /// The `series` taxonomy's terms (issue #13's ``SiteTaxonomies`` read them into ``terms``).
    public var series: [String] { terms["series"] ?? [] }
    /// About how many minutes it takes to read, at least 1 (filled by NewsReading).
    public var readingMinutes: Int = 1
    /// How long it is: CJK characters plus Latin words, as 字数 counts (filled by NewsReading).
    public var characters: Int = 0
    /// The body's top-level blocks (`Document.blocks.count`): a reading position at the last of
    /// them or beyond has seen the end (filled by NewsReading).
    public var bodyBlocks: Int = 0

    public init(
        id: ArticleID, path: String, title: String, date: ArticleDate, tags: [String] = [],
        topics: [String] = [], terms: [String: [String]] = [:], summary: String? = nil, isDraft: Bool = false,
        footnoteCount: Int = 0
    ) {
        self.id = id
        self.path = path
        self.title = title
        self.date = date
        self.tags = tags
        self.topics = topics
        self.terms = terms
        self.summary = summary
        self.isDraft = isDraft
        self.footnoteCount = footnoteCount
    }

    /// The summary of a parsed article.
    public init(_ article: Article) {
        self.init(
            id: article.id, path: article.path, title: article.title, date: article.date,
            tags: article.tags, topics: article.topics, terms: article.terms, summary: article.summary,
            isDraft: article.isDraft, footnoteCount: article.document.footnotes.count)
    }
}
