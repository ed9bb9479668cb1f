/// Turns the wrapper's cluster ranges back into styled lines and locates the footnote markers.
struct WrapperLineAssembler {
    let text: LineBreakerText
    let spans: [StyledSpan]
    /// The first span that may still overlap the next line (lines come in order).
    private var spanCursor = 0

    init(text: LineBreakerText, spans: [StyledSpan]) {
        self.text = text
        self.spans = spans
    }

    /// The styled line for `range`, its text sliced from the UTF-8 buffer span by span.
    mutating func line(_ range: Wrapper.LineRange, prefix: [StyledSpan], prefixWidth: Int) -> WrappedLine {
        var line = StyledLine()
        for span in prefix { line.append(span) }
        let from = Int(text.clusterStarts[range.start]), to = Int(text.clusterStarts[range.contentEnd])
        while spanCursor < spans.count && text.spanStarts[spanCursor + 1] <= from { spanCursor += 1 }
        var index = spanCursor
        while index < spans.count && text.spanStarts[index] < to {
            let lower = max(from, text.spanStarts[index]), upper = min(to, text.spanStarts[index + 1])
            if lower < upper {
                let piece = text.utf8.withUnsafeBufferPointer { bytes in
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
                }
                line.append(StyledSpan(piece, style: spans[index].style))
            }
            index += 1
        }
        return WrappedLine(line: line, sourceRange: range.start..<range.end,
                           contentRange: range.start..<range.contentEnd,
                           width: prefixWidth + columns(range.start..<range.contentEnd))
    }

    /// Line and column of every non-empty `.marker` span's first character.
    func markerPlacements(ranges: [Wrapper.LineRange],
                          prefixWidths: (first: Int, rest: Int)) -> [MarkerPlacement] {
        var placements: [MarkerPlacement] = []
        var lineIndex = 0
        for (index, span) in spans.enumerated() where span.style.contains(.marker) && !span.text.isEmpty {
            let cluster = text.cluster(containing: text.spanStarts[index])
            while lineIndex + 1 < ranges.count && ranges[lineIndex + 1].start <= cluster { lineIndex += 1 }
            let lineStart = ranges[lineIndex].start
            let prefix = lineIndex == 0 ? prefixWidths.first : prefixWidths.rest
            placements.append(MarkerPlacement(spanIndex: index, characterOffset: cluster, line: lineIndex,
                                              column: prefix + columns(lineStart..<cluster)))
        }
        return placements
    }

    /// Display columns of the clusters in `range`.
    private func columns(_ range: Range<Int>) -> Int {
        text.widths.withUnsafeBufferPointer { widths in
            var total = 0
            for index in range { total += Int(widths[index]) }
            return total
        }
    }
}
