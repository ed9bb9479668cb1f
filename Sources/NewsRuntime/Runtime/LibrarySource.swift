import Foundation
import NewsCore
import NewsStore
import NewsUI

/// What the interactive reader asks of the library: exactly ``LibraryCatalog``'s API, as a
/// protocol so the runtime loop can be tested with a library that fails on demand.
public protocol LibrarySource: AnyObject {
    var root: URL { get }
    var summaries: [ArticleSummary] { get }
    var problems: [Problem] { get }
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

extension LibraryCatalog: LibrarySource {}

extension LibrarySource {
    /// A library nobody watches never changes.
    public func takeChange() throws -> LibraryChange? { nil }
}

extension LibrarySource {
    /// What the library screen starts from: every article (drafts only when asked), the
    /// problems, the marks.
    func snapshot(includeDrafts: Bool = false) -> LibrarySnapshot {
        LibrarySnapshot(
            rootPath: LibraryDisplayName.of(root),
            articles: includeDrafts ? summaries : summaries.filter { !$0.isDraft },
            // The state database's notice joins the problems, so the `!` screen shows it whole
            // and the launch status line points at it.
            problems: problems + (stateNotice.map { [Problem(path: "state.sqlite", severity: .warning, message: $0)] } ?? []),
            readState: ReadState(read: state.read, starred: state.starred, positions: state.positions))
    }
}
