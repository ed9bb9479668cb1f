/// One row of the library's facet pane.
enum FacetRow: Equatable, Sendable {
    case heading(String)
    case starred(count: Int)
    case unread(count: Int)
    /// `◐ 在读 In progress`: left part-way (``ReadingProgress``).
    case inProgress(count: Int)
    case topic(String, count: Int)
    case tag(String, count: Int)
    /// An outlet the articles' citations name (`来源 Sources`).
    case outlet(String, count: Int)
    /// A term of one of the site's own taxonomies, under a heading of its own.
    case term(TaxonomyTerm, count: Int)

    var isHeading: Bool {
        if case .heading = self { return true }
        return false
    }
}
