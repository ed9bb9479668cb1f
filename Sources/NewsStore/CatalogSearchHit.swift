import NewsCore

/// One search match.
public struct CatalogSearchHit: Equatable, Sendable {
    public var id: ArticleID
    public var title: String
    public var date: ArticleDate
    /// A short excerpt around the match, on one line.
    public var snippet: String
    /// Character offsets of the matched text in `snippet`.
    public var highlights: [Range<Int>]

    public init(id: ArticleID, title: String, date: ArticleDate, snippet: String, highlights: [Range<Int>]) {
        self.id = id
        self.title = title
        self.date = date
        self.snippet = snippet
        self.highlights = highlights
    }
}
