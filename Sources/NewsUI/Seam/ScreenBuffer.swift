import NewsCore

/// One terminal cell: a grapheme cluster and its style.
///
/// A wide (2-column) character occupies its cell and marks the next one as its continuation
/// (`text == ""`), so every row has exactly `width` cells and columns count as the terminal counts.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var style: CellStyle

    public init(_ text: String, style: CellStyle = .normal) {
        self.text = text
        self.style = style
    }

    public static let blank = Cell(" ")
    /// True for the right half of a wide character.
    public var isContinuation: Bool { text.isEmpty }
}

/// A grid of cells that screens render into and the backend draws.
///
/// Screens never touch the terminal (ratatui's `Buffer`); tests read ``lines`` as text.
public struct ScreenBuffer: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(row: Int, column: Int) -> Cell {
        cells[row * width + column]
    }

    /// Writes `text` at (`row`, `column`), clipped to `maxWidth` columns and the buffer's edge.
    ///
    /// Text is sanitized first (control characters become visible stand-ins, DESIGN.md: content
    /// never reaches the terminal as a control sequence). A wide character that would straddle
    /// the clip edge is replaced by a space. Zero-width marks join the cell before them.
    /// - Returns: the column after the last one written.
    @discardableResult
    public mutating func put(_ text: String, row: Int, column: Int, style: CellStyle = .normal, maxWidth: Int? = nil) -> Int {
        guard row >= 0, row < height, column >= 0 else { return column }
        let limit = min(width, column + (maxWidth ?? width))
        var x = column
        for character in TerminalText.sanitize(text) {
            let columns = DisplayWidth.of(character)
            if columns == 0 {
                if x > column { appendToPrevious(character, row: row, before: x) }
                continue
            }
            if x + columns > limit {
                if x < limit { set(Cell(" ", style: style), row: row, column: x); x += 1 }
                break
            }
            set(Cell(String(character), style: style), row: row, column: x)
            if columns == 2 { set(Cell("", style: style), row: row, column: x + 1) }
            x += columns
        }
        return x
    }

    /// Fills `count` cells from (`row`, `column`) with spaces in `style` (a bar's background).
    public mutating func fill(row: Int, column: Int = 0, count: Int? = nil, style: CellStyle) {
        guard row >= 0, row < height else { return }
        let end = min(width, column + (count ?? width))
        for x in max(0, column)..<max(max(0, column), end) { set(Cell(" ", style: style), row: row, column: x) }
    }

    /// Restyles the cells of a row range, keeping their text (selection, search matches).
    public mutating func restyle(row: Int, columns: Range<Int>, style: CellStyle) {
        guard row >= 0, row < height else { return }
        let start = min(width, max(0, columns.lowerBound))
        for x in start..<min(width, max(start, columns.upperBound)) {
            cells[row * width + x].style = style
        }
    }

    /// Each row's text, continuation cells skipped and trailing spaces trimmed: what a snapshot
    /// test compares.
    public var lines: [String] {
        (0..<height).map { row in
            var line = ""
            for x in 0..<width where !self[row, x].isContinuation { line += self[row, x].text }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    // MARK: - Cell writes

    private mutating func set(_ cell: Cell, row: Int, column: Int) {
        // Overwriting half of a wide character leaves the other half as a blank.
        let index = row * width + column
        if !cell.text.isEmpty, cells[index].isContinuation, column > 0 { cells[index - 1] = .blank }
        if column + 1 < width, cells[index + 1].isContinuation { cells[index + 1] = .blank }
        cells[index] = cell
    }

    private mutating func appendToPrevious(_ character: Character, row: Int, before column: Int) {
        var x = column - 1
        while x > 0 && self[row, x].isContinuation { x -= 1 }
        cells[row * width + x].text.append(character)
    }
}
