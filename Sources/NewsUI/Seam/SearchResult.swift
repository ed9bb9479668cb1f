import NewsCore

/// One library search result, best first.
public struct SearchResult: Equatable, Sendable {
    public var id: ArticleID
    /// A short excerpt around the match.
    public var snippet: String
    /// Character offsets of the matched text in `snippet`, to highlight.
    public var highlights: [Range<Int>]

    public init(id: ArticleID, snippet: String = "", highlights: [Range<Int>] = []) {
        self.id = id
        self.snippet = snippet
        self.highlights = highlights
    }
}
