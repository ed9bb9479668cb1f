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
