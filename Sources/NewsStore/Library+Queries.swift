import Foundation
import NewsCore

extension Library {
    /// The articles matching `filter`, newest first.
    public func articles(matching filter: ArticleFilter) -> [Article] {
        articles.filter(filter.matches)
    }

    /// Tags of the articles matching `filter`, by count descending, then name.
    public func tagCounts(matching filter: ArticleFilter = ArticleFilter()) -> [FacetCount] {
        Self.counts(of: articles(matching: filter).map(\.tags))
    }

    /// Topics of the articles matching `filter`, by count descending, then name.
    public func topicCounts(matching filter: ArticleFilter = ArticleFilter()) -> [FacetCount] {
        Self.counts(of: articles(matching: filter).map(\.topics))
    }

    /// The article with this id, or whose file is this path (relative to the root, or absolute).
    public func article(named name: String) -> Article? {
        if let byID = articles.first(where: { $0.id.rawValue == name }) { return byID }
        let rootPath = root.standardizedFileURL.path + "/"
        let absolute = URL(fileURLWithPath: name).standardizedFileURL.resolvingSymlinksInPath().path
        let resolvedRoot = root.standardizedFileURL.resolvingSymlinksInPath().path + "/"
        for prefix in [rootPath, resolvedRoot] where absolute.hasPrefix(prefix) {
            let relative = String(absolute.dropFirst(prefix.count))
            if let match = articles.first(where: { $0.path == relative || $0.id.rawValue == relative }) {
                return match
            }
        }
        return articles.first { $0.path == name }
    }

    /// Counts per article (a tag listed twice in one article counts once).
    static func counts(of lists: [[String]]) -> [FacetCount] {
        var counts: [String: Int] = [:]
        for list in lists {
            for name in Set(list) { counts[name, default: 0] += 1 }
        }
        return counts.map { FacetCount(name: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
    }
}

extension Article {
    /// Newest first by instant; ties by id in natural order, highest first (``ArticleOrder``).
    public static func newestFirst(_ lhs: Article, _ rhs: Article) -> Bool {
        ArticleOrder.newestFirst(lhs, rhs)
    }
}
