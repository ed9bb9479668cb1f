/// One character cell of an image drawn with block symbols.
public struct SymbolCell: Hashable, Sendable {
    public var symbol: Unicode.Scalar
    public var foreground: CellColor
    public var background: CellColor

    public init(symbol: Unicode.Scalar, foreground: CellColor, background: CellColor) {
        self.symbol = symbol
        self.foreground = foreground
        self.background = background
    }
}
