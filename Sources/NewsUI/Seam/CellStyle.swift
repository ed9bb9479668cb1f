import NewsCore

/// How one cell looks: its role plus the text attributes the renderer asked for.
public struct CellStyle: Hashable, Sendable {
    public var role: StyleRole
    /// Bold, italic, underline and so on, from the typesetter's ``TextStyle``.
    public var text: TextStyle
    /// A picture cell's own colours, drawn as they are (no theme applies).
    public var picture: PictureColors?

    public init(_ role: StyleRole = .normal, text: TextStyle = [], picture: PictureColors? = nil) {
        self.role = role
        self.text = text
        self.picture = picture
    }

    public static let normal = CellStyle()
}
