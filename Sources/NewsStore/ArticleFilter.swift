import Foundation
import NewsCore

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
