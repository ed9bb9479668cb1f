/// One cell of a drawn picture: a block symbol and its colours.
public struct PictureCell: Hashable, Sendable {
    public var symbol: String
    public var colors: PictureColors

    public init(symbol: String, colors: PictureColors) {
        self.symbol = symbol
        self.colors = colors
    }
}
