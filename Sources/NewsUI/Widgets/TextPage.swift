/// Lines of text between the top bar and the status line, scrolled with the page actions (the
/// help and the problems).
struct TextPage: Equatable, Sendable {
    /// The first line shown.
    var top = 0

    /// Moves by a scrolling action (or, for `nil`, only keeps the first line within the text)
    /// over `total` lines on a screen `height` rows high; false when `action` does not scroll.
    @discardableResult
    mutating func scroll(by action: Action?, total: Int, height: Int) -> Bool {
        let page = max(1, height - 2), last = max(0, total - page)
        switch action {
        case nil: top = max(0, min(last, top))
        case .scrollDown: top = min(last, top + 1)
        case .scrollUp: top = max(0, top - 1)
        case .scrollPageDown: top = min(last, top + page)
        case .scrollPageUp: top = max(0, top - page)
        case .scrollToTop: top = 0
        case .scrollToBottom: top = last
        default: return false
        }
        return true
    }

    /// Draws `lines` from ``top`` between the bars, one column in.
    func draw(_ lines: [String], into buffer: inout ScreenBuffer) {
        for screenRow in 0..<max(0, buffer.height - 2) {
            let index = top + screenRow
            guard lines.indices.contains(index) else { break }
            buffer.put(TextLayout.truncate(lines[index], width: buffer.width - 2), row: screenRow + 1, column: 1)
        }
    }
}
