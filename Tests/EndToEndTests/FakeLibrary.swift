import Foundation
import NewsCore
import NewsReading
@testable import NewsRuntime
import NewsStore

/// A library in memory that records writes and fails on demand.
final class FakeLibrary: LibrarySource {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    var root = URL(fileURLWithPath: "/library")
    var summaries: [ArticleSummary]
    var problems: [Problem] = []
    var state = CatalogState()
    var stateNotice: String?
    var articles: [ArticleID: Article]
    var failWrites = false
    var searchHits: [CatalogSearchHit] = []
    private(set) var savedPositions: [(ArticleID, ReadingPosition)] = []
    /// What the next ``takeChange()`` answers (a watcher's find), then nil.
    var nextChange: LibraryChange?
    /// Makes the next ``takeChange()`` throw this.
    var nextChangeFailure: String?

    init(articles: [Article]) {
        self.articles = Dictionary(uniqueKeysWithValues: articles.map { ($0.id, $0) })
        summaries = articles.map { ArticleSummary(reading: $0) }
    }

    func article(_ id: ArticleID) throws -> Article {
        guard let article = articles[id] else { throw Failure(description: "no article \(id.rawValue)") }
        return article
    }

    /// What ``searchNow(_:options:)`` says the search covered (nil: the whole library).
    var searchCoverage: Int?
    /// What the runtime's loop finds running in the background at each turn.
    var backgroundProgress: IndexProgress?

    func search(_ query: String, options: SearchOptions) throws -> [CatalogSearchHit] {
        if query == "fail" { throw Failure(description: "index unavailable") }
        return searchHits
    }

    func searchNow(_ query: String, options: SearchOptions) throws -> (hits: [CatalogSearchHit], coverage: Int?) {
        (try search(query, options: options), searchCoverage)
    }

    func setRead(_ read: Bool, for id: ArticleID) throws {
        if failWrites { throw Failure(description: "disk full") }
        if read { state.read.insert(id) } else { state.read.remove(id) }
    }

    func setStarred(_ starred: Bool, for id: ArticleID) throws {
        if failWrites { throw Failure(description: "disk full") }
        if starred { state.starred.insert(id) } else { state.starred.remove(id) }
    }

    func takeChange() throws -> LibraryChange? {
        defer {
            nextChange = nil
            nextChangeFailure = nil
        }
        if let nextChangeFailure { throw Failure(description: nextChangeFailure) }
        return nextChange
    }

    func savePosition(_ position: ReadingPosition, for id: ArticleID) throws {
        if failWrites { throw Failure(description: "disk full") }
        state.positions[id] = position
        savedPositions.append((id, position))
    }
}

/// Parses a small article from Markdown text.
func makeArticle(_ id: String, title: String, tags: [String] = [], draft: Bool = false, body: String = "正文。") -> Article {
    let tagLines = tags.map { "  - \($0)" }.joined(separator: "\n")
    let text = """
        ---
        title: "\(title)"
        date: 2025-06-01
        draft: \(draft)
        tags:
        \(tagLines.isEmpty ? "  - 其他" : tagLines)
        ---

        \(body)
        """
    return ArticleParser.parse(data: Data(text.utf8), path: id + ".md", id: ArticleID(id), modificationDate: Date(timeIntervalSince1970: 0))
}
