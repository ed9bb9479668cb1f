/// Draws a GFM table with box characters: columns as wide as their widest cell (in display
/// columns), narrowed and their cells wrapped when the table is wider than the screen; on a
/// screen too narrow for its longest words, each row becomes a record of `列：值` lines.
struct TableRenderer {
    var flattener: InlineFlattener

    func render(_ table: Table, in context: RenderContext, into output: inout RenderOutput) {
        let columns = table.alignments.count
        guard columns > 0 else { return }
        let cells: [[InlineFlattener.Flat]] = ([table.header] + table.rows).enumerated().map { rowIndex, row in
            (0..<columns).map { column in
                flattener.flatten(column < row.count ? row[column] : [], style: rowIndex == 0 ? .bold : [])
            }
        }
        let natural = (0..<columns).map { column in
            max(1, cells.map { DisplayWidth.of($0[column].spans.map(\.text).joined()) }.max() ?? 1)
        }
        // Borders: `│ ` before each cell, ` │` after the last, ` │ ` between.
        let room = min(context.firstTextWidth, context.continuing.firstTextWidth) - (3 * columns + 1)
        if room < 2 * columns {
            renderStacked(cells, in: context, into: &output)
            return
        }
        let minimum = (0..<columns).map { column in
            max(1, cells.map { Self.longestUnit($0[column].spans, breaker: context.breaker) }.max() ?? 1)
        }
        // Too narrow for the longest words: a record per row reads better than cut words.
        if minimum.reduce(0, +) > room {
            renderStacked(cells, in: context, into: &output)
            return
        }
        renderGrid(cells, alignments: table.alignments, widths: Self.fit(natural: natural, minimum: minimum, into: room),
                   in: context, into: &output)
    }

    /// Column widths summing to at most `room`, as browsers size auto tables: the natural widths
    /// when they fit; else each column's longest unbreakable unit (so words are not cut) plus a
    /// share of the rest in proportion to how much wider it would like to be; else, when even the
    /// words do not fit, every column capped at the same width, the largest cap that fits.
    static func fit(natural: [Int], minimum: [Int], into room: Int) -> [Int] {
        guard natural.reduce(0, +) > room else { return natural }
        let floor = zip(minimum, natural).map { min($0, $1) }
        let floorSum = floor.reduce(0, +)
        if floorSum <= room {
            let wishes = zip(natural, floor).map { $0 - $1 }
            let wished = wishes.reduce(0, +)
            let spare = room - floorSum
            var widths = zip(floor, wishes).map { $0 + $1 * spare / max(1, wished) }
            var left = room - widths.reduce(0, +)
            for column in widths.indices where left > 0 && widths[column] < natural[column] {
                widths[column] += 1
                left -= 1
            }
            return widths
        }
        var low = 1, high = natural.max() ?? 1
        while low < high {
            let cap = (low + high + 1) / 2
            if natural.reduce(0, { $0 + min($1, cap) }) <= room { low = cap } else { high = cap - 1 }
        }
        var widths = natural.map { min($0, low) }
        var spare = room - widths.reduce(0, +)
        for column in widths.indices where spare > 0 && natural[column] > widths[column] {
            widths[column] += 1
            spare -= 1
        }
        return widths
    }

    /// Display width of the widest piece of `spans` between two break opportunities (spaces at
    /// a piece's end not counted): the narrowest the cell can be without cutting a word.
    static func longestUnit(_ spans: [StyledSpan], breaker: LineBreaker = LineBreaker()) -> Int {
        let characters = Array(spans.map(\.text).joined())
        var longest = 0, start = 0
        for opportunity in breaker.opportunities(in: spans) {
            var end = min(opportunity.offset, characters.count)
            while end > start && characters[end - 1].isWhitespace { end -= 1 }
            var width = 0
            for index in start..<max(start, end) { width += DisplayWidth.of(characters[index]) }
            longest = max(longest, width)
            start = opportunity.offset
        }
        return longest
    }

    // MARK: - Grid

    private func renderGrid(_ cells: [[InlineFlattener.Flat]], alignments: [Table.Alignment], widths: [Int],
                            in context: RenderContext, into output: inout RenderOutput) {
        var context = context
        let base = output.offset
        var rowStart = 0
        func border(_ left: String, _ middle: String, _ right: String) {
            let text = left + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: middle) + right
            var line = StyledLine(context.first)
            line.append(StyledSpan(BoxDrawing.adapt(text), style: .dim))
            output.append(line, kind: .table, offset: base + rowStart, prefix: context.first)
            context = context.continuing
        }
        border("┌", "┬", "┐")
        for (rowIndex, row) in cells.enumerated() {
            let wrapped = row.enumerated().map { column, flat in Wrapper(width: widths[column], breaker: context.breaker).wrap(flat.spans) }
            let height = wrapped.map(\.lines.count).max() ?? 1
            let firstLine = output.lines.count
            let prefixWidth = RenderContext.width(of: context.first)
            for lineIndex in 0..<height {
                var line = StyledLine(context.first)
                for (column, paragraph) in wrapped.enumerated() {
                    line.append(StyledSpan(BoxDrawing.adapt(column == 0 ? "│ " : " │ "), style: .dim))
                    let cellLine = lineIndex < paragraph.lines.count ? paragraph.lines[lineIndex] : nil
                    let gap = widths[column] - (cellLine?.width ?? 0)
                    let (left, right) = Self.padding(gap, alignments[column])
                    line.append(StyledSpan(String(repeating: " ", count: left)))
                    for span in cellLine?.line.spans ?? [] { line.append(span) }
                    line.append(StyledSpan(String(repeating: " ", count: right)))
                }
                line.append(StyledSpan(BoxDrawing.adapt(" │"), style: .dim))
                output.append(line, kind: .table, offset: base + rowStart, prefix: context.first)
                context = context.continuing
            }
            var column = prefixWidth + 2
            for (index, paragraph) in wrapped.enumerated() {
                output.placeAnchors(of: paragraph, row[index], firstLine: firstLine, columnOffset: column, prefixes: ([], []))
                column += widths[index] + 3
                rowStart += paragraph.characterCount
            }
            if rowIndex == 0 { border("├", "┼", "┤") }
        }
        border("└", "┴", "┘")
        output.offset = base + rowStart
    }

    /// Spaces before and after a cell's line of `gap` spare columns.
    private static func padding(_ gap: Int, _ alignment: Table.Alignment) -> (Int, Int) {
        switch alignment {
        case .right: return (gap, 0)
        case .center: return (gap / 2, gap - gap / 2)
        case .left, .none: return (0, gap)
        }
    }

    // MARK: - Narrow screens

    /// Each body row as `header: cell` paragraphs, rows apart; every line of a row keeps the
    /// row's reading position, so positions stay in order whatever the width.
    private func renderStacked(_ cells: [[InlineFlattener.Flat]], in context: RenderContext, into output: inout RenderOutput) {
        let base = output.offset
        var rowStart = cells.first.map { $0.reduce(0) { $0 + $1.spans.reduce(0) { $0 + $1.text.count } } } ?? 0
        var context = context
        for (rowIndex, row) in cells.enumerated().dropFirst() {
            output.offset = base + rowStart
            if rowIndex > 1 { output.appendDecoration(context.separatorLine) }
            let firstLine = output.lines.count
            for (column, cell) in row.enumerated() {
                var flat = cells[0][column]
                flat.markers = [:]
                flat.links = []
                if rowIndex > 1 { flat.targets = [] }  // the header's ids once, with the first record
                // A column without a header (a row label's, often) shows its cell alone, never `：一`.
                let hasHeader = flat.spans.contains { !$0.text.allSatisfy(\.isWhitespace) }
                if hasHeader { flat.spans.append(StyledSpan("：", style: .bold)) }
                let shift = flat.spans.count
                flat.spans += cell.spans
                for (index, marker) in cell.markers { flat.markers[index + shift] = marker }
                flat.links = cell.links.map { ($0.span + shift, $0.url) }
                flat.targets += cell.targets.map { ($0.span + shift, $0.id) }
                output.appendParagraph(flat, in: context)
                context = context.continuing
            }
            for line in firstLine..<output.lines.count {
                output.info[line].position = ReadingPosition(block: output.block, offset: base + rowStart)
            }
            rowStart += row.reduce(0) { $0 + $1.spans.reduce(0) { $0 + $1.text.count } }
        }
        output.offset = base + rowStart
    }
}
