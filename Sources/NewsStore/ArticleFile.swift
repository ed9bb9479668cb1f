import Foundation
import NewsCore
#if canImport(Glibc)
import Glibc
#endif

/// A file that should become an article: where it is and what `stat` said of it.
///
/// The one pipeline from disk to ``Article``: the scanner (and ``onDisk(root:relativePath:id:)`` for
/// one file) makes an `ArticleFile`, and ``read(parsingCitations:)`` reads and parses it, both for
/// the index build and for opening an article.
public struct ArticleFile: Equatable, Sendable {
    /// Absolute path to read.
    public var absolutePath: String
    /// Path relative to the library root, `/`-separated.
    public var relativePath: String
    public var id: ArticleID
    public var size: Int
    public var modificationDate: Date
    /// The modification time in nanoseconds since 1970, exact (the index compares it).
    public var modificationNanoseconds: Int64 = 0
    /// How the file's Markdown is read (the site's `breaks`, see ``SiteSettings``).
    public var markdownOptions = MarkdownOptions()

    public init(absolutePath: String, relativePath: String, id: ArticleID, size: Int, modificationDate: Date,
                modificationNanoseconds: Int64 = 0) {
        self.absolutePath = absolutePath
        self.relativePath = relativePath
        self.id = id
        self.size = size
        self.modificationDate = modificationDate
        self.modificationNanoseconds = modificationNanoseconds
    }

    /// The file whose `stat` is `info`.
    init(absolutePath: String, relativePath: String, id: ArticleID, info: stat) {
        self.init(absolutePath: absolutePath, relativePath: relativePath, id: id, size: Int(info.st_size),
                  modificationNanoseconds: Self.nanoseconds(of: info))
    }

    /// The file of `size` bytes last modified `modificationNanoseconds` after 1970.
    init(absolutePath: String, relativePath: String, id: ArticleID, size: Int, modificationNanoseconds: Int64) {
        let (seconds, nanoseconds) = modificationNanoseconds.quotientAndRemainder(dividingBy: 1_000_000_000)
        let floored = nanoseconds < 0 ? (seconds - 1, nanoseconds + 1_000_000_000) : (seconds, nanoseconds)
        self.init(absolutePath: absolutePath, relativePath: relativePath, id: id, size: size,
                  modificationDate: Date(timeIntervalSince1970: Double(floored.0) + Double(floored.1) / 1e9),
                  modificationNanoseconds: modificationNanoseconds)
    }

    /// The modification time in `info`, in nanoseconds since 1970.
    static func nanoseconds(of info: stat) -> Int64 {
        Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    }

    /// The file at `relativePath` under `root`, as it is on disk now; nil when it is gone.
    static func onDisk(root: URL, relativePath: String, id: ArticleID) -> ArticleFile? {
        let absolute = root.path + "/" + relativePath
        var info = stat()
        guard stat(absolute, &info) == 0 else { return nil }
        return ArticleFile(absolutePath: absolute, relativePath: relativePath, id: id, info: info)
    }

    /// What reading a file gave: the parsed article (an unreadable placeholder carrying the
    /// problem when the file could not be read), and why it could not be read.
    struct Reading {
        var article: Article
        var failure: FileReader.Failure?
    }

    /// Reads the file and parses it. A file that cannot be read becomes an unreadable article.
    ///
    /// - Parameter parsingCitations: false leaves the citations unparsed (the index parses them:
    ///   it keeps the outlets they name).
    /// - Parameter taxonomies: the site's taxonomies besides tags and topics, read into ``Article/terms``.
    func read(parsingCitations: Bool = true, taxonomies: SiteTaxonomies = .default) -> Reading {
        switch FileReader.read(path: absolutePath, expectedSize: size) {
        case .success(let data):
            var article = ArticleParser.parse(data: data, path: relativePath, id: id, modificationDate: modificationDate,
                                              parsingCitations: parsingCitations, options: markdownOptions,
                                              taxonomies: taxonomies)
            article.problems += LibraryImages.missingImageProblems(article, libraryRoot: LibraryImages.libraryRoot(of: self))
            return Reading(article: article, failure: nil)
        case .failure(let failure):
            var article = Article(
                id: id, path: relativePath, frontMatter: FrontMatter(), document: Document(),
                citations: [], problems: [Problem(path: relativePath, severity: .error, message: failure.message)],
                title: id.rawValue, date: ArticleDate(instant: modificationDate), fileSize: size)
            article.isReadable = false
            return Reading(article: article, failure: failure)
        }
    }
}
