import NewsCore

/// Draws the tag or topic picker as a box over the library.
extension PickerOverlay {
    /// Draws the box (title, the filter being typed, the matching entries, `matches/all`) and
    /// the picker's status line.
    func render(into buffer: inout ScreenBuffer, shared: SharedState) {
        drawBox(shared: shared, into: &buffer)
        buffer.drawStatus(message: shared.message, background: shared.indexing,
                          fallback: "type to filter  "
                              + shared.keymap.hints([.moveDown, .moveUp, .applyPick, .cancel], in: Self.keyContext))
    }

    /// The display columns of the characters `range` of `name`, within what is `shown` of it
    /// (a truncated name keeps its start); nil when nothing of it is shown.
    static func columns(of range: Range<Int>, in name: String, shown: String) -> Range<Int>? {
        guard !range.isEmpty else { return nil }
        let characters = Array(name)
        let start = DisplayWidth.of(String(characters[..<min(range.lowerBound, characters.count)]))
        let end = min(DisplayWidth.of(String(characters[..<min(range.upperBound, characters.count)])), DisplayWidth.of(shown))
        return start < end ? start..<end : nil
    }

    private func drawBox(shared: SharedState, into buffer: inout ScreenBuffer) {
        let frame = Self.frame(shared)
        let inner = frame.width - 2
        let border = CellStyle(.bar)
        let last = frame.row + frame.height - 1
        for row in frame.row...last { buffer.fill(row: row, column: frame.column, count: frame.width, style: .normal) }

        // Borders, with the title on top and `matches/all` below.
        let title = BoxDrawing.adapt("─ \(kind.title) ")
        buffer.put(BoxDrawing.adapt("┌" + title + String(repeating: "─", count: max(0, inner - DisplayWidth.of(title))) + "┐"),
                   row: frame.row, column: frame.column, style: border)
        let tally = BoxDrawing.adapt(" \(matches.count)/\(entries.count) ─")
        buffer.put(BoxDrawing.adapt("└" + String(repeating: "─", count: max(0, inner - DisplayWidth.of(tally))) + tally + "┘"),
                   row: last, column: frame.column, style: border)
        for row in frame.row + 1..<last {
            buffer.put(BoxDrawing.adapt("│"), row: row, column: frame.column, style: border)
            buffer.put(BoxDrawing.adapt("│"), row: row, column: frame.column + frame.width - 1, style: border)
        }

        let filterRow = frame.row + 1
        let shown = TextLayout.truncateLeading(query, width: max(1, inner - 4))
        let end = buffer.put("> " + shown, row: filterRow, column: frame.column + 1, style: CellStyle(.status))
        buffer.put("▏", row: filterRow, column: end, style: CellStyle(.status))

        guard !matches.isEmpty else {
            buffer.put(TextLayout.truncate("Nothing matches", width: inner - 2), row: filterRow + 1,
                       column: frame.column + 2, style: CellStyle(.dim))
            return
        }
        let role: StyleRole = kind == .tag ? .tag : .topic
        for screenRow in 0..<Self.page(shared) {
            let index = cursor.top + screenRow
            guard matches.indices.contains(index) else { break }
            let entry = entries[matches[index]]
            let row = filterRow + 1 + screenRow
            let count = "(\(entry.count))"
            let countWidth = DisplayWidth.of(count)
            let shownName = TextLayout.truncate(entry.name, width: max(1, inner - countWidth - 3))
            buffer.put(shownName, row: row, column: frame.column + 2, style: CellStyle(role))
            buffer.put(count, row: row, column: frame.column + frame.width - 2 - countWidth, style: CellStyle(.dim))
            if index == cursor.selected {
                buffer.restyle(row: row, columns: frame.column + 1..<frame.column + frame.width - 1, style: CellStyle(.selection))
            }
            // What the query matched, pinyin included, over the selection too.
            if let columns = Self.columns(of: matchedRanges[index], in: entry.name, shown: shownName) {
                buffer.restyle(row: row, columns: frame.column + 2 + columns.lowerBound..<frame.column + 2 + columns.upperBound,
                               style: CellStyle(.match, text: .bold))
            }
        }
    }
}
