import NewsCore

/// Everything the library screen shows, handed over by the runtime when the library is loaded.
public struct LibrarySnapshot: Equatable, Sendable {
    /// The library folder, for the top bar.
    public var rootPath: String
    /// Every listed article, newest first (drafts only when the user asked for them).
    public var articles: [ArticleSummary]
    /// Files that could not be read and why (the Problems screen).
    public var problems: [Problem]
    public var readState: ReadState

    public init(rootPath: String, articles: [ArticleSummary], problems: [Problem] = [], readState: ReadState = ReadState()) {
        self.rootPath = rootPath
        self.articles = articles
        self.problems = problems
        self.readState = readState
    }
}

/// The user's marks on articles: read, starred, and where reading stopped.
public struct ReadState: Equatable, Sendable {
    public var read: Set<ArticleID>
    public var starred: Set<ArticleID>
    public var positions: [ArticleID: ReadingPosition]

    public init(read: Set<ArticleID> = [], starred: Set<ArticleID> = [], positions: [ArticleID: ReadingPosition] = [:]) {
        self.read = read
        self.starred = starred
        self.positions = positions
    }
}

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
