/// How one role looks: attributes, colours, and what stands in for the colours on a terminal
/// that has none (a coloured marker becomes bold there, a search match bold and underlined).
public struct RoleStyle: Hashable, Sendable {
    public var attributes: CellAppearance.Attributes
    public var foreground: ThemeColor?
    public var background: ThemeColor?
    public var monochromeAttributes: CellAppearance.Attributes

    public init(_ attributes: CellAppearance.Attributes = [], foreground: ThemeColor? = nil, background: ThemeColor? = nil,
                monochrome: CellAppearance.Attributes = []) {
        self.attributes = attributes
        self.foreground = foreground
        self.background = background
        monochromeAttributes = monochrome
    }
}
