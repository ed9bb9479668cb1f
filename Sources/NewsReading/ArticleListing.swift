import NewsCore

/// The articles of a library as the list screen filters and counts them, in list order (newest
/// first): ids, dates, facets as numbers, and the body's length for "in progress" — nothing a
/// row draws (titles, paths, summaries are read for the rows on screen only, see `ArticleRows`).
///
/// At 100k articles a full ``ArticleSummary`` each was over 100 MB; this is a few bytes a name.
public struct ArticleListing: Equatable, Sendable {
    public private(set) var ids = ArticleIDColumn()
    public private(set) var dates: [ArticleDate] = []
    public private(set) var drafts: [Bool] = []
    /// ``ArticleSummary/bodyBlocks`` of each.
    public private(set) var bodyBlocks: [Int32] = []
    public private(set) var topics = FacetColumn()
    public private(set) var tags = FacetColumn()
    public private(set) var outlets = FacetColumn()
    /// The site's own taxonomies the articles use (`series`, …), sorted, and the column of each.
    public private(set) var taxonomies: [String] = []
    public private(set) var terms: [FacetColumn] = []

    public init() {}

    /// The listing of `summaries`, in their order.
    public init(_ summaries: [ArticleSummary]) {
        var taxonomies = Set<String>()
        for index in summaries.indices where !summaries[index].terms.isEmpty {
            taxonomies.formUnion(summaries[index].terms.keys)
        }
        self.init(taxonomies: taxonomies.sorted())
        for summary in summaries {
            append(id: summary.id, date: summary.date, isDraft: summary.isDraft, bodyBlocks: summary.bodyBlocks,
                   topics: summary.topics, tags: summary.tags, outlets: summary.outlets, terms: summary.terms)
        }
        finish()
    }

    /// An empty listing to ``append(id:date:isDraft:bodyBlocks:topics:tags:outlets:terms:)`` to.
    public init(taxonomies: [String]) {
        self.taxonomies = taxonomies
        terms = taxonomies.map { _ in FacetColumn() }
    }

    public var count: Int { ids.count }

    /// A listing from its parts (as an index stored it); nil when they do not fit together.
    public init?(ids: ArticleIDColumn, dates: [ArticleDate], drafts: [Bool], bodyBlocks: [Int32], topics: FacetColumn,
                 tags: FacetColumn, outlets: FacetColumn, taxonomies: [String], terms: [FacetColumn]) {
        let count = ids.count
        guard dates.count == count, drafts.count == count, bodyBlocks.count == count, taxonomies.count == terms.count,
              ([topics, tags, outlets] + terms).allSatisfy({ $0.count == count }) else { return nil }
        self.ids = ids
        self.dates = dates
        self.drafts = drafts
        self.bodyBlocks = bodyBlocks
        self.topics = topics
        self.tags = tags
        self.outlets = outlets
        self.taxonomies = taxonomies
        self.terms = terms
    }

    /// Adds one article at the end; terms of a taxonomy the listing was not made for are left out.
    public mutating func append(id: ArticleID, date: ArticleDate, isDraft: Bool, bodyBlocks: Int, topics: [String],
                                tags: [String], outlets: [String], terms: [String: [String]]) {
        ids.append(id)
        dates.append(date)
        drafts.append(isDraft)
        self.bodyBlocks.append(Int32(clamping: bodyBlocks))
        self.topics.append(topics)
        self.tags.append(tags)
        self.outlets.append(outlets)
        for (number, taxonomy) in taxonomies.enumerated() { self.terms[number].append(terms[taxonomy] ?? []) }
    }

    /// Done appending (drops the name lookups).
    public mutating func finish() {
        topics.finish()
        tags.finish()
        outlets.finish()
        for number in terms.indices { terms[number].finish() }
    }

    /// The articles at `positions`, in that order (a sort, or drafts left out).
    public func subset(_ positions: [Int]) -> ArticleListing {
        var copy = self
        copy.keep(positions)
        return copy
    }

    /// Keeps the articles at `positions`, in that order, one column at a time: a listing held
    /// once is never copied whole (at 100k articles the copy was a fifth of a launch's memory).
    public mutating func keep(_ positions: [Int]) {
        ids = ids.subset(positions)
        dates = positions.map { dates[$0] }
        drafts = positions.map { drafts[$0] }
        bodyBlocks = positions.map { bodyBlocks[$0] }
        topics = topics.subset(positions)
        tags = tags.subset(positions)
        outlets = outlets.subset(positions)
        for number in terms.indices { terms[number] = terms[number].subset(positions) }
    }

    /// The listing with its names in the library's spellings (``TermVocabulary``), given per
    /// facet: `tags`, `topics`, and each taxonomy by name.
    public func respelled(tags tagSpelling: (String) -> String, topics topicSpelling: (String) -> String,
                          terms termSpelling: (String, String) -> String) -> ArticleListing {
        var result = self
        result.tags = tags.respelled(tagSpelling)
        result.topics = topics.respelled(topicSpelling)
        for (number, taxonomy) in taxonomies.enumerated() {
            result.terms[number] = terms[number].respelled { termSpelling(taxonomy, $0) }
        }
        return result
    }

    /// The column of `taxonomy`, nil when no article uses it.
    public func terms(of taxonomy: String) -> FacetColumn? {
        taxonomies.firstIndex(of: taxonomy).map { terms[$0] }
    }

    /// What related articles are computed from (no title: the caller reads the few it shows).
    public func relatedProfile(at position: Int) -> RelatedProfile {
        RelatedProfile(id: ids[position], title: "", date: dates[position], tags: tags.names(of: position),
                       topics: topics.names(of: position), series: terms(of: "series")?.names(of: position) ?? [],
                       outlets: outlets.names(of: position))
    }
}
