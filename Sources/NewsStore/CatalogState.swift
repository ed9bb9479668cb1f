import NewsCore

/// Read marks, stars and reading positions, keyed by article id.
public struct CatalogState: Equatable, Sendable {
    public var read: Set<ArticleID> = []
    public var starred: Set<ArticleID> = []
    public var positions: [ArticleID: ReadingPosition] = [:]

    public init() {}
}
