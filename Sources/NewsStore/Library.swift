import Foundation
import NewsCore

/// The articles of one library folder, parsed, with the problems of the files it could not take.
///
/// STUB: replaced in the main line.
public struct Library: Sendable {
    public var root: URL
    /// Every article, newest first (drafts included; filter with ``articles(tags:topics:includeDrafts:)``).
    public var articles: [Article]
    /// Problems of every file: those of articles and those of files that yielded no article.
    public var problems: [Problem]

    public init(root: URL, articles: [Article], problems: [Problem]) {
        self.root = root
        self.articles = articles
        self.problems = problems
    }

    /// Loads every article under `root`, parsing files on all cores.
    public static func load(from root: URL) throws -> Library {
        Library(root: root, articles: [], problems: [])
    }
}
