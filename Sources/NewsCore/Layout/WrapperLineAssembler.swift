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

    /// The styled line for `range`: its text sliced from the UTF-8 buffer, one string per run
    /// of same-style spans (they are contiguous in the buffer, so no concatenation is needed).
    mutating func line(_ range: Wrapper.LineRange, prefix: [StyledSpan], prefixWidth: Int) -> WrappedLine {
        var line = StyledLine()
        for span in prefix { line.append(span) }
        let from = Int(text.clusterStarts[range.start]), to = Int(text.clusterStarts[range.contentEnd])
        while spanCursor < spans.count && text.spanStarts[spanCursor + 1] <= from { spanCursor += 1 }
        var runStyle: TextStyle?, runStart = from
        var index = spanCursor
        while index < spans.count && text.spanStarts[index] < to {
            let lower = max(from, text.spanStarts[index]), upper = min(to, text.spanStarts[index + 1])
            let style = spans[index].style
            if lower < upper && style != runStyle {
                if let runStyle { line.append(StyledSpan(slice(runStart..<lower), style: runStyle)) }
                runStyle = style
                runStart = lower
            }
            index += 1
        }
        if let runStyle { line.append(StyledSpan(slice(runStart..<to), style: runStyle)) }
        return WrappedLine(line: line, sourceRange: range.start..<range.end,
                           contentRange: range.start..<range.contentEnd,
                           width: prefixWidth + columns(range.start..<range.contentEnd))
    }

    /// The text of UTF-8 offsets `bytes`.
    private func slice(_ bytes: Range<Int>) -> String {
        text.utf8.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[bytes]), as: UTF8.self)
        }
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
