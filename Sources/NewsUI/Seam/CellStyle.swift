import NewsCore

/// How one cell looks: its role plus the text attributes the renderer asked for.
public struct CellStyle: Hashable, Sendable {
    public var role: StyleRole
    /// Bold, italic, underline and so on, from the typesetter's ``TextStyle``.
    public var text: TextStyle

    public init(_ role: StyleRole = .normal, text: TextStyle = []) {
        self.role = role
        self.text = text
    }

    public static let normal = CellStyle()
}
