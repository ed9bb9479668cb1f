import Foundation
import NewsCore
import NewsReading
import NewsStore
import NewsUI

/// What the interactive reader asks of the library: exactly ``LibraryCatalog``'s API, as a
/// protocol so the runtime loop can be tested with a library that fails on demand.
public protocol LibrarySource: AnyObject {
    var root: URL { get }
    var summaries: [ArticleSummary] { get }
    /// What the library screen lists (drafts only when asked) and where it reads the rows it
    /// draws; a catalog reads them from its index, a source in memory from ``summaries``.
    func listed(includeDrafts: Bool) -> (listing: ArticleListing, rows: any ArticleRows)
    var problems: [Problem] { get }
    /// The problems as the reader needs them: how many files at once, the list when shown.
    var problemList: ProblemList { get }
    var state: CatalogState { get }
    /// What the user must hear about their state database (moved aside, not writable).
    var stateNotice: String? { get }
    func article(_ id: ArticleID) throws -> Article
    func search(_ query: String, options: SearchOptions) throws -> [CatalogSearchHit]
    /// False while a first build's search index is still being filled (a search would wait).
    var isSearchReady: Bool { get }
    func setRead(_ read: Bool, for id: ArticleID) throws
    func setStarred(_ starred: Bool, for id: ArticleID) throws
    func savePosition(_ position: ReadingPosition, for id: ArticleID) throws
    /// What changed on disk since the last call, already applied to ``summaries`` and
    /// ``problems``; nil when nothing did. Never waits (the runtime asks at every turn of its loop).
    func takeChange() throws -> LibraryChange?
}

extension LibraryCatalog: LibrarySource {
    /// The listing and its rows by index row: no full summary is read until a row is drawn.
    public func listed(includeDrafts: Bool) -> (listing: ArticleListing, rows: any ArticleRows) {
        let listing = self.listing, rowIDs = listingRowIDs
        guard !includeDrafts, listing.drafts.contains(true) else {
            return (listing, CatalogRows(catalog: self, rowIDs: rowIDs))
        }
        let kept = listing.drafts.indices.filter { !listing.drafts[$0] }
        return (listing.subset(kept), CatalogRows(catalog: self, rowIDs: kept.map { rowIDs[$0] }))
    }

    /// Counted in the index; decoded only when the Problems screen opens.
    public var problemList: ProblemList {
        let overview = problemOverview()
        return ProblemList(fileCount: overview.files, signature: overview.signature) { [self] in problems }
    }
}

extension LibrarySource {
    /// A library nobody watches never changes.
    public func takeChange() throws -> LibraryChange? { nil }

    /// Problems held in memory.
    public var problemList: ProblemList { ProblemList(problems) }

    /// Every summary held in memory.
    public func listed(includeDrafts: Bool) -> (listing: ArticleListing, rows: any ArticleRows) {
        let articles = includeDrafts ? summaries : summaries.filter { !$0.isDraft }
        return (ArticleListing(articles), ArticleRowsInMemory(articles))
    }
}

extension LibrarySource {
    /// What the library screen starts from: every article (drafts only when asked), the
    /// problems, the marks.
    func snapshot(includeDrafts: Bool = false) -> LibrarySnapshot {
        let (listing, rows) = listed(includeDrafts: includeDrafts)
        return LibrarySnapshot(
            rootPath: LibraryDisplayName.of(root), listing: listing, rows: rows,
            // The state database's notice joins the problems, so the `!` screen shows it whole
            // and the launch status line points at it.
            problems: problemList.adding(after: stateNotice.map { [Problem(path: "state.sqlite", severity: .warning, message: $0)] } ?? []),
            readState: ReadState(read: state.read, starred: state.starred, positions: state.positions))
    }
}
