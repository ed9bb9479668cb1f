import Foundation
import NewsCore

/// What the user asked to see: tags and topics that must all be present (AND), drafts or not.
public struct ArticleFilter: Equatable, Sendable {
    public var tags: [String]
    public var topics: [String]
    public var includeDrafts: Bool

    public init(tags: [String] = [], topics: [String] = [], includeDrafts: Bool = false) {
        self.tags = tags
        self.topics = topics
        self.includeDrafts = includeDrafts
    }

    /// True when `article` carries every tag and every topic asked for (matched exactly after
    /// trimming, FORMAT.md) and is not a hidden draft.
    public func matches(_ article: Article) -> Bool {
        matches(isDraft: article.isDraft, tags: article.tags, topics: article.topics)
    }

    /// The rule itself, for articles and summaries alike.
    func matches(isDraft: Bool, tags articleTags: [String], topics articleTopics: [String]) -> Bool {
        if isDraft && !includeDrafts { return false }
        let wantedTags = tags.map(Self.trimmed), wantedTopics = topics.map(Self.trimmed)
        return wantedTags.allSatisfy(articleTags.contains) && wantedTopics.allSatisfy(articleTopics.contains)
    }

    private static func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
