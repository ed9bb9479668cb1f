import NewsUI

/// Which cells of a new frame must be written to the terminal, given the frame it shows now.
///
/// Only changed cells are drawn (DESIGN.md, data flow step 4). A wide character is one draw at
/// its left cell: when only its continuation cell differs (the right half changed owner), the
/// left cell is drawn again; a continuation cell is never drawn on its own.
public struct ScreenDiff: Equatable, Sendable {
    /// True when everything must be drawn: no previous frame, or the size changed.
    public var isFullRedraw: Bool
    /// Cells to draw, row-major, each the left cell of its character.
    public var cells: [CellPosition]

    /// Compares `new` with `old` (nil: nothing is on the screen yet).
    public init(from old: ScreenBuffer?, to new: ScreenBuffer) {
        guard let old, old.width == new.width, old.height == new.height else {
            isFullRedraw = true
            cells = Self.leadCells(of: new)
            return
        }
        isFullRedraw = false
        var positions: [CellPosition] = []
        let width = new.width
        // Comparing the flat cell arrays row by row keeps an unchanged frame at one pass of ==.
        for row in 0..<new.height {
            var lastAdded = -1
            for column in 0..<width where old.cells[row * width + column] != new.cells[row * width + column] {
                var lead = column
                while lead > 0 && new[row, lead].isContinuation { lead -= 1 }
                if new[row, lead].isContinuation || lead <= lastAdded { continue }
                positions.append(CellPosition(row: row, column: lead))
                lastAdded = lead
            }
        }
        cells = positions
    }

    private static func leadCells(of buffer: ScreenBuffer) -> [CellPosition] {
        var positions: [CellPosition] = []
        positions.reserveCapacity(buffer.width * buffer.height)
        for row in 0..<buffer.height {
            for column in 0..<buffer.width where !buffer[row, column].isContinuation {
                positions.append(CellPosition(row: row, column: column))
            }
        }
        return positions
    }
}

/// A cell's place on the screen.
public struct CellPosition: Hashable, Sendable, CustomStringConvertible {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    public var description: String { "(\(row), \(column))" }
}
