/// How many character cells an image takes: as wide as allowed, aspect kept, where a cell is
/// about twice as tall as it is wide, and at most `maxRows` high (half the screen in the reader).
public struct CellFit: Hashable, Sendable {
    public let columns: Int
    public let rows: Int

    /// Pixels of a typical cell, used so a small image is not blown up past its natural size.
    public static let naturalCellWidth = 8
    public static let naturalCellHeight = 16

    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }

    /// The largest box within `maxColumns` × `maxRows` cells that keeps the image's aspect; a
    /// small image keeps its natural size unless `enlarging` (a picture shown full screen).
    public static func fitting(width: Int, height: Int, maxColumns: Int, maxRows: Int, enlarging: Bool = false) -> CellFit {
        guard width > 0, height > 0, maxColumns > 0, maxRows > 0 else { return CellFit(columns: 0, rows: 0) }
        let naturalColumns = (width + naturalCellWidth - 1) / naturalCellWidth
        var columns = enlarging ? maxColumns : min(maxColumns, naturalColumns)
        // rows = columns × (height / width) ÷ 2, because a cell is twice as tall as wide.
        var rows = max(1, Int((Double(columns) * Double(height) / Double(width) / 2).rounded()))
        if rows > maxRows {
            rows = maxRows
            columns = max(1, min(columns, Int((Double(rows) * 2 * Double(width) / Double(height)).rounded())))
        }
        return CellFit(columns: columns, rows: rows)
    }
}
