/// An image ready for the terminal: symbol cells, or a graphics sequence and the cells it covers.
public enum DrawnImage: Hashable, Sendable {
    case symbols(SymbolGrid)
    case sequence([UInt8], GraphicsProtocol, CellFit)

    /// The cells the image takes on screen.
    public var fit: CellFit {
        switch self {
        case .symbols(let grid): return CellFit(columns: grid.columns, rows: grid.rows)
        case .sequence(_, _, let fit): return fit
        }
    }
}
