/// A mouse event, as the terminal backend decoded it: a press of the main button or a turn
/// of the wheel, at a screen cell.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// The main button went down (a click; the reader acts on the press, not the release).
        case press
        case wheelUp
        case wheelDown
    }

    public var kind: Kind
    public var row: Int
    public var column: Int

    public init(_ kind: Kind, row: Int, column: Int) {
        self.kind = kind
        self.row = row
        self.column = column
    }
}
