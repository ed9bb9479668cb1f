import NewsCore
import NewsReading

/// The active filters of the library list; every one that is set must hold (tag AND topic AND
/// outlet AND taxonomy term AND search AND starred AND unread AND in progress).
struct LibraryFilter: Equatable, Sendable {
    var tag: String?
    var topic: String?
    var outlet: String?
    var inProgressOnly = false
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
        if let outlet, !article.outlets.contains(outlet) { return false }
        if inProgressOnly, !ReadingProgress.isInProgress(state.positions[article.id], bodyBlocks: article.bodyBlocks) {
            return false
        }
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
        if inProgressOnly { labels.append("在读") }
        if let outlet { labels.append("来源:" + outlet) }
        if let search { labels.append("/" + search.query) }
        return labels
    }
}
