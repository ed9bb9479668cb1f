/// What a search should return: filters like `list`'s, and how many hits at most.
public struct SearchOptions: Equatable, Sendable {
    /// Tags and topics every hit must carry (as `list --tag`: in any case or width).
    public var tags: [String]
    public var topics: [String]
    public var includeDrafts: Bool
    /// The best hits kept; snippets are made for these only.
    public var limit: Int

    public init(tags: [String] = [], topics: [String] = [], includeDrafts: Bool = true, limit: Int = 200) {
        self.tags = tags
        self.topics = topics
        self.includeDrafts = includeDrafts
        self.limit = limit
    }
}
