import Foundation
import NewsCore

/// The articles of one library folder, all parsed up front, with the problems of every file.
///
/// A helper for tests and the benchmark, kept as the plain reference the index is checked
/// against (the catalog must list what ``load(from:)`` lists); the reader and the commands use
/// ``LibraryCatalog``, which parses only what changed. Both read files through
/// ``ArticleFile/read(parsingCitations:)``.
public struct Library: Sendable {
    /// The folder articles are read from (`content/` when a Hugo site root was given).
    public var root: URL
    /// Every readable article, newest first, drafts included.
    public var articles: [Article]
    /// Problems of every file, by path and line: those of articles and those of files or
    /// folders that yielded no article.
    public var problems: [Problem]

    public init(root: URL, articles: [Article], problems: [Problem]) {
        self.root = root
        self.articles = articles
        self.problems = problems
    }

    /// Loads every article under `root`, reading and parsing files on all cores.
    ///
    /// - Throws: ``LibraryError`` when `root` is missing or not a folder; problems with single
    ///   files never throw, they are collected in ``problems``.
    public static func load(from root: URL) throws -> Library {
        let folder = try resolveRoot(root)
        let scan = LibraryScanner.scan(root: folder.path)
        let site = SiteConfigReader.read(libraryFolder: folder)
        let parsed = parseInParallel(Array(scan.files), taxonomies: site.taxonomies)

        var articles: [Article] = []
        var problems = site.problems + scan.problems
        var seenIDs: [ArticleID: String] = [:]
        for article in parsed {
            problems += article.problems
            guard article.isReadable else { continue }
            if let first = seenIDs[article.id] {
                problems.append(Problem(path: article.path, severity: .warning,
                                        message: "same article id '\(article.id)' as \(first); this file is hidden"))
                continue
            }
            seenIDs[article.id] = article.path
            articles.append(article)
        }
        articles = sortedNewestFirst(articles)
        problems.sort { ($0.path, $0.line ?? 0) < ($1.path, $1.line ?? 0) }
        return Library(root: folder, articles: articles, problems: problems)
    }

    /// `articles` in ``Article/newestFirst(_:_:)`` order (a stable sort, as `sort(by:)`).
    ///
    /// Sorts indices, then gathers the articles once: sorting the `Article` values themselves
    /// copied (retained and released) every field of an article at each merge step.
    static func sortedNewestFirst(_ articles: [Article]) -> [Article] {
        let order = articles.indices.sorted { Article.newestFirst(articles[$0], articles[$1]) }
        return order.map { articles[$0] }
    }

    /// The folder to read: `root` itself, or its `content/` folder for a Hugo site root.
    static func resolveRoot(_ root: URL) throws -> URL {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) else {
            throw LibraryError.notFound(path: root.path)
        }
        guard isDirectory.boolValue else { throw LibraryError.notADirectory(path: root.path) }
        let content = root.appendingPathComponent("content")
        if FileManager.default.fileExists(atPath: content.path, isDirectory: &isDirectory), isDirectory.boolValue {
            return content
        }
        return root
    }

    // MARK: - Parsing on all cores

    /// Reads and parses files concurrently; the result keeps the order of `files`.
    static func parseInParallel(_ files: [ArticleFile], taxonomies: SiteTaxonomies = .default) -> [Article] {
        let results = ResultSlots(count: files.count)
        // Chunks amortise dispatch overhead; a few per core keep both cores busy to the end.
        let chunkSize = max(1, min(64, files.count / (ProcessInfo.processInfo.activeProcessorCount * 8)))
        let chunks = (files.count + chunkSize - 1) / chunkSize
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (chunk * chunkSize)..<min(files.count, (chunk + 1) * chunkSize)
            for index in range {
                results.store(files[index].read(taxonomies: taxonomies).article, at: index)
            }
        }
        return results.values
    }
}

/// Fixed slots that concurrent workers fill, each index written exactly once.
private final class ResultSlots: @unchecked Sendable {
    // @unchecked: each slot is written by one worker only, through a buffer allocated up front
    // (no array copy-on-write between threads), and read after all workers have finished.
    private let slots: UnsafeMutableBufferPointer<Article?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        _ = slots.deinitialize()
        slots.deallocate()
    }

    func store(_ article: Article, at index: Int) {
        slots[index] = article
    }

    var values: [Article] { slots.compactMap { $0 } }
}
