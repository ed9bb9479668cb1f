import Foundation
import NewsCore

/// Finds the articles most like a given one, by the tags, topics, series and cited outlets they
/// share.
///
/// Each shared term weighs its inverse document frequency, `ln(1 + N / df)` for a library of `N`
/// articles of which `df` carry the term: a tag on three articles says more about them than a
/// topic on half the library. Scores are the sum over shared terms; equal scores put the newer
/// article first. Built once per library snapshot; each query costs a pass over the articles
/// that share at least one term.
public struct RelatedArticles: Sendable {
    private let profiles: [ArticleID: RelatedProfile]
    private let articlesByTerm: [RelatedTerm: [ArticleID]]
    private let weights: [RelatedTerm: Double]

    public init(_ profiles: [RelatedProfile]) {
        var byID: [ArticleID: RelatedProfile] = [:]
        for profile in profiles { byID[profile.id] = profile }
        var articlesByTerm: [RelatedTerm: [ArticleID]] = [:]
        for profile in byID.values {
            for term in profile.terms { articlesByTerm[term, default: []].append(profile.id) }
        }
        let total = Double(byID.count)
        self.profiles = byID
        self.articlesByTerm = articlesByTerm
        weights = articlesByTerm.mapValues { log(1 + total / Double($0.count)) }
    }

    /// Up to `limit` articles sharing terms with `id`, best first; never `id` itself nor its
    /// translations (`index.zh-hant` beside `index.zh-hans`), empty when `id` is unknown or shares nothing.
    public func related(to id: ArticleID, limit: Int = 5) -> [RelatedArticle] {
        guard let profile = profiles[id], limit > 0 else { return [] }
        var shared: [ArticleID: [RelatedTerm]] = [:]
        for term in profile.terms {
            for other in articlesByTerm[term] ?? [] where other != id { shared[other, default: []].append(term) }
        }
        shared = shared.filter { !InternalLinkResolver.areTranslations($0.key, id) }
        let ranked = shared.compactMap { otherID, terms -> RelatedArticle? in
            guard let other = profiles[otherID] else { return nil }
            let ordered = terms.sorted { (weights[$1] ?? 0, $0) < (weights[$0] ?? 0, $1) }
            let score = ordered.reduce(0) { $0 + (weights[$1] ?? 0) }
            return RelatedArticle(id: otherID, title: other.title, date: other.date, score: score, shared: ordered)
        }
        return Array(ranked.sorted(by: RelatedArticle.ranksBefore).prefix(limit))
    }
}

/// What ``RelatedArticles`` knows of one article.
public struct RelatedProfile: Sendable {
    public var id: ArticleID
    public var title: String
    public var date: ArticleDate
    public var terms: Set<RelatedTerm>

    public init(id: ArticleID, title: String, date: ArticleDate, terms: Set<RelatedTerm>) {
        self.id = id
        self.title = title
        self.date = date
        self.terms = terms
    }

    /// The profile of an article from its tags, topics, series and the outlets it cites.
    public init(
        id: ArticleID, title: String, date: ArticleDate, tags: [String], topics: [String], series: [String],
        outlets: [String]
    ) {
        var terms = Set<RelatedTerm>()
        for tag in tags { terms.insert(RelatedTerm(.tag, tag)) }
        for topic in topics { terms.insert(RelatedTerm(.topic, topic)) }
        for name in series { terms.insert(RelatedTerm(.series, name)) }
        for outlet in outlets { terms.insert(RelatedTerm(.outlet, outlet)) }
        self.init(id: id, title: title, date: date, terms: terms)
    }
}

/// A tag, topic, series or outlet two articles may share.
public struct RelatedTerm: Hashable, Comparable, Sendable, CustomStringConvertible {
    public enum Kind: String, Comparable, Sendable {
        case tag, topic, series, outlet

        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public var kind: Kind
    /// As the article that carries it writes it; terms compare by their ``NameKey``.
    public var name: String
    let key: String

    public init(_ kind: Kind, _ name: String) {
        self.kind = kind
        self.name = name
        key = NameKey.of(name)
    }

    public static func == (lhs: RelatedTerm, rhs: RelatedTerm) -> Bool { lhs.kind == rhs.kind && lhs.key == rhs.key }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(key)
    }

    public static func < (lhs: RelatedTerm, rhs: RelatedTerm) -> Bool { (lhs.kind, lhs.key) < (rhs.kind, rhs.key) }

    /// `tag:芯片`.
    public var description: String { "\(kind.rawValue):\(name)" }
}

/// An article related to another, and why.
public struct RelatedArticle: Equatable, Sendable {
    public var id: ArticleID
    public var title: String
    public var date: ArticleDate
    public var score: Double
    /// The terms both articles carry, heaviest first.
    public var shared: [RelatedTerm]

    /// Higher score first; equal scores as every date-ordered list (``ArticleOrder``): newest
    /// first, then by id in natural order, so the order never wobbles.
    static func ranksBefore(_ lhs: RelatedArticle, _ rhs: RelatedArticle) -> Bool {
        if lhs.score != rhs.score { return lhs.score > rhs.score }
        return ArticleOrder.newestFirst(lhs.date, lhs.id, rhs.date, rhs.id)
    }
}
