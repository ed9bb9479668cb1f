import FuzzDriver
import NewsCore

/// The typesetter on its own: the input text cut into styled spans (at `|`; a span starting
/// `[^` is a footnote marker, a span `\n` a hard break) and wrapped behind a bullet prefix.
struct WrapChecks {
    var text: String
    var width: Int
    var measured: Bool

    func run() {
        let spans = text.split(separator: "|", omittingEmptySubsequences: false).map { piece in
            StyledSpan(String(piece), style: piece.hasPrefix("[^") ? .marker : [])
        }
        let paragraph = Wrapper(width: width, firstPrefix: [StyledSpan("• ")], continuationPrefix: [StyledSpan("  ")])
            .wrap(spans)
        let total = spans.reduce(0) { $0 + $1.text.count }
        fuzzRequire(!paragraph.lines.isEmpty, "no line")
        var previousEnd = 0
        for (index, line) in paragraph.lines.enumerated() {
            fuzzRequire(line.sourceRange.lowerBound == previousEnd, "line \(index) starts at \(line.sourceRange), after \(previousEnd)")
            fuzzRequire(line.contentRange.lowerBound >= line.sourceRange.lowerBound
                        && line.contentRange.upperBound <= line.sourceRange.upperBound, "content outside its line")
            previousEnd = line.sourceRange.upperBound
            // The 2-column prefix leaves room for one wide character from width 4 on.
            if measured && width >= 4 {
                let columns = DisplayWidth.of(line.line.text)
                fuzzRequire(columns <= width, "wrapped line \(index) is \(columns) wide at \(width): \(line.line.text.debugDescription)")
            }
        }
        fuzzRequire(previousEnd <= total, "lines cover \(previousEnd) of \(total) characters")
        for marker in paragraph.markers {
            fuzzRequire(paragraph.lines.indices.contains(marker.line), "marker on line \(marker.line)")
            fuzzRequire(spans.indices.contains(marker.spanIndex) && spans[marker.spanIndex].style.contains(.marker),
                        "marker placed for span \(marker.spanIndex), not a marker")
        }
        for offset in [0, total / 2, total] {
            fuzzRequire(paragraph.lines.indices.contains(paragraph.lineIndex(forCharacterOffset: offset)), "offset \(offset) off the lines")
        }
    }
}
