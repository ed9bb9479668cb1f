/// Coming back from the outline: a chosen heading is a jump, so Backspace returns from it.
extension ArticleScreen {
    mutating func resume(with result: ScreenResult, shared: inout SharedState) {
        guard case .jumpToLine(let line) = result else { return }
        jump(toLine: line, page: Self.page(shared))
    }

    /// Puts `line` at the top of the screen, remembering where the reader was.
    mutating func jump(toLine line: Int, page: Int) {
        jumps.append(JumpMark(position: position, top: top, width: rendered.width,
                              selection: selection, highlightedLabel: highlightedLabel))
        top = line
        clampTop(page: page)
    }
}
