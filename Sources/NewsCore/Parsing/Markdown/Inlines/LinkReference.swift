/// A link reference definition (`[label]: destination "title"`), found by the block parser.
public struct LinkReference: Equatable, Sendable {
    public var destination: String
    public var title: String?

    public init(destination: String, title: String? = nil) {
        self.destination = destination
        self.title = title
    }
}
