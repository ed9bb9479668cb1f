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
    func listed(includeDrafts: Bool) -> (listing: ArticleListing, hidesDrafts: Bool, rows: any ArticleRows)
    var problems: [Problem] { get }
    /// The problems as the reader needs them: how many files at once, the list when shown.
    var problemList: ProblemList { get }
    var state: CatalogState { get }
    /// What the user must hear about their state database (moved aside, not writable).
    var stateNotice: String? { get }
    func article(_ id: ArticleID) throws -> Article
    func search(_ query: String, options: SearchOptions) throws -> [CatalogSearchHit]
    /// A search that never waits for a first build's search index: the hits among the articles
    /// searchable now, and the percent of the library they are (nil: all of it).
    func searchNow(_ query: String, options: SearchOptions) throws -> (hits: [CatalogSearchHit], coverage: Int?)
    /// While the bodies of a first build are parsed and its search index filled in the
    /// background, how far that has got; nil when nothing runs.
    var backgroundProgress: IndexProgress? { get }
    func setRead(_ read: Bool, for id: ArticleID) throws
    func setStarred(_ starred: Bool, for id: ArticleID) throws
    func savePosition(_ position: ReadingPosition, for id: ArticleID) throws
    /// What changed on disk since the last call, already applied to ``summaries`` and
    /// ``problems``; nil when nothing did. Never waits (the runtime asks at every turn of its loop).
    func takeChange() throws -> LibraryChange?
}

extension LibraryCatalog: LibrarySource {
    /// The catalog's own listing (shared, not copied) and its rows by index row: no full
    /// summary is read until a row is drawn.
    public func listed(includeDrafts: Bool) -> (listing: ArticleListing, hidesDrafts: Bool, rows: any ArticleRows) {
        (listing, !includeDrafts, CatalogRows(catalog: self, rowIDs: listingRowIDs))
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

    /// A library held in memory is searchable whole at once.
    public func searchNow(_ query: String, options: SearchOptions) throws -> (hits: [CatalogSearchHit], coverage: Int?) {
        (try search(query, options: options), nil)
    }

    /// A library held in memory has no work in the background.
    public var backgroundProgress: IndexProgress? { nil }

    /// Problems held in memory.
    public var problemList: ProblemList { ProblemList(problems) }

    /// Every summary held in memory.
    public func listed(includeDrafts: Bool) -> (listing: ArticleListing, hidesDrafts: Bool, rows: any ArticleRows) {
        (ArticleListing(summaries), !includeDrafts, ArticleRowsInMemory(summaries))
    }
}

extension LibrarySource {
    /// What the library screen starts from: every article (drafts only when asked), the
    /// problems, the marks.
    func snapshot(includeDrafts: Bool = false) -> LibrarySnapshot {
        let (listing, hidesDrafts, rows) = listed(includeDrafts: includeDrafts)
        return LibrarySnapshot(
            rootPath: LibraryDisplayName.of(root), listing: listing, hidesDrafts: hidesDrafts, rows: rows,
            // The state database's notice joins the problems, so the `!` screen shows it whole
            // and the launch status line points at it.
            problems: problemList.adding(after: stateNotice.map { [Problem(path: "state.sqlite", severity: .warning, message: $0)] } ?? []),
            readState: ReadState(read: state.read, starred: state.starred, positions: state.positions))
    }
}
