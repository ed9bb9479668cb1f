import NewsCore
import NewsReading

/// Which half of the library screen has the keyboard.
enum LibraryFocus: Equatable, Sendable {
    case facets, articles
}

/// The library: the facet pane and the article list, filtered as the user chose.
///
/// The filtered list and the facet counts are recomputed only in ``refilter(marks:page:)`` (when
/// the filters, the marks or the library change), never while drawing: with 100k articles a
/// frame must not walk the whole library. Both work on the snapshot's compact ``ArticleListing``;
/// the full summaries of the rows drawn are read through ``ArticleRows``. The marks themselves (read, starred) are shared: the
/// app keeps them in ``SharedState/snapshot`` and says when they change.
struct LibraryScreen: Screen {
    static let keyContext = KeyContext.library
    static let title = "文库 Library"
    static let typingHelp = TypingHelp(after: [TextPrompt.help])

    let listing: ArticleListing
    let rows: any ArticleRows
    /// Positions of the articles the list may show (all but drafts, unless asked for), in order.
    let listable: [Int]
    var filter = LibraryFilter()
    /// Positions in `listing` of the listed articles, in list order.
    private(set) var visible: [Int] = []
    private(set) var facets = FacetCounts()
    private(set) var facetRows: [FacetRow] = []
    var focus = LibraryFocus.articles
    var list = ListCursor()
    var pane = ListCursor()
    var searchPrompt: TextPrompt?

    init(snapshot: LibrarySnapshot) {
        listing = snapshot.listing
        rows = snapshot.rows
        listable = snapshot.listablePositions
        refilter(marks: snapshot.readState)
    }

    /// The library of a reloaded `snapshot`, keeping what the user was looking at in `previous`.
    init(reloading snapshot: LibrarySnapshot, keeping previous: LibraryScreen, page: Int) {
        self.init(snapshot: snapshot)
        filter = previous.filter
        focus = previous.focus
        list = previous.list
        pane = previous.pane
        // The background body pass reloads the library at any moment: a query being typed stays.
        searchPrompt = previous.searchPrompt
        refilter(marks: snapshot.readState, page: page)
        // Articles may have come or gone above the highlighted one: follow it by id.
        if let kept = previous.selectedID, let row = visible.firstIndex(where: { listing.ids[$0] == kept }) {
            list.select(row, count: visible.count, page: page)
        }
    }

    // MARK: - Layout

    /// Rows of the list and the facet pane: all but the top bar and the status line.
    static func page(_ shared: SharedState) -> Int { max(1, shared.height - 2) }

    /// Whether the facet pane and the list fit side by side; narrower screens show the one
    /// with the focus across the whole width (Tab switches).
    static func isSplit(_ shared: SharedState) -> Bool { shared.width >= 60 }

    /// Columns of the facet pane when split.
    static func paneWidth(_ shared: SharedState) -> Int { min(28, max(16, shared.width * 3 / 10)) }

    // MARK: - The list

    /// The id of the highlighted article, if the list is not empty.
    var selectedID: ArticleID? {
        visible.indices.contains(list.selected) ? listing.ids[visible[list.selected]] : nil
    }

    /// The highlighted article's summary (one row read), if the list is not empty.
    var selectedArticle: ArticleSummary? {
        visible.indices.contains(list.selected) ? rows.summary(at: visible[list.selected]) : nil
    }

    /// The listed articles' ids, in list order (what J/K walk in the reader).
    var visibleIDs: [ArticleID] { visible.map { listing.ids[$0] } }

    /// Positions of the articles passing `filter`: in search order when a search is active,
    /// else in library order (newest first).
    func indices(matching filter: LibraryFilter, marks: ReadState) -> [Int] {
        let admits = filter.admission(in: listing, marks)
        if let search = filter.search {
            // A search answers a few hundred ids at most: one pass finds where they are listed.
            let wanted = Set(search.ids)
            var positionByID: [ArticleID: Int] = [:]
            for position in listing.ids.indices where wanted.contains(listing.ids[position]) {
                if positionByID[listing.ids[position]] == nil { positionByID[listing.ids[position]] = position }
            }
            return search.ids.compactMap { positionByID[$0] }.filter { listable.count == listing.count || !listing.drafts[$0] }
                .filter(admits)
        }
        // Nothing to check without filters (the launch case): skip a pass over the listing.
        if filter.isEmpty { return listable }
        return listable.filter(admits)
    }

    /// Recomputes the list, the counts and the pane after a change of filters or marks,
    /// keeping the highlighted article when it is still listed.
    mutating func refilter(marks: ReadState, page: Int = 1) {
        let keep = selectedID
        visible = indices(matching: filter, marks: marks)
        facets = FacetCounts(listing: listing, positions: visible, state: marks)
        facetRows = Self.rows(for: facets, showingInProgress: facets.inProgress > 0 || filter.inProgressOnly)
        if let keep, let index = visible.firstIndex(where: { listing.ids[$0] == keep }) {
            list.select(index, count: visible.count, page: page)
        } else {
            list.reveal(count: visible.count, page: page)
        }
        pane.reveal(count: facetRows.count, page: page)
        if facetRows.indices.contains(pane.selected), facetRows[pane.selected].isHeading { pane.selected += 1 }
    }

    /// The pane's rows; `◐ 在读 In progress` only while some article is (or its filter is on).
    private static func rows(for facets: FacetCounts, showingInProgress: Bool) -> [FacetRow] {
        var rows: [FacetRow] = [.starred(count: facets.starred), .unread(count: facets.unread)]
        if showingInProgress { rows.append(.inProgress(count: facets.inProgress)) }
        rows.append(.heading("主题 Topics"))
        rows += facets.topics.map { .topic($0.name, count: $0.count) }
        rows.append(.heading("标签 Tags"))
        rows += facets.tags.map { .tag($0.name, count: $0.count) }
        for (taxonomy, counts) in facets.terms where !counts.isEmpty {
            rows.append(.heading(Self.headingTitle(taxonomy)))
            rows += counts.map { .term(TaxonomyTerm(taxonomy: taxonomy, name: $0.name), count: $0.count) }
        }
        if !facets.outlets.isEmpty {
            rows.append(.heading("来源 Sources"))
            rows += facets.outlets.map { .outlet($0.name, count: $0.count) }
        }
        return rows
    }

    /// `系列 Series` for series (as the pane says `标签 Tags`), else the taxonomy's name capitalised.
    private static func headingTitle(_ taxonomy: String) -> String {
        taxonomy == "series" ? "系列 Series" : taxonomy.prefix(1).uppercased() + taxonomy.dropFirst()
    }
}

extension LibraryScreen: CustomStringConvertible {
    /// `library(listed: 3 of 4, filters: [#AI], focus: articles, selected: 0)`.
    var description: String {
        "library(listed: \(visible.count) of \(listable.count), filters: \(filter.labels), focus: \(focus), selected: \(list.selected))"
    }
}
