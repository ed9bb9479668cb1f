/// An outlet and the number of articles citing it.
public struct OutletCount: Equatable, Sendable {
    public var name: String
    public var count: Int

    public init(name: String, count: Int) {
        self.name = name
        self.count = count
    }

    /// Counts the outlets of many articles, given each article's outlets (``OutletName``):
    /// spellings with one key are one outlet, shown as the spelling most articles use. Most cited
    /// first, then by name.
    public static func tally(_ outletsByArticle: [[String]]) -> [OutletCount] {
        var counts: [String: Int] = [:]
        var spellings: [String: [String: Int]] = [:]
        for outlets in outletsByArticle {
            var keys = Set<String>()
            for name in outlets {
                let key = OutletName.key(name)
                spellings[key, default: [:]][name, default: 0] += 1
                if keys.insert(key).inserted { counts[key, default: 0] += 1 }
            }
        }
        return counts.map { key, count in
            let name = spellings[key]!.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
            return OutletCount(name: name, count: count)
        }
        .sorted { ($1.count, $0.name) < ($0.count, $1.name) }
    }
}
