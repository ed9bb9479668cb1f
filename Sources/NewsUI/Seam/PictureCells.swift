/// A picture drawn as `columns` × `rows` single-width cells, row by row.
public struct PictureCells: Hashable, Sendable {
    public var columns: Int
    public var rows: Int
    public var cells: [PictureCell]

    public init(columns: Int, rows: Int, cells: [PictureCell]) {
        self.columns = columns
        self.rows = rows
        self.cells = cells
    }

    public func cell(row: Int, column: Int) -> PictureCell {
        cells[row * columns + column]
    }
}
