/// How to draw an image: the output, the box it must fit and the symbol options.
public struct DrawRequest: Hashable, Sendable {
    public var output: ImageOutput
    public var maxColumns: Int
    public var maxRows: Int
    public var symbols: SymbolSet
    public var ambiguousWide: Bool
    public var cellPixels: CellPixelSize
    /// Fill the box even past the image's natural size (a picture shown full screen).
    public var enlarges: Bool

    public init(output: ImageOutput, maxColumns: Int, maxRows: Int, symbols: SymbolSet = .quadrant,
                ambiguousWide: Bool = false, cellPixels: CellPixelSize = .typical, enlarges: Bool = false) {
        self.output = output
        self.maxColumns = maxColumns
        self.maxRows = maxRows
        self.symbols = symbols
        self.ambiguousWide = ambiguousWide
        self.cellPixels = cellPixels
        self.enlarges = enlarges
    }

    /// At most half the screen high, as wide as the text column.
    public static func forScreen(output: ImageOutput, textColumns: Int, screenRows: Int) -> DrawRequest {
        DrawRequest(output: output, maxColumns: textColumns, maxRows: max(1, screenRows / 2))
    }
}
