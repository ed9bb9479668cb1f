/// Collects lines, their bookkeeping and the anchors while an article is rendered.
struct RenderOutput {
    var lines: [StyledLine] = []
    var info: [RenderedLineInfo] = []
    var anchors = RenderAnchors()
    /// Heading ids handed out so far (a repeated heading gets `-1`, `-2`).
    var headingIDs = HeadingID.Registry()
    /// The block being rendered (see ``ReadingPosition``) and how many of its characters are laid out.
    private(set) var block = 0
    var offset = 0

    var position: ReadingPosition { ReadingPosition(block: block, offset: offset) }

    /// Starts rendered block `index`: offsets count from 0 again.
    mutating func startBlock(_ index: Int) {
        block = index
        offset = 0
    }

    /// Appends one line that starts at `offset` characters into the current block.
    mutating func append(_ line: StyledLine, kind: RenderedLineInfo.Kind, offset: Int? = nil, prefix: [StyledSpan] = []) {
        lines.append(line)
        info.append(RenderedLineInfo(
            position: ReadingPosition(block: block, offset: offset ?? self.offset), kind: kind,
            prefixCharacters: RenderContext.characters(of: prefix), prefixWidth: RenderContext.width(of: prefix)))
    }

    /// Appends a decoration line (separator, rule) at the current position.
    mutating func appendDecoration(_ line: StyledLine) {
        append(line, kind: .decoration)
    }

    /// Wraps `flat` in `context` and appends the lines, the footnote and link anchors, and the
    /// characters to the block's offset. Returns the index of the first line appended.
    @discardableResult
    mutating func appendParagraph(_ flat: InlineFlattener.Flat, in context: RenderContext) -> Int {
        let paragraph = Wrapper(width: context.width, firstPrefix: context.first, continuationPrefix: context.rest,
                                breaker: context.breaker)
            .wrap(flat.spans)
        let firstLine = lines.count, base = offset
        let last = paragraph.lines.count - 1
        let hardBreaks = Self.hardBreakEnds(flat.spans)
        for (index, wrapped) in paragraph.lines.enumerated() {
            let isLast = index == last || hardBreaks.contains(wrapped.sourceRange.upperBound)
            append(wrapped.line, kind: .text(isLast: isLast), offset: base + wrapped.sourceRange.lowerBound,
                   prefix: index == 0 ? context.first : context.rest)
        }
        placeAnchors(of: paragraph, flat, firstLine: firstLine, columnOffset: 0,
                     prefixes: (context.first, context.rest))
        offset = base + paragraph.characterCount
        return firstLine
    }

    /// Character offsets just after each hard break (a `"\n"` span): a line ending there ends
    /// its piece of text as a paragraph's last line does. Most paragraphs have none.
    private static func hardBreakEnds(_ spans: [StyledSpan]) -> Set<Int> {
        guard spans.contains(where: { $0.text == "\n" }) else { return [] }
        var ends: Set<Int> = [], count = 0
        for span in spans {
            count += span.text.count
            if span.text == "\n" { ends.insert(count) }
        }
        return ends
    }

    /// Records the footnote and link anchors of a paragraph drawn from line `firstLine`, shifted
    /// right by `columnOffset` (a table cell's place in its row).
    mutating func placeAnchors(of paragraph: WrappedParagraph, _ flat: InlineFlattener.Flat, firstLine: Int,
                               columnOffset: Int, prefixes: (first: [StyledSpan], rest: [StyledSpan])) {
        for marker in paragraph.markers {
            guard let reference = flat.markers[marker.spanIndex] else { continue }
            anchors.footnoteReferences.append(FootnoteReferenceAnchor(
                label: reference.label, line: firstLine + marker.line, column: columnOffset + marker.column,
                isDefined: reference.isDefined))
        }
        guard !flat.links.isEmpty || !flat.targets.isEmpty else { return }
        // Character offset where each span starts (only paragraphs with links pay for the count).
        var starts = [0]
        starts.reserveCapacity(flat.spans.count + 1)
        for span in flat.spans { starts.append(starts[starts.count - 1] + span.text.count) }
        for target in flat.targets {
            let place = self.place(characters: starts[min(target.span, flat.spans.count)], in: paragraph, prefixes: prefixes)
            anchors.targets.append(TargetAnchor(id: target.id, line: firstLine + place.line))
        }
        for link in flat.links {
            let place = self.place(characters: starts[min(link.span, flat.spans.count)], in: paragraph, prefixes: prefixes)
            anchors.links.append(LinkAnchor(url: link.url, line: firstLine + place.line, column: columnOffset + place.column))
        }
    }

    /// The line (of the paragraph) and column where the text `characters` into it is drawn.
    private func place(characters: Int, in paragraph: WrappedParagraph,
                       prefixes: (first: [StyledSpan], rest: [StyledSpan])) -> (line: Int, column: Int) {
        guard !paragraph.lines.isEmpty else { return (0, 0) }
        do {
            var lineIndex = paragraph.lineIndex(forCharacterOffset: characters)
            // A link starting with vanished spaces at a line's end shows on the next line.
            if characters >= paragraph.lines[lineIndex].contentRange.upperBound, lineIndex + 1 < paragraph.lines.count {
                lineIndex += 1
            }
            let line = paragraph.lines[lineIndex]
            let prefix = lineIndex == 0 ? prefixes.first : prefixes.rest
            let shown = line.line.text.dropFirst(RenderContext.characters(of: prefix))
            let before = max(0, min(characters - line.contentRange.lowerBound, shown.count))
            return (lineIndex, RenderContext.width(of: prefix) + DisplayWidth.of(shown.prefix(before)))
        }
    }

    /// The finished value.
    func rendered(width: Int) -> RenderedArticle {
        RenderedArticle(width: width, lines: lines, lineInfo: info, anchors: anchors)
    }
}
