import NewsCore

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
