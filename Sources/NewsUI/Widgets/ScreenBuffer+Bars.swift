import NewsCore

/// The top bar, the status line and the too-small notice every screen shares.
extension ScreenBuffer {
    /// Draws a bar across `row`: `left` from the start, `right` against the end; `left` gives way.
    mutating func drawBar(_ left: String, right: String = "", row: Int, style: CellStyle = CellStyle(.bar)) {
        fill(row: row, style: style)
        let rightText = TextLayout.truncate(right, width: max(0, width - 2))
        let rightWidth = DisplayWidth.of(rightText)
        if rightWidth > 0 { put(rightText, row: row, column: width - rightWidth - 1, style: style) }
        let room = width - 2 - (rightWidth > 0 ? rightWidth + 2 : 0)
        put(TextLayout.truncate(left, width: room), row: row, column: 1, style: style)
    }

    /// Draws the status line; `right` (the reading position) stays at the end. What wins, most
    /// important first:
    /// 1. a prompt being typed;
    /// 2. the last message (an error, what changed on disk such as `3 篇新文章`, the answer to a
    ///    key): news, which lasts only until the next key or click. `background` joins it at the
    ///    end only when both fit whole;
    /// 3. `background`, the work a first build left running (`正文 …`, `搜索索引 …`), while it runs
    ///    (a screen leaves it out while it shows what the user selected: a search hit's snippet,
    ///    a citation or a link);
    /// 4. `fallback`: key hints, or what is selected.
    mutating func drawStatus(prompt: TextPrompt? = nil, message: StatusMessage?, background: String? = nil,
                             fallback: @autoclosure () -> String, right: String = "") {
        let row = height - 1
        if let prompt {
            fill(row: row, style: CellStyle(.status))
            let text = TextLayout.truncateLeading(prompt.prompt + prompt.text, width: width - 3)
            let end = put(text, row: row, column: 1, style: CellStyle(.status))
            put("▏", row: row, column: end, style: CellStyle(.status))
        } else if let message {
            var end = right
            if let background {
                let both = background + (right.isEmpty ? "" : "  " + right)
                if DisplayWidth.of(message.text) + 2 + DisplayWidth.of(both) <= width - 2 { end = both }
            }
            drawBar(message.text, right: end, row: row, style: message.isError ? CellStyle(.error) : CellStyle(.status))
        } else if let background {
            drawBar(background, right: right, row: row, style: CellStyle(.status))
        } else {
            drawBar(fallback(), right: right, row: row, style: CellStyle(.status))
        }
    }

    /// A clear notice instead of a screen that cannot fit.
    mutating func drawTooSmall(minimumWidth: Int, minimumHeight: Int) {
        let english = width >= 18 ? "terminal too small" : "too small"
        let lines = ["终端太小", english, "need \(minimumWidth)×\(minimumHeight)"]
        let first = max(0, (height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let text = TextLayout.truncate(line, width: width)
            put(text, row: first + offset, column: max(0, (width - DisplayWidth.of(text)) / 2), style: CellStyle(.error))
        }
    }
}
