import NewsCore
import NewsReading

/// How many of a set of articles carry each topic and tag, are starred and are unread.
struct FacetCounts: Equatable, Sendable {
    var topics: [(name: String, count: Int)] = []
    var tags: [(name: String, count: Int)] = []
    var outlets: [(name: String, count: Int)] = []
    /// Per taxonomy of the site's own (``ArticleListing/taxonomies``, in that order), its counted terms.
    var terms: [(taxonomy: String, counts: [(name: String, count: Int)])] = []
    var starred = 0
    var unread = 0
    var inProgress = 0

    /// Counts over `positions` of `listing`: additions into arrays indexed by the names'
    /// numbers (no string is hashed); names sorted by count (most first), then by name.
    init(listing: ArticleListing, positions: [Int], state: ReadState) {
        topics = Self.counted(listing.topics, positions)
        tags = Self.counted(listing.tags, positions)
        outlets = Self.counted(listing.outlets, positions)
        for (number, taxonomy) in listing.taxonomies.enumerated() {
            terms.append((taxonomy, Self.counted(listing.terms[number], positions)))
        }
        // Ids are made from the listing's bytes one by one: not at all when nothing is marked.
        guard !state.starred.isEmpty || !state.read.isEmpty || !state.positions.isEmpty else {
            unread = positions.count
            return
        }
        for article in positions {
            let id = listing.ids[article]
            if !state.starred.isEmpty, state.starred.contains(id) { starred += 1 }
            if !state.read.contains(id) { unread += 1 }
            if !state.positions.isEmpty,
               ReadingProgress.isInProgress(state.positions[id], bodyBlocks: Int(listing.bodyBlocks[article])) { inProgress += 1 }
        }
    }

    init() {}

    private static func counted(_ column: FacetColumn, _ positions: [Int]) -> [(name: String, count: Int)] {
        var counts = [Int](repeating: 0, count: column.names.count)
        for article in positions {
            for number in column.numbers(of: article) { counts[Int(number)] += 1 }
        }
        return counts.indices.filter { counts[$0] > 0 }
            .map { (name: column.names[$0], count: counts[$0]) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
    }

    static func == (lhs: FacetCounts, rhs: FacetCounts) -> Bool {
        lhs.starred == rhs.starred && lhs.unread == rhs.unread && lhs.inProgress == rhs.inProgress
            && lhs.topics.elementsEqual(rhs.topics, by: ==) && lhs.tags.elementsEqual(rhs.tags, by: ==)
            && lhs.outlets.elementsEqual(rhs.outlets, by: ==)
            && lhs.terms.elementsEqual(rhs.terms) { $0.taxonomy == $1.taxonomy && $0.counts.elementsEqual($1.counts, by: ==) }
    }
}
