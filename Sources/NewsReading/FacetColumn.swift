import NewsCore

/// One facet (tags, topics, outlets or a taxonomy's terms) of a whole listing: its names, numbered
/// once, and each article's distinct names as numbers, end to end in one array.
///
/// An array of numbers per article would cost an allocation and a header each (100k articles,
/// several facets); one flat array and the end of each article's run in it cost four bytes a name.
public struct FacetColumn: Equatable, Sendable {
    /// The facet's names, numbered in the order first seen.
    public private(set) var names: [String] = []
    /// Per article, where its run in `numbers` ends.
    private var ends: [Int32] = []
    private var numbers: [Int32] = []
    /// Name lookups while building (dropped once built: filters look names up rarely).
    private var numbering: [UTF8HashedString: Int32] = [:]

    public init() {}

    /// A column from its parts as ``parts`` gives them (a listing stored by the index).
    /// Nil when they do not fit together.
    public init?(names: [String], ends: [Int32], numbers: [Int32]) {
        guard zip(ends, ends.dropFirst()).allSatisfy({ $0 <= $1 }), (ends.last.map(Int.init) ?? 0) == numbers.count,
              ends.first.map({ $0 >= 0 }) ?? true, numbers.allSatisfy({ $0 >= 0 && Int($0) < names.count }) else { return nil }
        self.names = names
        self.ends = ends
        self.numbers = numbers
    }

    /// What the column is made of: per article the end of its run in `numbers`.
    public var parts: (ends: [Int32], numbers: [Int32]) { (ends, numbers) }

    /// Articles in the column.
    public var count: Int { ends.count }

    /// The distinct names of `article`, as numbers into ``names``.
    public func numbers(of article: Int) -> ArraySlice<Int32> {
        let start = article == 0 ? 0 : Int(ends[article - 1])
        return numbers[start..<Int(ends[article])]
    }

    /// The names of `article`, in the order it lists them.
    public func names(of article: Int) -> [String] {
        numbers(of: article).map { names[Int($0)] }
    }

    /// The number of `name`, nil when no article carries it.
    public func number(of name: String) -> Int32? {
        if let known = numbering[UTF8HashedString(name)] { return known }
        return names.firstIndex(of: name).map(Int32.init)
    }

    /// Adds the next article's names (a name listed twice counts once).
    public mutating func append(_ list: [String]) {
        let start = numbers.count
        for name in list {
            let key = UTF8HashedString(name)
            let number: Int32
            if let known = numbering[key] {
                number = known
            } else {
                number = Int32(names.count)
                numbering[key] = number
                names.append(name)
            }
            if !numbers[start...].contains(number) { numbers.append(number) }
        }
        ends.append(Int32(numbers.count))
    }

    /// Done adding: the lookup table goes, keeping only what the listing needs.
    public mutating func finish() {
        numbering = [:]
        names.reserveCapacity(0)
    }

    /// The column of `articles` (positions in this one), in that order.
    public func subset(_ articles: [Int]) -> FacetColumn {
        var result = FacetColumn()
        result.names = names
        result.ends.reserveCapacity(articles.count)
        result.numbers.reserveCapacity(articles.reduce(0) { $0 + numbers(of: $1).count })
        for article in articles {
            result.numbers.append(contentsOf: numbers(of: article))
            result.ends.append(Int32(result.numbers.count))
        }
        return result
    }

    /// The column with every name replaced by `spelling(name)`: names that become one are
    /// numbered once, and an article carrying two of them carries the merged name once.
    public func respelled(_ spelling: (String) -> String) -> FacetColumn {
        var merged: [UTF8HashedString: Int32] = [:]
        var result = FacetColumn()
        let renumber = names.map { name -> Int32 in
            let key = UTF8HashedString(spelling(name))
            if let known = merged[key] { return known }
            let number = Int32(result.names.count)
            merged[key] = number
            result.names.append(key.text)
            return number
        }
        result.ends.reserveCapacity(count)
        for article in 0..<count {
            let start = result.numbers.count
            for number in numbers(of: article) {
                let new = renumber[Int(number)]
                if !result.numbers[start...].contains(new) { result.numbers.append(new) }
            }
            result.ends.append(Int32(result.numbers.count))
        }
        return result
    }

    public static func == (lhs: FacetColumn, rhs: FacetColumn) -> Bool {
        lhs.names == rhs.names && lhs.ends == rhs.ends && lhs.numbers == rhs.numbers
    }
}
