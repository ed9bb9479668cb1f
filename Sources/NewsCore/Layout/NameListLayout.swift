/// Lays out a list of names (tags, topics) with each name kept whole on one line.
///
/// The line breaker may split Chinese text between any two ideographs, which inside a tag reads
/// as two tags (`#数据标` / `注`); names are packed greedily instead, and only a name wider than
/// the line is wrapped.
enum NameListLayout {
    /// - Parameters:
    ///   - label: the dim label that starts the first line (`标签 `); later lines are indented to match.
    ///   - names: the items, already safe for the terminal.
    static func lines(label: String, names: [String], separator: String, style: TextStyle, width: Int) -> [StyledLine] {
        // Later lines keep room for one wide character, so no name has to overflow them.
        let indentWidth = min(DisplayWidth.of(label), max(0, width / 2), max(0, width - 2))
        let indent = StyledSpan(String(repeating: " ", count: indentWidth))
        var lines: [StyledLine] = []
        var line = StyledLine([StyledSpan(label, style: .dim)])
        var used = DisplayWidth.of(label), itemsOnLine = 0
        if used + 2 > width {
            // The label would be a prefix too wide for a CJK character beside it (`主题 芯` at
            // width 6, found by fuzz-layout): it is wrapped on lines of its own instead.
            lines = Wrapper(width: width).wrap([StyledSpan(label, style: .dim)]).styledLines
            line = StyledLine([indent]); used = indentWidth
        }
        func startLine() {
            lines.append(line)
            line = StyledLine([indent]); used = indentWidth; itemsOnLine = 0
        }
        for name in names {
            let nameWidth = DisplayWidth.of(name)
            let gap = itemsOnLine == 0 ? 0 : DisplayWidth.of(separator)
            if used + gap + nameWidth <= width {
                if gap > 0 { line.append(StyledSpan(separator)) }
                line.append(StyledSpan(name, style: style))
                used += gap + nameWidth; itemsOnLine += 1
                continue
            }
            if itemsOnLine > 0 { startLine() }
            if used + nameWidth <= width {
                line.append(StyledSpan(name, style: style))
                used += nameWidth; itemsOnLine = 1
                continue
            }
            // Wider than any line: the name itself has to wrap.
            let wrapped = Wrapper(width: width, firstPrefix: line.spans, continuationPrefix: [indent])
                .wrap([StyledSpan(name, style: style)]).styledLines
            lines += wrapped.dropLast()
            line = wrapped.last ?? StyledLine([indent])
            used = DisplayWidth.of(line.text); itemsOnLine = 1
        }
        lines.append(line)
        return lines
    }
}
