import NewsCore

/// A finished library search: the query and the matching articles, best first.
struct LibrarySearch: Equatable, Sendable {
    var query: String
    var ids: [ArticleID]
    /// Each match's excerpt, shown on the status line while its article is highlighted.
    var snippets: [ArticleID: SearchResult]
    /// The percent of the library the search covered while a first build's search index was
    /// still being filled (more may match: the search runs again once it is done); nil: all of it.
    var coverage: Int?

    init(query: String, results: [SearchResult], coverage: Int? = nil) {
        self.query = query
        self.coverage = coverage
        ids = results.map(\.id)
        snippets = Dictionary(results.filter { !$0.snippet.isEmpty }.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// `搜索索引未完成 (62%)` for a search that covered part of the library, nil for a complete one.
    var incompleteNote: String? {
        coverage.map { "搜索索引未完成 (\($0)%)" }
    }
}
