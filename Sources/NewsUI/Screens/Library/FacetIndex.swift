import NewsCore

/// The library's topic and tag names, numbered once, with each article's names as numbers.
///
/// Counting facets happens at launch and on every change of filters. Counting by name hashed
/// every tag of every article, and Swift hashes a non-ASCII `String` through its normalized
/// form: with 10k articles that was most of the UI's share of a launch. Numbering the names
/// once per library (hashing their UTF-8 bytes) turns each count into additions into an array.
struct FacetIndex: Equatable, Sendable {
    let topicNames: [String]
    let tagNames: [String]
    /// Outlets as their citations spell them (the index has already sanitized them).
    let outletNames: [String]
    /// Per article, in `articles` order: its distinct topics and tags, as indices into the names.
    let articleTopics: [[Int32]]
    let articleTags: [[Int32]]
    let articleOutlets: [[Int32]]
    /// The site's own taxonomies the articles use (`series`, …), sorted, and for each, numbered
    /// like tags: its names, and per article its terms.
    let taxonomies: [String]
    let termNames: [[String]]
    let articleTerms: [[[Int32]]]

    init(articles: [ArticleSummary]) {
        var topics = NameNumbering(), tags = NameNumbering(), outlets = NameNumbering()
        var articleTopics: [[Int32]] = [], articleTags: [[Int32]] = [], articleOutlets: [[Int32]] = []
        articleTopics.reserveCapacity(articles.count)
        articleTags.reserveCapacity(articles.count)
        // By index, so only the two lists are read, not a copy of every summary.
        for index in articles.indices {
            articleTopics.append(topics.numbers(of: articles[index].topics))
            articleTags.append(tags.numbers(of: articles[index].tags))
            articleOutlets.append(outlets.numbers(of: articles[index].outlets))
        }
        self.topicNames = topics.names
        self.tagNames = tags.names
        self.articleTopics = articleTopics
        self.articleTags = articleTags
        self.outletNames = outlets.names
        self.articleOutlets = articleOutlets
        var taxonomies = Set<String>()
        for index in articles.indices where !articles[index].terms.isEmpty {
            taxonomies.formUnion(articles[index].terms.keys)
        }
        self.taxonomies = taxonomies.sorted()
        var termNames: [[String]] = [], articleTerms: [[[Int32]]] = []
        for taxonomy in self.taxonomies {
            var numbering = NameNumbering()
            articleTerms.append(articles.indices.map { numbering.numbers(of: articles[$0].terms[taxonomy] ?? []) })
            termNames.append(numbering.names)
        }
        self.termNames = termNames
        self.articleTerms = articleTerms
    }
}

/// Numbers names in the order they are first seen.
private struct NameNumbering {
    private(set) var names: [String] = []
    private var numbers: [UTF8HashedString: Int32] = [:]

    /// The distinct numbers of `list` (an article listing a tag twice counts once).
    mutating func numbers(of list: [String]) -> [Int32] {
        var result: [Int32] = []
        result.reserveCapacity(list.count)
        for name in list {
            let key = UTF8HashedString(name)
            let number: Int32
            if let known = numbers[key] {
                number = known
            } else {
                number = Int32(names.count)
                numbers[key] = number
                names.append(name)
            }
            if !result.contains(number) { result.append(number) }
        }
        return result
    }
}
