import NewsCore

/// The help screen (`?`): every key of the screen it was opened from, generated from the keymap.
struct HelpState: Equatable, Sendable {
    var context: KeyContext
    var top = 0
}

extension ReaderApp {
    /// The help text for `context`: one line per action, its keys then what it does.
    func helpLines(for context: KeyContext) -> [String] {
        let bound = keymap.actions(in: context)
        let keyTexts = bound.map { $0.keys.map(\.description).joined(separator: " ") }
        let keyColumn = min(18, width / 3, (keyTexts.map { DisplayWidth.of($0) }.max() ?? 0) + 2)
        let indent = String(repeating: " ", count: keyColumn)
        var lines: [String] = []
        for (entry, keys) in zip(bound, keyTexts) {
            let summary = TextLayout.wrapWords(entry.action.summary, width: max(10, width - 2 - keyColumn))
            let keyWidth = DisplayWidth.of(keys)
            if keyWidth < keyColumn {
                lines.append(keys + String(repeating: " ", count: keyColumn - keyWidth) + summary[0])
                lines += summary.dropFirst().map { indent + $0 }
            } else {
                // Keys wider than their column get a line of their own.
                lines.append(keys)
                lines += summary.map { indent + $0 }
            }
        }
        switch context {
        case .picker:
            lines.insert("typing filters the list (any script; Latin ignores case), Backspace erases", at: 0)
        case .library, .reader:
            lines.append("in the / prompt: type, Backspace erases, Enter searches, Esc cancels")
        default:
            break
        }
        return lines
    }

    /// Scrolls the help; Esc or q closes it.
    mutating func helpKey(_ key: KeyEvent) -> [Effect] {
        guard let action = keymap.action(for: key, in: .help), let context = help?.context else { return [] }
        var effects: [Effect] = []
        if handleCommon(action, effects: &effects) { return effects }
        if action == .cancel {
            stack.removeLast()
            return []
        }
        let top = scrolled(help?.top ?? 0, by: action, total: helpLines(for: context).count)
        help?.top = top
        return []
    }

    /// Draws the keys of the screen the help was opened from.
    func renderHelp(into buffer: inout ScreenBuffer) {
        guard let help else { return }
        renderBar("帮助 Help — keys of \(help.context.title)", row: 0, into: &buffer)
        renderTextPage(helpLines(for: help.context), top: help.top, into: &buffer)
        renderStatus(prompt: nil, fallback: hints([.quit, .scrollDown, .scrollUp], in: .help), into: &buffer)
    }

    /// The top line after a scrolling action over a text page of `total` lines.
    /// `top` moved by `action` (or, for `nil`, only kept within the text), for a page of
    /// `total` lines between the bars.
    func scrolled(_ top: Int, by action: Action?, total: Int) -> Int {
        let page = max(1, height - 2), last = max(0, total - page)
        switch action {
        case nil: return max(0, min(last, top))
        case .scrollDown: return min(last, top + 1)
        case .scrollUp: return max(0, top - 1)
        case .scrollPageDown: return min(last, top + page)
        case .scrollPageUp: return max(0, top - page)
        case .scrollToTop: return 0
        case .scrollToBottom: return last
        default: return top
        }
    }

    /// Draws `lines` from `top` between the top bar and the status line, one column in.
    func renderTextPage(_ lines: [String], top: Int, role: StyleRole = .normal, into buffer: inout ScreenBuffer) {
        for screenRow in 0..<max(0, height - 2) {
            let index = top + screenRow
            guard lines.indices.contains(index) else { break }
            buffer.put(TextLayout.truncate(lines[index], width: width - 2), row: screenRow + 1, column: 1, style: CellStyle(role))
        }
    }
}
