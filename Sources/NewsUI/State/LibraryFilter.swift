import NewsCore

/// The active filters of the library list; every one that is set must hold (tag AND topic AND
/// search AND starred AND unread).
struct LibraryFilter: Equatable, Sendable {
    var tag: String?
    var topic: String?
    /// A term of one of the site's own taxonomies (`series`: `Hugo 入门`).
    var term: TaxonomyTerm?
    var starredOnly = false
    var unreadOnly = false
    var search: LibrarySearch?

    var isEmpty: Bool { self == LibraryFilter() }

    /// Whether `article` passes every filter but the search (the search keeps its own order).
    func admits(_ article: ArticleSummary, _ state: ReadState) -> Bool {
        if let tag, !article.tags.contains(tag) { return false }
        if let topic, !article.topics.contains(topic) { return false }
        if let term, !(article.terms[term.taxonomy]?.contains(term.name) ?? false) { return false }
        if starredOnly, !state.starred.contains(article.id) { return false }
        if unreadOnly, state.read.contains(article.id) { return false }
        return true
    }

    /// The filters as short labels for the top bar: `#tag`, `主题:topic`, `series:name`, `/query`, `★`, `未读`.
    var labels: [String] {
        var labels: [String] = []
        if let topic { labels.append("主题:" + topic) }
        if let tag { labels.append("#" + tag) }
        if let term { labels.append(term.taxonomy + ":" + term.name) }
        if starredOnly { labels.append("★") }
        if unreadOnly { labels.append("未读") }
        if let search { labels.append("/" + search.query) }
        return labels
    }
}

/// One term of one of the site's own taxonomies.
struct TaxonomyTerm: Equatable, Sendable {
    var taxonomy: String
    var name: String
}

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
