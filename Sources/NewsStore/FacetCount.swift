/// A topic or tag with the number of articles carrying it.
public struct FacetCount: Equatable, Codable, Sendable {
    public var name: String
    public var count: Int

    public init(name: String, count: Int) {
        self.name = name
        self.count = count
    }
}
