import Foundation
import GRDB
import NewsCore
#if canImport(Glibc)
import Glibc
#endif

/// The library as the reader and the commands use it: summaries for lists and facets, full
/// articles on demand, search, and the user's reading state.
///
/// This is the seam between the interactive reader and storage: callers use only this API. Opening
/// walks the folder (`stat` only) and brings the index up to date, parsing only files that changed;
/// nothing else is parsed until ``article(_:)`` asks for one article. On a first build the search
/// index is filled in the background after opening; ``search(_:)`` waits for it.
public final class LibraryCatalog: @unchecked Sendable {
    // @unchecked: used from one thread at a time (the runtime's loop); not shared across tasks.
    /// The folder articles are read from (`content/` when a Hugo site root was given).
    public let root: URL
    /// Every readable article, newest first, drafts included; terms in the spellings of ``terms``.
    public private(set) var summaries: [ArticleSummary]
    /// The site's taxonomies besides tags and topics (`series`, those its configuration declares).
    public let taxonomies: SiteTaxonomies
    /// Every taxonomy's terms merged across the library (case and width folded).
    public let terms: LibraryTerms
    public private(set) var state: CatalogState
    /// Where the index is and what opening it did.
    public let indexStatus: IndexStatus
    /// What the user must be told about their state database (a damaged file moved aside, a
    /// folder that cannot be written so nothing is kept); nil when all is well.
    public let stateNotice: String?

    private let index: LibraryIndex
    private let hiddenDuplicates: [Problem]
    private var cachedProblems: [Problem]?
    private let stateBackend: CatalogStateBackend

    private init(root: URL, index: LibraryIndex, stateBackend: CatalogStateBackend, stateNotice: String?) throws {
        self.root = root
        self.index = index
        self.stateBackend = stateBackend
        self.stateNotice = stateNotice
        indexStatus = index.status
        let read = try index.summaries()
        taxonomies = index.taxonomies
        terms = LibraryTerms(read.summaries, taxonomies: index.taxonomies)
        summaries = terms.rewrite(read.summaries)
        hiddenDuplicates = read.hiddenDuplicates
        state = try stateBackend.load()
    }

    /// Opens the library under `root`, with its index in `locations.cacheDirectory`.
    ///
    /// - Parameter rebuildIndex: drop the index and build it from scratch (`newsreader reindex`).
    /// - Throws: ``LibraryError`` when `root` is missing or not a folder; a broken, locked or
    ///   unwritable index never throws (it is rebuilt, or kept in memory).
    public static func open(root: URL, locations: StoreLocations = .fromEnvironment(), rebuildIndex: Bool = false) throws -> LibraryCatalog {
        try open(root: root, locations: locations, rebuildIndex: rebuildIndex, busyTimeout: 5)
    }

    /// ``open(root:locations:rebuildIndex:)`` with a chosen wait for a locked index (tests).
    static func open(root: URL, locations: StoreLocations, rebuildIndex: Bool, busyTimeout: TimeInterval) throws -> LibraryCatalog {
        let folder = try Library.resolveRoot(root)
        let index = try LibraryIndex.open(folder: folder, cacheDirectory: locations.cacheDirectory,
                                          rebuild: rebuildIndex, busyTimeout: busyTimeout)
        let (store, notice) = try StateStore.open(locations: locations, libraryRoot: folder)
        return try LibraryCatalog(root: folder, index: index, stateBackend: store, stateNotice: notice)
    }

    /// Problems of every file, by path and line (read from the index on first use).
    public var problems: [Problem] {
        if let cachedProblems { return cachedProblems }
        let problems = (try? index.problems(hiddenDuplicates: hiddenDuplicates)) ?? index.scanProblems + hiddenDuplicates
        cachedProblems = problems
        return problems
    }

    /// How many files the index holds, readable or not (for `reindex`'s report).
    public func indexedFileCount() throws -> Int {
        try index.fileCount()
    }

    /// The full article, read and parsed from its file now.
    public func article(_ id: ArticleID) throws -> Article {
        let path = try index.queue.read { db in
            try String.fetchOne(db, sql: "SELECT path FROM article WHERE article_id = ? AND status = 1 ORDER BY path LIMIT 1",
                                arguments: [id.rawValue])
        }
        guard let path else { throw LibraryError.unknownArticle(id.rawValue) }
        let absolute = root.path + "/" + path
        var info = stat()
        guard stat(absolute, &info) == 0 else { throw LibraryError.unknownArticle(id.rawValue) }
        let file = ArticleFile(
            absolutePath: absolute, relativePath: path, id: id, size: Int(info.st_size),
            modificationDate: Date(timeIntervalSince1970: Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9),
            modificationNanoseconds: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
        var article = Library.article(from: file, taxonomies: taxonomies)
        // In the library's spellings, as in the summaries.
        article.frontMatter.tags = terms.tags.spellings(of: article.frontMatter.tags)
        article.frontMatter.topics = terms.topics.spellings(of: article.frontMatter.topics)
        for (taxonomy, values) in article.terms {
            article.terms[taxonomy] = terms.extra[taxonomy]?.spellings(of: values) ?? values
        }
        return article
    }

    /// Articles whose title, summary, tags, topics or body contain `query` (Chinese substrings of
    /// any length, Latin words case-insensitive, the last one as a prefix): title hits first, then
    /// by relevance, at most 200.
    public func search(_ query: String) throws -> [CatalogSearchHit] {
        try search(query, options: SearchOptions())
    }

    /// ``search(_:)`` with filters and a limit. After a first build, the first search waits until
    /// the search index is complete (see ``isSearchReady``): results are never partial.
    public func search(_ query: String, options: SearchOptions) throws -> [CatalogSearchHit] {
        try waitUntilSearchReady()
        return try index.queue.read { try SearchEngine.search(query, options: options, terms: terms, in: $0) }
    }

    /// False while the search index of a first build is still being filled in the background
    /// (the list, facets, problems and articles are all available meanwhile); a search would wait.
    public var isSearchReady: Bool {
        index.isSearchReady
    }

    /// Returns once every article is searchable (at once, unless a first build's search index is
    /// still being filled); throws when it cannot be completed.
    public func waitUntilSearchReady() throws {
        try index.waitForSearch()
    }

    // MARK: - Reading state

    // Each change is kept in memory first, so a failed write (a full disk, a database busy for
    // longer than the timeout) still shows for the rest of the session; the error reaches the user.

    public func setRead(_ read: Bool, for id: ArticleID) throws {
        if read { state.read.insert(id) } else { state.read.remove(id) }
        try stateBackend.setRead(read, for: id)
    }

    public func setStarred(_ starred: Bool, for id: ArticleID) throws {
        if starred { state.starred.insert(id) } else { state.starred.remove(id) }
        try stateBackend.setStarred(starred, for: id)
    }

    public func savePosition(_ position: ReadingPosition, for id: ArticleID) throws {
        state.positions[id] = position
        try stateBackend.savePosition(position, for: id)
    }
}
