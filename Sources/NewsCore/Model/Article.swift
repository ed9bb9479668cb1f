import Foundation

/// One article of the library: where it lives, what its front matter says, its parsed body, and
/// what was wrong with it.
public struct Article: Equatable, Sendable {
    public var id: ArticleID
    /// Path relative to the library root, with `/` separators (`2025/06/a.md`, `bundle/index.md`).
    public var path: String
    public var frontMatter: FrontMatter
    public var document: Document
    public var citations: [Citation]
    public var problems: [Problem]
    /// The title to show: front matter `title`, else the first heading, else the file name.
    public var title: String
    /// The date to sort and show: front matter `date`, else the file's modification time.
    public var date: ArticleDate
    public var fileSize: Int
    /// False when the file is not text newsreader can read (binary, empty, not UTF-8): such an
    /// article is reported by `check` but never listed.
    public var isReadable: Bool = true

    public init(
        id: ArticleID, path: String, frontMatter: FrontMatter, document: Document, citations: [Citation],
        problems: [Problem], title: String, date: ArticleDate, fileSize: Int
    ) {
        self.id = id
        self.path = path
        self.frontMatter = frontMatter
        self.document = document
        self.citations = citations
        self.problems = problems
        self.title = title
        self.date = date
        self.fileSize = fileSize
    }

    public var isDraft: Bool { frontMatter.draft }
    public var tags: [String] { frontMatter.tags }
    public var topics: [String] { frontMatter.topics }
    public var hasErrors: Bool { problems.contains { $0.severity == .error } }
}
