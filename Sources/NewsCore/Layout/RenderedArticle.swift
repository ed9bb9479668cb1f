/// An article laid out at one width: the lines to draw, what each line stands for, and the
/// anchors a reader jumps between.
///
/// A value, so a reader can cache it by (article, width) and compare two renderings in tests.
/// Lines are numbered from 0 in the order they are drawn.
public struct RenderedArticle: Equatable, Sendable {
    /// The width the article was laid out for; no line is wider.
    public var width: Int
    /// What to draw, one entry per terminal line.
    public var lines: [StyledLine]
    /// Bookkeeping per line, parallel to ``lines``.
    public var lineInfo: [RenderedLineInfo]
    public var anchors: RenderAnchors

    public init(width: Int, lines: [StyledLine], lineInfo: [RenderedLineInfo], anchors: RenderAnchors) {
        self.width = width
        self.lines = lines
        self.lineInfo = lineInfo
        self.anchors = anchors
    }

    /// The lines' texts, without styles.
    public var plainLines: [String] { lines.map(\.text) }

    /// The reading position a line starts at: where to come back to after a resize.
    public func position(atLine line: Int) -> ReadingPosition {
        guard !lineInfo.isEmpty else { return ReadingPosition(block: 0, offset: 0) }
        return lineInfo[min(max(0, line), lineInfo.count - 1)].position
    }

    /// The line showing `position`: the first of the lines that start at the latest position not
    /// after it, so a position taken at one width finds the same text at any other width.
    public func line(for position: ReadingPosition) -> Int {
        guard !lineInfo.isEmpty else { return 0 }
        var low = 0, high = lineInfo.count - 1
        if position < lineInfo[0].position { return 0 }
        while low < high {
            let middle = (low + high + 1) / 2
            if lineInfo[middle].position <= position { low = middle } else { high = middle - 1 }
        }
        // Lines of one table row share their row's position: show the row from its top.
        while low > 0 && lineInfo[low - 1].position == lineInfo[low].position { low -= 1 }
        return low
    }
}

/// What one rendered line stands for.
public struct RenderedLineInfo: Equatable, Sendable {
    /// How a line was made, so checks and the reader know which rules apply to it.
    public enum Kind: Equatable, Sendable {
        /// A line of reflowed text; `isLast` when it ends its paragraph (or a hard break ends it).
        case text(isLast: Bool)
        /// Code or raw HTML, cut but never reflowed.
        case preformatted
        /// A row or border of a table.
        case table
        /// A rule, an empty line, or other decoration.
        case decoration
    }

    /// Where the line starts in the article's text.
    public var position: ReadingPosition
    public var kind: Kind
    /// Characters at the line's start that are indentation, bullets or quote bars, not text.
    public var prefixCharacters: Int
    /// Display columns those characters take.
    public var prefixWidth: Int

    public init(position: ReadingPosition, kind: Kind, prefixCharacters: Int = 0, prefixWidth: Int = 0) {
        self.position = position
        self.kind = kind
        self.prefixCharacters = prefixCharacters
        self.prefixWidth = prefixWidth
    }
}
