import Foundation
import NewsCore
import NewsReading

/// Every taxonomy of a library merged as Hugo merges terms (``TermVocabulary``): the catalog
/// rewrites its summaries to the shown spellings once, so lists, facets, pickers, filters and JSON
/// all agree on one spelling per term and count `Golang` and `golang` together.
public struct LibraryTerms: Sendable {
    public let tags: TermVocabulary
    public let topics: TermVocabulary
    /// The site's own taxonomies (``SiteTaxonomies/extra``), by name.
    public let extra: [String: TermVocabulary]

    init(_ summaries: [ArticleSummary], taxonomies: SiteTaxonomies) {
        tags = TermVocabulary(summaries.lazy.map(\.tags))
        topics = TermVocabulary(summaries.lazy.map(\.topics))
        var extra: [String: TermVocabulary] = [:]
        for taxonomy in taxonomies.extra {
            extra[taxonomy] = TermVocabulary(summaries.lazy.map { $0.terms[taxonomy] ?? [] })
        }
        self.extra = extra
    }

    /// The terms of `listing` (the index's spellings, newest first) merged, as from its
    /// summaries, from the numbers it holds (only its distinct names are hashed and folded).
    init(_ listing: ArticleListing, taxonomies: SiteTaxonomies) {
        func vocabulary(_ column: FacetColumn?) -> TermVocabulary {
            guard let column else { return TermVocabulary([[String]]()) }
            let parts = column.parts
            return TermVocabulary(spellings: column.names, articleEnds: parts.ends, numbers: parts.numbers)
        }
        tags = vocabulary(listing.tags)
        topics = vocabulary(listing.topics)
        var extra: [String: TermVocabulary] = [:]
        for taxonomy in taxonomies.extra {
            extra[taxonomy] = vocabulary(listing.terms(of: taxonomy))
        }
        self.extra = extra
    }

    /// `read` with its listing's terms in their shown spellings (unchanged when no term has variants).
    func respelled(_ read: IndexListing) -> IndexListing {
        guard tags.hasVariants || topics.hasVariants || extra.values.contains(where: \.hasVariants) else { return read }
        var respelled = read
        respelled.listing = read.listing.respelled(
            tags: tags.spelling(of:), topics: topics.spelling(of:),
            terms: { taxonomy, term in extra[taxonomy]?.spelling(of: term) ?? term })
        return respelled
    }

    /// `summaries` with every term in its shown spelling (unchanged when no term has variants).
    func rewrite(_ summaries: [ArticleSummary]) -> [ArticleSummary] {
        let extraWithVariants = extra.filter(\.value.hasVariants)
        guard tags.hasVariants || topics.hasVariants || !extraWithVariants.isEmpty else { return summaries }
        return summaries.map { summary in
            var summary = summary
            if tags.hasVariants { summary.tags = tags.spellings(of: summary.tags) }
            if topics.hasVariants { summary.topics = topics.spellings(of: summary.topics) }
            for (taxonomy, vocabulary) in extraWithVariants {
                if let terms = summary.terms[taxonomy] { summary.terms[taxonomy] = vocabulary.spellings(of: terms) }
            }
            return summary
        }
    }

    /// `filter` with the user's words in the library's spellings (`golang` finds `Golang`).
    public func spelled(_ filter: ArticleFilter) -> ArticleFilter {
        var spelled = filter
        spelled.tags = filter.tags.map { tags.spelling(of: $0.trimmingCharacters(in: .whitespaces)) }
        spelled.topics = filter.topics.map { topics.spelling(of: $0.trimmingCharacters(in: .whitespaces)) }
        spelled.terms = filter.terms.map { term in
            let value = term.value.trimmingCharacters(in: .whitespaces)
            return ArticleFilter.Term(taxonomy: term.taxonomy, value: extra[term.taxonomy]?.spelling(of: value) ?? value)
        }
        return spelled
    }
}
