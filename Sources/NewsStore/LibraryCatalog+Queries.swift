import Foundation
import NewsCore

extension ArticleFilter {
    /// The same rule as for an article, applied to a summary: the same rule, without the article's body.
    public func matches(_ summary: ArticleSummary) -> Bool {
        matches(isDraft: summary.isDraft, tags: summary.tags, topics: summary.topics, terms: summary.terms)
    }
}

extension LibraryCatalog {
    /// The summaries matching `filter`, newest first.
    public func summaries(matching filter: ArticleFilter) -> [ArticleSummary] {
        summaries.filter(filter.matches)
    }

    /// Tags of the articles matching `filter`, by count descending, then name.
    public func tagCounts(matching filter: ArticleFilter = ArticleFilter()) -> [FacetCount] {
        Library.counts(of: summaries(matching: filter).map(\.tags))
    }

    /// Topics of the articles matching `filter`, by count descending, then name.
    public func topicCounts(matching filter: ArticleFilter = ArticleFilter()) -> [FacetCount] {
        Library.counts(of: summaries(matching: filter).map(\.topics))
    }

    /// Terms of one of the site's own taxonomies (`series`, …) in the articles matching `filter`,
    /// by count descending, then name.
    public func termCounts(_ taxonomy: String, matching filter: ArticleFilter = ArticleFilter()) -> [FacetCount] {
        Library.counts(of: summaries(matching: filter).map { $0.terms[taxonomy] ?? [] })
    }
}
