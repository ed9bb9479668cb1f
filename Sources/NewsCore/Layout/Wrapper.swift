/// Lays a paragraph of styled spans out in lines of a given display width, the way a Chinese
/// typesetter would: greedy fill over `LineBreaker`'s opportunities.
///
/// - A span whose text is `"\n"` (any line terminator, in fact) is a hard break; a trailing one
///   adds no empty line.
/// - Spaces at a line end vanish and take no room; spaces inside a line are kept.
/// - When the greedy fit would start a line with `，` or end one with `（`, the opportunity does
///   not exist, so the character before the `，` goes down with it (clreq §3.1.7; what JLREQ
///   calls pushing out, as a terminal cannot squeeze a line to push in).
///   We never hang punctuation into the margin: fullwidth marks take two columns, so a one-column
///   margin cannot hold them, and reserving a column would narrow every line.
/// - A unit wider than the line (a long URL or word, a chain of glued marks) is cut between
///   characters, at the latest place that breaks the mildest rule (see `CutMeasure`); a unit that
///   starts mid-line is cut in place only when that costs nothing, else it moves down first.
///   Such a cut never starts a line with closing punctuation (nor ends one with opening
///   punctuation) while some letters could go down with the mark instead: `Databrick` / `s，`
///   even though `Databricks` alone would fit, since a word cut reads better than a `，` leading
///   a line. Only a line too narrow for a character and its marks (`a）、` in 4 columns) has none.
/// - A wide character never straddles the edge. Only a single character wider than the whole
///   line (a CJK character at width 1) can overflow, alone on its line.
///
/// A renderer wraps each reflowed block once per width:
/// ```swift
/// let item = Wrapper(width: 80, firstPrefix: [StyledSpan("• ")], continuationPrefix: [StyledSpan("  ")])
///     .wrap(spans)
/// item.styledLines                    // what to draw
/// item.markers                        // footnote anchors: span index → line, column
/// item.lineIndex(forCharacterOffset:) // a reading position (block + character offset) → line
/// ```
public struct Wrapper: Sendable {
    /// Total columns of a line, prefix included; at least 1.
    public var width: Int
    /// Printed before the first line (e.g. a bullet `"• "`).
    public var firstPrefix: [StyledSpan]
    /// Printed before every other line (e.g. spaces as wide as the bullet, for a hanging indent).
    public var continuationPrefix: [StyledSpan]
    public var breaker: LineBreaker

    public init(width: Int, firstPrefix: [StyledSpan] = [], continuationPrefix: [StyledSpan] = [],
                breaker: LineBreaker = LineBreaker()) {
        self.width = max(1, width)
        self.firstPrefix = firstPrefix
        self.continuationPrefix = continuationPrefix
        self.breaker = breaker
    }

    /// Lays `spans` out; see the type's documentation for the rules.
    public func wrap(_ spans: [StyledSpan]) -> WrappedParagraph {
        let (text, breaks) = breaker.analyze(spans)
        let firstPrefixWidth = DisplayWidth.of(firstPrefix.map(\.text).joined())
        let restPrefixWidth = DisplayWidth.of(continuationPrefix.map(\.text).joined())
        let ranges = lineRanges(text, breaks,
                                firstWidth: max(1, width - firstPrefixWidth),
                                restWidth: max(1, width - restPrefixWidth))
        // Prefix spans merged as `StyledLine.append` would merge them, once per paragraph.
        let (first, rest) = (StyledLine(merging: firstPrefix).spans, StyledLine(merging: continuationPrefix).spans)
        var assembler = WrapperLineAssembler(text: text, spans: spans)
        var lines: [WrappedLine] = []
        lines.reserveCapacity(ranges.count)
        for (index, range) in ranges.enumerated() {
            let prefix = index == 0 ? first : rest
            let prefixWidth = index == 0 ? firstPrefixWidth : restPrefixWidth
            lines.append(assembler.line(range, prefix: prefix, prefixWidth: prefixWidth))
        }
        let markers = assembler.markerPlacements(ranges: ranges,
                                                 prefixWidths: (firstPrefixWidth, restPrefixWidth))
        return WrappedParagraph(lines: lines, markers: markers, characterCount: text.count)
    }

    /// A line in cluster positions: it shows `start..<contentEnd`, `width` columns wide, and
    /// stands for `start..<end`.
    struct LineRange {
        var start: Int
        var contentEnd: Int
        var end: Int
        var width: Int
    }

    /// Greedy fill: each line takes everything up to the last opportunity that still fits.
    /// Linear: a line's scan stops one unit past its end, so each cluster is visited at most
    /// twice (the rescan of the next line's start), plus one look back over a line per hard cut.
    func lineRanges(_ text: LineBreakerText, _ breaks: [LineBreaker.Break],
                    firstWidth: Int, restWidth: Int) -> [LineRange] {
        let count = text.count
        guard count > 0 else { return [LineRange(start: 0, contentEnd: 0, end: 0, width: 0)] }
        var ranges: [LineRange] = []
        text.widths.withUnsafeBufferPointer { widths in
            text.classes.withUnsafeBufferPointer { classes in
                breaks.withUnsafeBufferPointer { breaks in
                    var start = 0
                    while start < count {
                        let available = ranges.isEmpty ? firstWidth : restWidth
                        var used = 0, trailing = 0, lastFit = -1, lastFitWidth = 0
                        var width = -1  // of the line's content, when known without a recount
                        var position = start
                        var end: Int
                        while true {
                            if position > start, breaks[position] != .none {
                                if breaks[position] == .mandatory { end = position; width = used - trailing; break }
                                // A line of nothing but vanishing spaces would be an empty line.
                                if used > trailing { lastFit = position; lastFitWidth = used - trailing }
                            }
                            let columns = Int(widths[position])
                            trailing = classes[position].contains(.vanishing) ? trailing + columns : 0
                            used += columns
                            if used - trailing > available {
                                end = lastFit
                                width = lastFitWidth
                                let measure = CutMeasure(widths: widths, classes: classes, lineWidth: restWidth)
                                if lastFit <= start {
                                    end = measure.hardCut(start: start, overflow: position, shortBelow: available / 2).cut
                                    width = -1
                                } else if position > lastFit, measure.unitIsWider(from: lastFit, breaks) {
                                    // Pushing down a unit that must be cut anyway would only leave
                                    // this line short: cut it here if that breaks no rule, or only
                                    // splits a word too wide for any line.
                                    let inPlace = measure.hardCut(start: lastFit, overflow: position, shortBelow: 0)
                                    if CutMeasure.cutsInPlace(inPlace.cost) {
                                        end = inPlace.cut
                                        width = -1
                                    }
                                }
                                break
                            }
                            position += 1
                        }
                        var contentEnd = end
                        while contentEnd > start && classes[contentEnd - 1].contains(.vanishing) { contentEnd -= 1 }
                        if width < 0 {
                            width = 0
                            for index in start..<contentEnd { width += Int(widths[index]) }
                        }
                        ranges.append(LineRange(start: start, contentEnd: contentEnd, end: end, width: width))
                        start = end
                    }
                }
            }
        }
        return ranges
    }
}

private extension StyledLine {
    /// A line of `spans`, empty ones dropped and neighbours of one style merged.
    init(merging spans: [StyledSpan]) {
        self.init()
        for span in spans { append(span) }
    }
}
