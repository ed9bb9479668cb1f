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

    /// The styled line for `range` after `prefix` (already merged): one span per run of
    /// same-style input spans, cut from the input strings (no re-validation of UTF-8), merged
    /// as `StyledLine.append` merges.
    mutating func line(_ range: Wrapper.LineRange, prefix: [StyledSpan], prefixWidth: Int) -> WrappedLine {
        var pieces = prefix
        pieces.reserveCapacity(prefix.count + 1)
        let from = Int(text.clusterStarts[range.start]), to = Int(text.clusterStarts[range.contentEnd])
        while spanCursor < spans.count && text.spanStarts[spanCursor + 1] <= from { spanCursor += 1 }
        var index = spanCursor
        while index < spans.count && text.spanStarts[index] < to {
            let spanStart = text.spanStarts[index]
            let lower = max(from, spanStart), upper = min(to, text.spanStarts[index + 1])
            if lower < upper {
                let piece = Self.slice(spans[index].text, (lower - spanStart)..<(upper - spanStart))
                if let last = pieces.last, last.style == spans[index].style {
                    pieces[pieces.count - 1].text += piece
                } else {
                    pieces.append(StyledSpan(piece, style: spans[index].style))
                }
            }
            index += 1
        }
        return WrappedLine(line: StyledLine(pieces), sourceRange: range.start..<range.end,
                           contentRange: range.start..<range.contentEnd, width: prefixWidth + range.width)
    }

    /// The part of `text` at UTF-8 offsets `bytes` (cluster boundaries, so scalar-aligned).
    private static func slice(_ text: String, _ bytes: Range<Int>) -> String {
        if bytes.lowerBound == 0 && bytes.upperBound == text.utf8.count { return text }
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound)
        let upper = utf8.index(lower, offsetBy: bytes.count)
        return String(text[lower..<upper])
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
