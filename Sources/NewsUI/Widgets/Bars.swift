import NewsCore

/// The top bar, the status line and the key hints every screen shares.
extension ReaderApp {
    /// Draws a bar across `row`: `left` from the start, `right` against the end; `left` gives way.
    func renderBar(_ left: String, right: String = "", row: Int, style: CellStyle = CellStyle(.bar),
                   into buffer: inout ScreenBuffer) {
        buffer.fill(row: row, style: style)
        let rightText = TextLayout.truncate(right, width: max(0, width - 2))
        let rightWidth = DisplayWidth.of(rightText)
        if rightWidth > 0 { buffer.put(rightText, row: row, column: width - rightWidth - 1, style: style) }
        let room = width - 2 - (rightWidth > 0 ? rightWidth + 2 : 0)
        buffer.put(TextLayout.truncate(left, width: room), row: row, column: 1, style: style)
    }

    /// Draws the status line: a prompt being typed, else the last message, else `fallback`
    /// (key hints or what is selected); `right` (the reading position) stays at the end.
    func renderStatus(prompt: TextPrompt?, fallback: @autoclosure () -> String, right: String = "",
                      into buffer: inout ScreenBuffer) {
        let row = height - 1
        if let prompt {
            buffer.fill(row: row, style: CellStyle(.status))
            let text = TextLayout.truncateLeading(prompt.prompt + prompt.text, width: width - 3)
            let end = buffer.put(text, row: row, column: 1, style: CellStyle(.status))
            buffer.put("▏", row: row, column: end, style: CellStyle(.status))
        } else if let message {
            renderBar(message.text, right: right, row: row,
                      style: message.isError ? CellStyle(.error) : CellStyle(.status), into: &buffer)
        } else {
            renderBar(fallback(), right: right, row: row, style: CellStyle(.status), into: &buffer)
        }
    }

    /// `? help  q back  …`: the first key of each action in `context`, from the keymap itself.
    func hints(_ actions: [Action], in context: KeyContext, quitLabel: String = "back") -> String {
        actions.compactMap { action -> String? in
            guard let key = keymap.keys(for: action, in: context).first else { return nil }
            return "\(key) \(action == .quit ? quitLabel : action.hint)"
        }.joined(separator: "  ")
    }

    /// A clear notice instead of a screen that cannot fit (below 20×6).
    func renderTooSmall(into buffer: inout ScreenBuffer) {
        let english = width >= 18 ? "terminal too small" : "too small"
        let lines = ["终端太小", english, "need \(Self.minimumWidth)×\(Self.minimumHeight)"]
        let first = max(0, (height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let text = TextLayout.truncate(line, width: width)
            buffer.put(text, row: first + offset, column: max(0, (width - DisplayWidth.of(text)) / 2),
                       style: CellStyle(.error))
        }
    }
}
