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

    /// Whether the article at each position of `listing` passes every filter but the search
    /// (the search keeps its own order). The names are looked up once, as numbers: a filter
    /// on a name no article carries admits nothing.
    func admission(in listing: ArticleListing, _ state: ReadState) -> (Int) -> Bool {
        let unknown: Int32 = -1
        let tag = tag.map { listing.tags.number(of: $0) ?? unknown }
        let topic = topic.map { listing.topics.number(of: $0) ?? unknown }
        let outlet = outlet.map { listing.outlets.number(of: $0) ?? unknown }
        let termColumn = term.flatMap { listing.terms(of: $0.taxonomy) }
        let termNumber = term.map { termColumn?.number(of: $0.name) ?? unknown }
        let starredOnly = starredOnly, unreadOnly = unreadOnly, inProgressOnly = inProgressOnly
        return { article in
            if let tag, !listing.tags.numbers(of: article).contains(tag) { return false }
            if let topic, !listing.topics.numbers(of: article).contains(topic) { return false }
            if let termNumber, !(termColumn?.numbers(of: article).contains(termNumber) ?? false) { return false }
            if let outlet, !listing.outlets.numbers(of: article).contains(outlet) { return false }
            // The id is made from the listing's bytes only for a filter on the reading state.
            guard starredOnly || unreadOnly || inProgressOnly else { return true }
            let id = listing.ids[article]
            if starredOnly, !state.starred.contains(id) { return false }
            if unreadOnly, state.read.contains(id) { return false }
            if inProgressOnly,
               !ReadingProgress.isInProgress(state.positions[id], bodyBlocks: Int(listing.bodyBlocks[article])) {
                return false
            }
            return true
        }
    }

    /// The filters as short labels for the top bar: `#tag`, `主题:topic`, `series:name`, `/query`
    /// (`/query 搜索索引未完成 (62%)` while the search covered part of the library), `★`, `未读`.
    var labels: [String] {
        var labels: [String] = []
        if let topic { labels.append("主题:" + topic) }
        if let tag { labels.append("#" + tag) }
        if let term { labels.append(term.taxonomy + ":" + term.name) }
        if starredOnly { labels.append("★") }
        if unreadOnly { labels.append("未读") }
        if inProgressOnly { labels.append("在读") }
        if let outlet { labels.append("来源:" + outlet) }
        if let search { labels.append("/" + search.query + (search.incompleteNote.map { " " + $0 } ?? "")) }
        return labels
    }
}
