import NewsCore

/// A finished library search: the query and the matching articles, best first.
struct LibrarySearch: Equatable, Sendable {
    var query: String
    var ids: [ArticleID]
    /// Each match's excerpt, shown on the status line while its article is highlighted.
    var snippets: [ArticleID: SearchResult]

    init(query: String, results: [SearchResult]) {
        self.query = query
        ids = results.map(\.id)
        snippets = Dictionary(results.filter { !$0.snippet.isEmpty }.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
