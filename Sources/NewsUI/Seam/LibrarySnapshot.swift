import NewsCore
import NewsReading

/// Everything the library screen shows, handed over by the runtime when the library is loaded:
/// the compact listing it filters and counts, and the rows it reads for what it draws.
public struct LibrarySnapshot: Equatable, Sendable {
    /// The library folder, for the top bar.
    public var rootPath: String
    /// Every listed article, newest first (drafts only when the user asked for them).
    public var listing: ArticleListing
    /// Whether the listing's drafts are left out of the list (the listing is shared with the
    /// store as it is, drafts and all, rather than copied without them).
    public var hidesDrafts = false
    /// The full summaries of the listing's articles, read a few at a time.
    public var rows: any ArticleRows
    /// Files that could not be read and why (the Problems screen), read when first shown.
    public var problemList: ProblemList
    /// Every problem (reads them all: the Problems screen, tests).
    public var problems: [Problem] {
        get { problemList.all }
        set { problemList = ProblemList(newValue) }
    }
    public var readState: ReadState

    public init(rootPath: String, listing: ArticleListing, hidesDrafts: Bool = false, rows: any ArticleRows,
                problems: ProblemList = ProblemList(), readState: ReadState = ReadState()) {
        self.rootPath = rootPath
        self.listing = listing
        self.hidesDrafts = hidesDrafts
        self.rows = rows
        self.problemList = problems
        self.readState = readState
    }

    /// A library held in memory (tests, the sample library).
    public init(rootPath: String, articles: [ArticleSummary], problems: [Problem] = [], readState: ReadState = ReadState()) {
        self.init(rootPath: rootPath, listing: ArticleListing(articles), rows: ArticleRowsInMemory(articles),
                  problems: ProblemList(problems), readState: readState)
    }

    /// Positions of the listing the list may show: all but drafts when they are hidden.
    public var listablePositions: [Int] {
        hidesDrafts ? listing.drafts.indices.filter { !listing.drafts[$0] } : Array(0..<listing.count)
    }

    /// Every listed article's id and path (drafts left out when hidden): links between articles.
    public func listedPaths() -> [(id: ArticleID, path: String)] {
        let paths = rows.paths()
        guard hidesDrafts, listing.drafts.contains(true) else { return paths }
        let drafts = Set(listing.drafts.indices.filter { listing.drafts[$0] }.map { listing.ids[$0] })
        return paths.filter { !drafts.contains($0.id) }
    }

    /// Every listed article's summary, in list order. Reads every row: for tests and small
    /// libraries; setting it makes an in-memory library of `articles`.
    public var articles: [ArticleSummary] {
        get {
            let positions = listablePositions
            let found = rows.summaries(at: positions)
            return positions.compactMap { found[$0] }
        }
        set {
            listing = ArticleListing(newValue)
            rows = ArticleRowsInMemory(newValue)
            hidesDrafts = false
        }
    }

    /// Equal when they list the same articles with the same facets, problems and marks (rows
    /// are read on demand, so two snapshots of one library state compare equal).
    public static func == (lhs: LibrarySnapshot, rhs: LibrarySnapshot) -> Bool {
        lhs.rootPath == rhs.rootPath && lhs.listing == rhs.listing && lhs.hidesDrafts == rhs.hidesDrafts && lhs.problemList == rhs.problemList
            && lhs.readState == rhs.readState
    }
}
