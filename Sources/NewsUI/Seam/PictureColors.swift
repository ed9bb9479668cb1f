/// Palette colours of one picture cell; -1 is the terminal's own colour.
public struct PictureColors: Hashable, Sendable {
    public var foreground: Int16
    public var background: Int16

    public init(foreground: Int16, background: Int16) {
        self.foreground = foreground
        self.background = background
    }
}
