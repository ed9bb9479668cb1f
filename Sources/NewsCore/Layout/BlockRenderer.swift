/// Renders blocks to lines: paragraphs reflowed, containers indented, code kept as written.
struct BlockRenderer {
    var flattener: InlineFlattener

    func render(_ blocks: [Block], width: Int, tight: Bool = false) -> [StyledLine] {
        var lines: [StyledLine] = []
        for (index, block) in blocks.enumerated() {
            if index > 0 && !tight { lines.append(StyledLine()) }
            lines += render(block, width: max(4, width))
        }
        return lines
    }

    private func render(_ block: Block, width: Int) -> [StyledLine] {
        let wrapper = SimpleWrapper(width: width)
        switch block {
        case .heading(let level, let content):
            let style: TextStyle = level <= 2 ? [.bold, .heading, .underline] : [.bold, .heading]
            return wrapper.wrap(flattener.spans(of: content, style: style))
        case .paragraph(let content):
            return wrapper.wrap(flattener.spans(of: content))
        case .blockQuote(let inner):
            return prefixed(render(inner, width: width - 2), first: "│ ", rest: "│ ", style: .dim)
        case .list(let list):
            return renderList(list, width: width)
        case .codeBlock(let code):
            return codeLines(code.text, width: width)
        case .htmlBlock(let html):
            return codeLines(html, width: width).map { StyledLine($0.spans.map { StyledSpan($0.text, style: .dim) }) }
        case .table(let table):
            return renderTable(table, width: width)
        case .thematicBreak:
            return [StyledLine([StyledSpan(String(repeating: "─", count: width), style: .dim)])]
        }
    }

    private func renderList(_ list: ListBlock, width: Int) -> [StyledLine] {
        var lines: [StyledLine] = []
        for (index, item) in list.items.enumerated() {
            let bullet: String
            switch list.kind {
            case .bullet: bullet = "• "
            case .ordered(let start, let delimiter): bullet = "\(start + index)\(delimiter) "
            }
            let indent = String(repeating: " ", count: DisplayWidth.of(bullet))
            if index > 0 && !list.isTight { lines.append(StyledLine()) }
            let body = render(item, width: width - indent.count, tight: list.isTight)
            lines += prefixed(body.isEmpty ? [StyledLine()] : body, first: bullet, rest: indent, style: [])
        }
        return lines
    }

    /// Code is never reflowed: long lines are cut at the width and continue after a `↪` mark.
    private func codeLines(_ text: String, width: Int) -> [StyledLine] {
        var lines: [StyledLine] = []
        let body = text.hasSuffix("\n") ? String(text.dropLast()) : text
        for rawLine in body.split(separator: "\n", omittingEmptySubsequences: false) {
            let safe = TerminalText.sanitize(expandingTabs(String(rawLine)))
            var current = "", currentWidth = 0
            for character in safe {
                let characterWidth = DisplayWidth.of(character)
                if currentWidth + characterWidth > width - 2 {
                    lines.append(StyledLine([StyledSpan("  " + current, style: .code)]))
                    current = "↪"; currentWidth = 1
                }
                current.append(character); currentWidth += characterWidth
            }
            lines.append(StyledLine([StyledSpan("  " + current, style: .code)]))
        }
        return lines
    }

    private func expandingTabs(_ line: String) -> String {
        guard line.contains("\t") else { return line }
        var output = ""
        for character in line {
            if character == "\t" {
                output += String(repeating: " ", count: 4 - DisplayWidth.of(output) % 4)
            } else {
                output.append(character)
            }
        }
        return output
    }

    /// Columns padded by display width when the table fits; one cell per line otherwise.
    private func renderTable(_ table: Table, width: Int) -> [StyledLine] {
        let header = table.header.map { TerminalText.sanitize($0.plainText) }
        let rows = table.rows.map { $0.map { TerminalText.sanitize($0.plainText) } }
        let columns = table.alignments.count
        var widths = Array(repeating: 1, count: columns)
        for row in [header] + rows {
            for (column, cell) in row.enumerated() where column < columns {
                widths[column] = max(widths[column], DisplayWidth.of(cell))
            }
        }
        if widths.reduce(0, +) + 3 * max(0, columns - 1) > width {
            return ([header] + rows).flatMap { row in
                SimpleWrapper(width: width).wrap([StyledSpan(row.joined(separator: " │ "))]) + [StyledLine()]
            }
        }
        func line(_ cells: [String], style: TextStyle) -> StyledLine {
            let padded = cells.enumerated().map { column, cell in
                pad(cell, to: widths[column], alignment: table.alignments[column])
            }
            return StyledLine([StyledSpan(padded.joined(separator: " │ "), style: style)])
        }
        let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "─┼─")
        return [line(header, style: .bold), StyledLine([StyledSpan(rule, style: .dim)])] + rows.map { line($0, style: []) }
    }

    private func pad(_ cell: String, to width: Int, alignment: Table.Alignment) -> String {
        let gap = max(0, width - DisplayWidth.of(cell))
        switch alignment {
        case .right: return String(repeating: " ", count: gap) + cell
        case .center: return String(repeating: " ", count: gap / 2) + cell + String(repeating: " ", count: gap - gap / 2)
        case .left, .none: return cell + String(repeating: " ", count: gap)
        }
    }

    private func prefixed(_ lines: [StyledLine], first: String, rest: String, style: TextStyle) -> [StyledLine] {
        lines.enumerated().map { index, line in
            StyledLine([StyledSpan(index == 0 ? first : rest, style: style)] + line.spans)
        }
    }
}
