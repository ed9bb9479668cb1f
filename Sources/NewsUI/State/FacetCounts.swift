import NewsCore

/// How many of a set of articles carry each topic and tag, are starred and are unread.
struct FacetCounts: Equatable, Sendable {
    var topics: [(name: String, count: Int)] = []
    var tags: [(name: String, count: Int)] = []
    var starred = 0
    var unread = 0

    /// Counts over `indices` of `articles`; names sorted by count (most first), then by name.
    init(articles: [ArticleSummary], indices: [Int], state: ReadState) {
        var topicCounts: [String: Int] = [:], tagCounts: [String: Int] = [:]
        for index in indices {
            let article = articles[index]
            for topic in Set(article.topics) { topicCounts[topic, default: 0] += 1 }
            for tag in Set(article.tags) { tagCounts[tag, default: 0] += 1 }
            if state.starred.contains(article.id) { starred += 1 }
            if !state.read.contains(article.id) { unread += 1 }
        }
        topics = Self.sorted(topicCounts)
        tags = Self.sorted(tagCounts)
    }

    init() {}

    private static func sorted(_ counts: [String: Int]) -> [(name: String, count: Int)] {
        counts.map { (name: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
    }

    static func == (lhs: FacetCounts, rhs: FacetCounts) -> Bool {
        lhs.starred == rhs.starred && lhs.unread == rhs.unread
            && lhs.topics.elementsEqual(rhs.topics, by: ==) && lhs.tags.elementsEqual(rhs.tags, by: ==)
    }
}
