/// One laid-out line and the part of the paragraph it shows.
public struct WrappedLine: Equatable, Sendable {
    /// The styled text, prefix (indent, bullet, quote bar) included.
    public var line: StyledLine
    /// Character offsets of the input this line stands for: what it shows plus the spaces and
    /// line break that vanished after it. The ranges of a paragraph's lines tile its input.
    public var sourceRange: Range<Int>
    /// Character offsets of what the line shows (`sourceRange` minus the vanished end).
    public var contentRange: Range<Int>
    /// Display columns the line takes, prefix included.
    public var width: Int

    public init(line: StyledLine, sourceRange: Range<Int>, contentRange: Range<Int>, width: Int) {
        self.line = line
        self.sourceRange = sourceRange
        self.contentRange = contentRange
        self.width = width
    }
}

/// Where a footnote marker span landed, so the reader can find and follow its anchor.
public struct MarkerPlacement: Equatable, Sendable {
    /// Index of the `.marker` span in the wrapper's input.
    public var spanIndex: Int
    /// Character offset of the marker's first character in the input.
    public var characterOffset: Int
    /// Line (index into `WrappedParagraph.lines`) holding the marker's first character.
    public var line: Int
    /// Display column of that character on its line, counted from 0 and including the prefix.
    public var column: Int

    public init(spanIndex: Int, characterOffset: Int, line: Int, column: Int) {
        self.spanIndex = spanIndex
        self.characterOffset = characterOffset
        self.line = line
        self.column = column
    }
}

/// A paragraph laid out at one width.
public struct WrappedParagraph: Equatable, Sendable {
    /// The lines, at least one (an empty paragraph is one empty line).
    public var lines: [WrappedLine]
    /// Every non-empty `.marker` span, in input order.
    public var markers: [MarkerPlacement]
    /// Characters in the input (the concatenation of the spans' texts).
    public var characterCount: Int

    public init(lines: [WrappedLine], markers: [MarkerPlacement], characterCount: Int) {
        self.lines = lines
        self.markers = markers
        self.characterCount = characterCount
    }

    /// The lines without their bookkeeping, as the renderer draws them.
    public var styledLines: [StyledLine] { lines.map(\.line) }

    /// The line showing character `offset` of the input, so a reading position (block +
    /// character offset) finds its line again at any width. Offsets past either end clamp.
    public func lineIndex(forCharacterOffset offset: Int) -> Int {
        var low = 0, high = lines.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lines[middle].sourceRange.lowerBound <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
