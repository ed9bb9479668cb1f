import NewsCore

/// Which half of the library screen has the keyboard.
enum LibraryFocus: Equatable, Sendable {
    case facets, articles
}

/// One row of the facet pane.
enum FacetRow: Equatable, Sendable {
    case heading(String)
    case starred(count: Int)
    case unread(count: Int)
    case topic(String, count: Int)
    case tag(String, count: Int)
    /// A term of one of the site's own taxonomies, under a heading of its own.
    case term(TaxonomyTerm, count: Int)

    var isHeading: Bool {
        if case .heading = self { return true }
        return false
    }
}

/// The library screen's data and the list derived from it.
///
/// The filtered list and the facet counts are recomputed only in ``refilter()`` (when the
/// filters or the library change), never while drawing: with 10k articles a frame must not
/// walk the whole library.
struct LibraryState: Equatable, Sendable {
    var snapshot: LibrarySnapshot
    let indexByID: [ArticleID: Int]
    let facetIndex: FacetIndex
    var filter = LibraryFilter()
    /// Indices into `snapshot.articles` of the listed articles, in list order.
    private(set) var visible: [Int] = []
    private(set) var facets = FacetCounts()
    private(set) var facetRows: [FacetRow] = []
    var focus = LibraryFocus.articles
    var list = ListCursor()
    var pane = ListCursor()
    var searchPrompt: TextPrompt?

    init(snapshot: LibrarySnapshot) {
        self.snapshot = snapshot
        indexByID = Dictionary(snapshot.articles.enumerated().map { ($0.element.id, $0.offset) },
                               uniquingKeysWith: { first, _ in first })
        facetIndex = FacetIndex(articles: snapshot.articles)
        refilter()
    }

    var articles: [ArticleSummary] { snapshot.articles }
    var readState: ReadState {
        get { snapshot.readState }
        set { snapshot.readState = newValue }
    }

    /// The highlighted article of the list, if the list is not empty.
    var selectedArticle: ArticleSummary? {
        visible.indices.contains(list.selected) ? articles[visible[list.selected]] : nil
    }

    /// The listed articles' ids, in list order (what J/K walk in the reader).
    var visibleIDs: [ArticleID] { visible.map { articles[$0].id } }

    /// Indices of the articles passing `filter`: in search order when a search is active,
    /// else in library order (newest first).
    func indices(matching filter: LibraryFilter) -> [Int] {
        let state = snapshot.readState
        if let search = filter.search {
            return search.ids.compactMap { indexByID[$0] }.filter { filter.admits(articles[$0], state) }
        }
        // Nothing to check without filters (the launch case): skip a pass over every summary.
        if filter.isEmpty { return Array(articles.indices) }
        return articles.indices.filter { filter.admits(articles[$0], state) }
    }

    /// Recomputes the list, the counts and the pane after a change of filters or marks,
    /// keeping the highlighted article when it is still listed.
    mutating func refilter(page: Int = 1) {
        let keep = selectedArticle?.id
        visible = indices(matching: filter)
        facets = FacetCounts(articles: articles, index: facetIndex, indices: visible, state: snapshot.readState)
        facetRows = Self.rows(for: facets)
        if let keep, let index = visible.firstIndex(where: { articles[$0].id == keep }) {
            list.select(index, count: visible.count, page: page)
        } else {
            list.reveal(count: visible.count, page: page)
        }
        pane.reveal(count: facetRows.count, page: page)
        if facetRows.indices.contains(pane.selected), facetRows[pane.selected].isHeading { pane.selected += 1 }
    }

    private static func rows(for facets: FacetCounts) -> [FacetRow] {
        var rows: [FacetRow] = [.starred(count: facets.starred), .unread(count: facets.unread), .heading("主题 Topics")]
        rows += facets.topics.map { .topic($0.name, count: $0.count) }
        rows.append(.heading("标签 Tags"))
        rows += facets.tags.map { .tag($0.name, count: $0.count) }
        for (taxonomy, counts) in facets.terms where !counts.isEmpty {
            rows.append(.heading(Self.headingTitle(taxonomy)))
            rows += counts.map { .term(TaxonomyTerm(taxonomy: taxonomy, name: $0.name), count: $0.count) }
        }
        return rows
    }

    /// `系列 Series` for series (as the pane says `标签 Tags`), else the taxonomy's name capitalised.
    private static func headingTitle(_ taxonomy: String) -> String {
        taxonomy == "series" ? "系列 Series" : taxonomy.prefix(1).uppercased() + taxonomy.dropFirst()
    }
}

extension LibraryState: CustomStringConvertible {
    /// `library(listed: 3 of 4, filters: [#AI], focus: articles, selected: 0)`.
    var description: String {
        "library(listed: \(visible.count) of \(articles.count), filters: \(filter.labels), focus: \(focus), selected: \(list.selected))"
    }
}
