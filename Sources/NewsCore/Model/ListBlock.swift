/// An ordered or bullet list.
public struct ListBlock: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case bullet(marker: Character)
        case ordered(start: Int, delimiter: Character)
    }

    public var kind: Kind
    /// Tight lists have no blank lines between items; their paragraphs render without spacing.
    public var isTight: Bool
    /// Each item is a sequence of blocks (paragraphs, nested lists, code, …).
    public var items: [[Block]]

    public init(kind: Kind, isTight: Bool, items: [[Block]]) {
        self.kind = kind
        self.isTight = isTight
        self.items = items
    }
}
