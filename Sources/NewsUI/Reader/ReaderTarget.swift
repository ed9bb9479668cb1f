import NewsCore

/// A footnote reference or a link the reader can select with Tab, where it is drawn.
struct ReaderTarget: Equatable, Sendable {
    /// Which anchor it is; indices into the rendered article's anchor lists, which keep the same
    /// reading order at every width (so a selection survives a resize).
    enum Kind: Hashable, Sendable {
        case reference(Int)
        case link(Int)
    }

    var kind: Kind
    var line: Int
    var column: Int
    /// Display columns to highlight on `line`.
    var width: Int

    /// Every reference and link of `rendered`, in reading order (by line, then column).
    static func targets(in rendered: RenderedArticle) -> [ReaderTarget] {
        var targets: [ReaderTarget] = []
        for (index, reference) in rendered.anchors.footnoteReferences.enumerated() {
            let shown = "[" + TerminalText.sanitize(reference.label) + (reference.isDefined ? "]" : "?]")
            targets.append(ReaderTarget(kind: .reference(index), line: reference.line, column: reference.column,
                                        width: DisplayWidth.of(shown)))
        }
        for (index, link) in rendered.anchors.links.enumerated() where rendered.lines.indices.contains(link.line) {
            let width = linkWidth(in: rendered.lines[link.line], from: link.column)
            targets.append(ReaderTarget(kind: .link(index), line: link.line, column: link.column, width: max(1, width)))
        }
        return targets.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    /// Columns from `column` to the end of the run of link-styled (or URL) text it starts.
    ///
    /// A citation's URL line is drawn dim, not link-styled, so a run of the same style as the
    /// character at `column` counts, ending at a space.
    private static func linkWidth(in line: StyledLine, from column: Int) -> Int {
        var x = 0, width = 0
        var runStyle: TextStyle?
        for span in line.spans {
            for character in span.text {
                let columns = DisplayWidth.of(character)
                defer { x += columns }
                guard x >= column else { continue }
                if runStyle == nil { runStyle = span.style }
                if span.style != runStyle || (character == " " && !span.style.contains(.link)) { return width }
                width += columns
            }
        }
        return width
    }
}

/// Where the reader was before a jump, to come back to exactly.
struct JumpMark: Equatable, Sendable {
    /// The place at the top of the screen, for coming back at another width.
    var position: ReadingPosition
    var top: Int
    /// The width `top` was measured at.
    var width: Int
    var selection: ReaderTarget.Kind?
    var highlightedLabel: String?
}
