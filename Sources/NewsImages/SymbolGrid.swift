/// An image drawn as rows of single-width symbol cells: what a screen buffer paints cell by
/// cell, or what `sgrLines()` turns into coloured text.
public struct SymbolGrid: Hashable, Sendable {
    public let columns: Int
    public let rows: Int
    /// Row by row, `columns` × `rows` cells.
    public let cells: [SymbolCell]

    public init(columns: Int, rows: Int, cells: [SymbolCell]) {
        precondition(cells.count == columns * rows, "cell count does not match the grid size")
        self.columns = columns
        self.rows = rows
        self.cells = cells
    }

    public func row(_ index: Int) -> ArraySlice<SymbolCell> {
        cells[(index * columns)..<((index + 1) * columns)]
    }

    /// Each row as text with SGR colour sequences, ending in a reset; a colour is only
    /// repeated when it changes. The symbols are block elements, so nothing here comes from
    /// untrusted text.
    public func sgrLines() -> [String] {
        (0..<rows).map { index in
            var line = ""
            var current: (CellColor, CellColor)?
            for cell in row(index) {
                if current?.0 != cell.foreground || current?.1 != cell.background {
                    line += "\u{1B}[\(cell.foreground.sgrParameters(background: false));\(cell.background.sgrParameters(background: true))m"
                    current = (cell.foreground, cell.background)
                }
                line.unicodeScalars.append(cell.symbol)
            }
            return line + "\u{1B}[0m"
        }
    }
}
