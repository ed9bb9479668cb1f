import NewsCore

/// Where the library screen reads the articles it draws: the full ``ArticleSummary`` of a few
/// positions of the ``LibrarySnapshot/listing`` (the rows on screen, the highlighted one, the
/// related articles), never all of them.
///
/// This is the one read ``NewsUI`` makes behind the runtime's back: the runtime's implementation
/// reads the index (a few rows by key, cached), synchronously; tests keep summaries in memory.
/// Positions are those of the listing the rows came with.
public protocol ArticleRows: AnyObject, Sendable {
    /// The summaries at `positions`, in that order; a row that cannot be read any more (its
    /// file was removed since the listing was made) is left out.
    func summaries(at positions: [Int]) -> [Int: ArticleSummary]
    /// Every article's id and path (following a link inside the library; rare, and a small read).
    func paths() -> [(id: ArticleID, path: String)]
    /// The other addresses front matter gives some articles (`slug`, `url`, `aliases`), by id.
    func siteAddresses() -> [ArticleID: SiteAddresses]
}

extension ArticleRows {
    /// None, for rows that do not keep them (tests' summaries in memory).
    public func siteAddresses() -> [ArticleID: SiteAddresses] { [:] }

    public func summary(at position: Int) -> ArticleSummary? {
        summaries(at: [position])[position]
    }
}

/// Rows kept in memory (tests, and libraries small enough to hold).
public final class ArticleRowsInMemory: ArticleRows {
    let articles: [ArticleSummary]

    public init(_ articles: [ArticleSummary]) {
        self.articles = articles
    }

    public func summaries(at positions: [Int]) -> [Int: ArticleSummary] {
        var found: [Int: ArticleSummary] = [:]
        for position in positions where articles.indices.contains(position) { found[position] = articles[position] }
        return found
    }

    public func paths() -> [(id: ArticleID, path: String)] {
        articles.map { ($0.id, $0.path) }
    }
}
