import Foundation
import NewsCore

/// The library as the reader and the commands use it: summaries for lists and facets, full
/// articles on demand, search, and the user's reading state.
///
/// This is the seam between the interactive reader and storage: callers use only this API, so
/// the index and state databases can change behind it.
public final class LibraryCatalog: @unchecked Sendable {
    // @unchecked: used from one thread at a time (the runtime's loop); not shared across tasks.
    public let root: URL
    /// Every readable article, newest first, drafts included.
    public private(set) var summaries: [ArticleSummary]
    /// Problems of every file, by path and line.
    public private(set) var problems: [Problem]
    public private(set) var state: CatalogState

    private var library: Library

    private init(library: Library) {
        self.library = library
        root = library.root
        summaries = library.articles.map(ArticleSummary.init)
        problems = library.problems
        state = CatalogState()
    }

    /// Opens the library under `root`.
    ///
    /// - Throws: ``LibraryError`` when `root` is missing or not a folder.
    public static func open(root: URL, locations: StoreLocations = .fromEnvironment()) throws -> LibraryCatalog {
        LibraryCatalog(library: try Library.load(from: root))
    }

    /// The full article, read and parsed from its file now.
    public func article(_ id: ArticleID) throws -> Article {
        guard let article = library.articles.first(where: { $0.id == id }) else {
            throw LibraryError.unknownArticle(id.rawValue)
        }
        return article
    }

    /// Articles whose title, summary, tags or topics contain `query` (Latin case-insensitive),
    /// newest first.
    public func search(_ query: String) throws -> [CatalogSearchHit] {
        let needle = query.lowercased()
        guard !needle.isEmpty else { return [] }
        return summaries.filter { summary in
            ([summary.title, summary.summary ?? ""] + summary.tags + summary.topics)
                .contains { $0.lowercased().contains(needle) }
        }.map { CatalogSearchHit(id: $0.id, title: $0.title, date: $0.date, snippet: $0.summary ?? $0.title, highlights: []) }
    }

    public func setRead(_ read: Bool, for id: ArticleID) throws {
        if read { state.read.insert(id) } else { state.read.remove(id) }
    }

    public func setStarred(_ starred: Bool, for id: ArticleID) throws {
        if starred { state.starred.insert(id) } else { state.starred.remove(id) }
    }

    public func savePosition(_ position: ReadingPosition, for id: ArticleID) throws {
        state.positions[id] = position
    }
}

/// Read marks, stars and reading positions, keyed by article id.
public struct CatalogState: Equatable, Sendable {
    public var read: Set<ArticleID> = []
    public var starred: Set<ArticleID> = []
    public var positions: [ArticleID: ReadingPosition] = [:]

    public init() {}
}

/// One search match.
public struct CatalogSearchHit: Equatable, Sendable {
    public var id: ArticleID
    public var title: String
    public var date: ArticleDate
    /// A short excerpt around the match.
    public var snippet: String
    /// Character offsets of the matched text in `snippet`.
    public var highlights: [Range<Int>]

    public init(id: ArticleID, title: String, date: ArticleDate, snippet: String, highlights: [Range<Int>]) {
        self.id = id
        self.title = title
        self.date = date
        self.snippet = snippet
        self.highlights = highlights
    }
}

/// Where the index (disposable) and the user's state (kept) live.
public struct StoreLocations: Equatable, Sendable {
    /// `$XDG_CACHE_HOME/newsreader`, else `~/.cache/newsreader`.
    public var cacheDirectory: URL
    /// `$XDG_DATA_HOME/newsreader`, else `~/.local/share/newsreader`.
    public var dataDirectory: URL

    public init(cacheDirectory: URL, dataDirectory: URL) {
        self.cacheDirectory = cacheDirectory
        self.dataDirectory = dataDirectory
    }

    /// The XDG locations for this environment.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> StoreLocations {
        let home = URL(fileURLWithPath: environment["HOME"] ?? NSHomeDirectory())
        func folder(_ variable: String, _ fallback: String) -> URL {
            // XDG Base Directory spec: a relative path in the variable is invalid and ignored.
            if let value = environment[variable], value.hasPrefix("/") { return URL(fileURLWithPath: value) }
            return home.appendingPathComponent(fallback)
        }
        return StoreLocations(
            cacheDirectory: folder("XDG_CACHE_HOME", ".cache").appendingPathComponent("newsreader"),
            dataDirectory: folder("XDG_DATA_HOME", ".local/share").appendingPathComponent("newsreader"))
    }
}
