import Foundation
import NewsCore
import NewsReading

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
    /// How articles opened through ``article(_:)`` read their Markdown; nil: as the site's
    /// configuration says (``SiteSettings``). Set from `config.toml`'s `breaks`.
    public var markdownOptions: MarkdownOptions?
    /// Every readable article, newest first, drafts included, as the reader's list needs it
    /// (facets as numbers, terms in the spellings of ``terms``); see ``summaries(rowIDs:)``.
    public var listing: ArticleListing { indexListing.listing }
    /// The index row of each article of ``listing``, by position.
    public var listingRowIDs: [Int64] { indexListing.rowIDs }
    /// Every readable article's full summary, newest first, drafts included; terms in the
    /// spellings of ``terms``. Read from the index on first use (the printing commands); the
    /// reader reads only the rows it draws.
    public var summaries: [ArticleSummary] {
        if let cachedSummaries { return cachedSummaries }
        let read = terms.rewrite((try? index.summaries(indexListing)) ?? [])
        cachedSummaries = read
        return read
    }
    /// The site's taxonomies besides tags and topics (`series`, those its configuration declares).
    public let taxonomies: SiteTaxonomies
    /// Every taxonomy's terms merged across the library (case and width folded); merged again
    /// whenever a live refresh replaces ``summaries``.
    public internal(set) var terms: LibraryTerms
    public private(set) var state: CatalogState
    /// Where the index is and what opening it did.
    public let indexStatus: IndexStatus
    /// What the user must be told about their state database (a damaged file moved aside, a
    /// folder that cannot be written so nothing is kept); nil when all is well.
    public let stateNotice: String?

    let index: LibraryIndex
    /// The listing as read from the index, its terms respelled.
    private(set) var indexListing: IndexListing
    private var cachedSummaries: [ArticleSummary]?
    /// Problems the last walk found (unreadable folders).
    var scanProblems: [Problem]
    var cachedProblems: [Problem]?
    private let stateBackend: CatalogStateBackend
    /// The watcher and what it found, once ``startWatching(forcePolling:)`` was called.
    let live = LiveRefresh()

    private init(root: URL, index: LibraryIndex, stateBackend: CatalogStateBackend, stateNotice: String?) throws {
        self.root = root
        self.index = index
        self.stateBackend = stateBackend
        self.stateNotice = stateNotice
        indexStatus = index.status
        let read = try index.listing()
        taxonomies = index.taxonomies
        terms = LibraryTerms(read.listing, taxonomies: index.taxonomies)
        indexListing = terms.respelled(read)
        scanProblems = index.scanProblems
        state = try stateBackend.load()
    }

    deinit {
        live.watcher?.stop()
    }

    /// Opens the library under `root`, with its index in `locations.cacheDirectory`.
    ///
    /// - Parameter rebuildIndex: drop the index and build it from scratch (`newsreader reindex`).
    /// - Throws: ``LibraryError`` when `root` is missing or not a folder; a broken, locked or
    ///   unwritable index never throws (it is rebuilt, or kept in memory).
    /// - Parameter progress: hears how far a first build (or a large sync) has got, on this thread,
    ///   at most ten times a second (the reader's loading screen, the commands' progress bar).
    /// - Parameter revalidateInBackground: with a complete index, list what it holds at once and
    ///   leave the folder walk running; ``startWatching(forcePolling:)`` or ``revalidate()`` then
    ///   compares it with the index (the reader's warm launch, `search`).
    /// - Parameter listBeforeBodies: a first build lists the library from the front matter of its
    ///   files and parses their bodies in the background; until ``areBodiesDone``, summaries lack
    ///   what the body gives (a summary, outlets, reading time, length) and ``problems`` the body's;
    ///   they follow as a ``LibraryChange`` (``startWatching(forcePolling:)`` or ``takeChange()``).
    ///   Without it (the commands), every body is parsed before this returns.
    public static func open(root: URL, locations: StoreLocations = .fromEnvironment(), rebuildIndex: Bool = false,
                            revalidateInBackground: Bool = false, listBeforeBodies: Bool = false,
                            progress: ((IndexProgress) -> Void)? = nil) throws -> LibraryCatalog {
        try open(root: root, locations: locations, rebuildIndex: rebuildIndex, busyTimeout: 5,
                 revalidateInBackground: revalidateInBackground, listBeforeBodies: listBeforeBodies, progress: progress)
    }

    /// ``open(root:locations:rebuildIndex:progress:)`` with a chosen wait for a locked index (tests).
    static func open(root: URL, locations: StoreLocations, rebuildIndex: Bool, busyTimeout: TimeInterval,
                     revalidateInBackground: Bool = false, listBeforeBodies: Bool = false,
                     progress: ((IndexProgress) -> Void)? = nil) throws -> LibraryCatalog {
        let folder = try Library.resolveRoot(root)
        let index = try LibraryIndex.open(folder: folder, cacheDirectory: locations.cacheDirectory, rebuild: rebuildIndex,
                                          busyTimeout: busyTimeout, deferWalk: revalidateInBackground,
                                          listBeforeBodies: listBeforeBodies, progress: progress)
        let (store, notice) = try StateStore.open(locations: locations, libraryRoot: folder)
        let catalog = try LibraryCatalog(root: folder, index: index, stateBackend: store, stateNotice: notice)
        catalog.followBodyPass()
        return catalog
    }

    /// Problems of every file, by path and line (read from the index on first use).
    public var problems: [Problem] {
        if let cachedProblems { return cachedProblems }
        let hidden = indexListing.hiddenDuplicates
        var problems = (try? index.problems(scanProblems: scanProblems, hiddenDuplicates: hidden)) ?? scanProblems + hidden
        // An index that could not be written is the user's problem too (the `!` screen, `check`).
        if let fault = indexStatus.fault {
            problems.insert(Problem(path: "index.sqlite", severity: .warning, message: fault), at: 0)
        }
        cachedProblems = problems
        return problems
    }

    /// How many files have problems, and a signature that changes whenever the problems do,
    /// without decoding them (the reader's launch; ``problems`` when its screen opens).
    public func problemOverview() -> (files: Int, signature: [Int]) {
        // The walk's problems name folders, never an article file: they add to the count, as
        // does an index that could not be written (see ``problems``).
        let listed = indexListing
        return (listed.problemFiles + Set(scanProblems.map(\.path)).count + (indexStatus.fault == nil ? 0 : 1),
                [listed.problemFiles, listed.problemLength, scanProblems.hashValue, listed.hiddenDuplicates.hashValue])
    }

    /// How many files the index holds, readable or not (for `reindex`'s report).
    public func indexedFileCount() throws -> Int {
        try index.fileCount()
    }

    /// The full summaries of the articles at `rowIDs` (``listingRowIDs``), by rowid, terms in
    /// the library's spellings; a row gone from the index since is left out.
    public func summaries(rowIDs: [Int64]) throws -> [Int64: ArticleSummary] {
        let found = try index.summaries(rowIDs: rowIDs)
        let keys = Array(found.keys)
        let respelled = terms.rewrite(keys.map { found[$0]! })
        return Dictionary(uniqueKeysWithValues: zip(keys, respelled))
    }

    /// Every listed article's id and path (links between articles).
    public func articlePaths() throws -> [(id: ArticleID, path: String)] {
        try index.paths(hiding: indexListing.hiddenRowIDs)
    }

    /// The addresses the front matter gives articles besides their paths (`slug`, `url`, …).
    public func articleSiteAddresses() throws -> [ArticleID: SiteAddresses] {
        try index.siteAddresses()
    }

    /// Puts `read` (from the index) in place of the listing, with the terms merged again.
    func replaceListing(_ read: IndexListing) {
        terms = LibraryTerms(read.listing, taxonomies: taxonomies)
        indexListing = terms.respelled(read)
        cachedSummaries = nil
    }

    /// The full article, read and parsed from its file now.
    public func article(_ id: ArticleID) throws -> Article {
        guard let path = try index.path(of: id),
              let file = ArticleFile.onDisk(root: root, relativePath: path, id: id) else {
            throw LibraryError.unknownArticle(id.rawValue)
        }
        var opened = file
        opened.markdownOptions = markdownOptions ?? SiteSettings.markdownOptions(libraryRoot: root.path)
        var article = opened.read(taxonomies: taxonomies).article
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
        return try index.search(query, options: options, terms: terms, root: root)
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

extension LibraryCatalog {
    /// The article a user named: by id, or by the path of its file relative to the library or
    /// absolute (symlinks resolved); then that one file is read and parsed.
    ///
    /// - Throws: ``LibraryError/noArticleNamed(_:root:)`` when no listed article matches,
    ///   ``LibraryError/articleVanished(name:reason:)`` when its file cannot be opened now.
    public func resolveArticle(_ name: String) throws -> Article {
        guard let found = summary(named: name) else {
            throw LibraryError.noArticleNamed(name, root: root.path)
        }
        do {
            return try article(found.id)
        } catch {
            throw LibraryError.articleVanished(name: name, reason: "\(error)")
        }
    }

    private func summary(named name: String) -> ArticleSummary? {
        if let byID = summaries.first(where: { $0.id.rawValue == name }) { return byID }
        let absolute = URL(fileURLWithPath: name).standardizedFileURL.resolvingSymlinksInPath().path
        for folder in [root.standardizedFileURL.path, root.standardizedFileURL.resolvingSymlinksInPath().path] {
            let prefix = folder + "/"
            guard absolute.hasPrefix(prefix) else { continue }
            let relative = String(absolute.dropFirst(prefix.count))
            if let match = summaries.first(where: { $0.path == relative || $0.id.rawValue == relative }) { return match }
        }
        return summaries.first { $0.path == name }
    }
}
