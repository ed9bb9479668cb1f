import Foundation
import NewsCore

/// A topic or tag with the number of articles carrying it.
public struct FacetCount: Equatable, Codable, Sendable {
    public var name: String
    public var count: Int

    public init(name: String, count: Int) {
        self.name = name
        self.count = count
    }
}

/// What the user asked to see: tags, topics and terms of other taxonomies that must all be
/// present (AND), drafts or not.
public struct ArticleFilter: Equatable, Sendable {
    /// A term of one of the site's own taxonomies (`series=Hugo 入门`).
    public struct Term: Equatable, Sendable {
        public var taxonomy: String
        public var value: String

        public init(taxonomy: String, value: String) {
            self.taxonomy = taxonomy
            self.value = value
        }
    }

    public var tags: [String]
    public var topics: [String]
    public var terms: [Term]
    public var includeDrafts: Bool

    public init(tags: [String] = [], topics: [String] = [], terms: [Term] = [], includeDrafts: Bool = false) {
        self.tags = tags
        self.topics = topics
        self.terms = terms
        self.includeDrafts = includeDrafts
    }

    /// True when `article` carries every tag and every topic asked for (matched exactly after
    /// trimming, FORMAT.md) and is not a hidden draft.
    public func matches(_ article: Article) -> Bool {
        matches(isDraft: article.isDraft, tags: article.tags, topics: article.topics, terms: article.terms)
    }

    /// The rule itself, for articles and summaries alike.
    func matches(isDraft: Bool, tags articleTags: [String], topics articleTopics: [String],
                 terms articleTerms: [String: [String]]) -> Bool {
        if isDraft && !includeDrafts { return false }
        let wantedTags = tags.map(Self.trimmed), wantedTopics = topics.map(Self.trimmed)
        return wantedTags.allSatisfy(articleTags.contains) && wantedTopics.allSatisfy(articleTopics.contains)
            && terms.allSatisfy { articleTerms[$0.taxonomy]?.contains(Self.trimmed($0.value)) ?? false }
    }

    private static func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

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
