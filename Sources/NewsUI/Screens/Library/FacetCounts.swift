import NewsCore
import NewsReading

/// How many of a set of articles carry each topic and tag, are starred and are unread.
struct FacetCounts: Equatable, Sendable {
    var topics: [(name: String, count: Int)] = []
    var tags: [(name: String, count: Int)] = []
    var outlets: [(name: String, count: Int)] = []
    /// Per taxonomy of the site's own (``FacetIndex/taxonomies``, in that order), its counted terms.
    var terms: [(taxonomy: String, counts: [(name: String, count: Int)])] = []
    var starred = 0
    var unread = 0
    var inProgress = 0

    /// Counts over `indices` of `articles` (numbered by `index`); names sorted by count (most
    /// first), then by name.
    init(articles: [ArticleSummary], index: FacetIndex, indices: [Int], state: ReadState) {
        var topicCounts = [Int](repeating: 0, count: index.topicNames.count)
        var tagCounts = [Int](repeating: 0, count: index.tagNames.count)
        var outletCounts = [Int](repeating: 0, count: index.outletNames.count)
        for article in indices {
            for topic in index.articleTopics[article] { topicCounts[Int(topic)] += 1 }
            for tag in index.articleTags[article] { tagCounts[Int(tag)] += 1 }
            for outlet in index.articleOutlets[article] { outletCounts[Int(outlet)] += 1 }
            let id = articles[article].id
            if !state.starred.isEmpty, state.starred.contains(id) { starred += 1 }
            if !state.read.contains(id) { unread += 1 }
            if !state.positions.isEmpty,
               ReadingProgress.isInProgress(state.positions[id], bodyBlocks: articles[article].bodyBlocks) { inProgress += 1 }
        }
        topics = Self.sorted(topicCounts, names: index.topicNames)
        tags = Self.sorted(tagCounts, names: index.tagNames)
        outlets = Self.sorted(outletCounts, names: index.outletNames)
        for (number, taxonomy) in index.taxonomies.enumerated() {
            var counts = [Int](repeating: 0, count: index.termNames[number].count)
            for article in indices {
                for term in index.articleTerms[number][article] { counts[Int(term)] += 1 }
            }
            terms.append((taxonomy, Self.sorted(counts, names: index.termNames[number])))
        }
    }

    init() {}

    private static func sorted(_ counts: [Int], names: [String]) -> [(name: String, count: Int)] {
        counts.indices.filter { counts[$0] > 0 }
            .map { (name: names[$0], count: counts[$0]) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
    }

    static func == (lhs: FacetCounts, rhs: FacetCounts) -> Bool {
        lhs.starred == rhs.starred && lhs.unread == rhs.unread && lhs.inProgress == rhs.inProgress
            && lhs.topics.elementsEqual(rhs.topics, by: ==) && lhs.tags.elementsEqual(rhs.tags, by: ==)
            && lhs.outlets.elementsEqual(rhs.outlets, by: ==)
            && lhs.terms.elementsEqual(rhs.terms) { $0.taxonomy == $1.taxonomy && $0.counts.elementsEqual($1.counts, by: ==) }
    }
}
