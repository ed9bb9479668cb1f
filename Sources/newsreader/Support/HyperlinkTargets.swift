import NewsCore

/// Which URL each styled span of a rendered article points to, for `show --hyperlinks` (OSC 8):
/// link text to its destination, a footnote marker to its citation's URL.
///
/// Anchors give where a link or marker starts (line, column). A link wrapped onto the next line
/// continues there as the first link-styled span after the line's indent.
struct HyperlinkTargets {
    /// For each line, span index → URL.
    private(set) var targets: [[Int: String]]

    init(_ rendered: RenderedArticle, citations: [Citation]) {
        let urlByLabel = Dictionary(citations.compactMap { citation in citation.url.map { (LinkLabel.normalize(citation.label), $0) } },
                                    uniquingKeysWith: { first, _ in first })
        var starts: [Int: [Int: String]] = [:]  // line → column → URL
        for link in rendered.anchors.links { starts[link.line, default: [:]][link.column] = link.url }
        for reference in rendered.anchors.footnoteReferences {
            if let url = urlByLabel[LinkLabel.normalize(reference.label)] { starts[reference.line, default: [:]][reference.column] = url }
        }
        var targets: [[Int: String]] = []
        var carried: String?  // the URL of a link still running at the end of the previous line
        for (lineIndex, line) in rendered.lines.enumerated() {
            var map: [Int: String] = [:], column = 0
            var current: String?
            for (spanIndex, span) in line.spans.enumerated() {
                let isLink = span.style.contains(.link), isMarker = span.style.contains(.marker)
                if let url = starts[lineIndex]?[column] {
                    current = url
                } else if isMarker || !isLink {
                    current = nil  // plain text, or a marker whose citation has no URL
                } else if current == nil, column == rendered.lineInfo[lineIndex].prefixWidth {
                    current = carried  // the rest of a link wrapped from the line before
                }
                if isLink || isMarker, let url = current { map[spanIndex] = url }
                column += DisplayWidth.of(TerminalText.sanitize(span.text))
            }
            carried = line.spans.last.map { $0.style.contains(.link) } == true ? current : nil
            targets.append(map)
        }
        self.targets = targets
    }
}
