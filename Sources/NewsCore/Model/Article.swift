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
    /// The title to show: front matter `title`, else the H1 that opens the body (then no longer
    /// part of ``document``), else the file name (the folder's name for a bundle).
    public var title: String
    public var titleSource: TitleSource = .frontMatter
    /// The date to sort and show: front matter `date`, else `publishDate`/`pubDate`, else a date at
    /// the start of the file name, else the day of the file's modification time.
    public var date: ArticleDate
    public var dateSource: DateSource = .frontMatter
    /// The summary in Hugo's order: the text before `<!--more-->`, `summary`, `description`, else
    /// the first prose paragraph cut at a sentence end; nil when the article has no prose.
    public var summary: String?
    /// Terms of the site's own taxonomies (``SiteTaxonomies/extra``: `series`, …) by taxonomy name;
    /// only taxonomies the article has terms in.
    public var terms: [String: [String]] = [:]
    public var fileSize: Int
    /// False when the file is not text newsreader can read (binary, empty, neither UTF-8, UTF-16
    /// nor GB18030): such an article is reported by `check` but never listed.
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

    /// Where ``title`` came from.
    public enum TitleSource: String, Sendable {
        case frontMatter, heading, fileName
    }

    /// Where ``date`` came from.
    public enum DateSource: String, Sendable {
        case frontMatter, publishDate, fileName, modificationTime
    }

    public var isDraft: Bool { frontMatter.draft }
    public var tags: [String] { frontMatter.tags }
    public var topics: [String] { frontMatter.topics }
    public var hasErrors: Bool { problems.contains { $0.severity == .error } }
}
