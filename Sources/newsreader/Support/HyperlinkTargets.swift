import NewsCore

/// Where the links of a rendered article are, as column ranges per line, for `show --hyperlinks`
/// (OSC 8): link text to its destination, a footnote marker to its citation's URL.
///
/// By columns, not by spans: the wrapper merges neighbouring spans of one style, so `[1][2]` is
/// one marker span and `[甲](u1)[乙](u2)` one link span, yet each part links somewhere else. A
/// range starts at its anchor and ends where its styled run ends or the next anchor starts; a
/// link wrapped onto the next line continues from that line's indent.
struct HyperlinkTargets {
    struct Target: Equatable {
        var columns: Range<Int>
        var url: String
    }

    /// For each line, its targets in column order.
    private(set) var lines: [[Target]]

    init(_ rendered: RenderedArticle, citations: [Citation]) {
        let urlByLabel = Dictionary(citations.compactMap { citation in citation.url.map { (LinkLabel.normalize(citation.label), $0) } },
                                    uniquingKeysWith: { first, _ in first })
        var starts: [Int: [(column: Int, width: Int?, url: String?)]] = [:]  // nil width: to the end of the run
        for link in rendered.anchors.links { starts[link.line, default: []].append((link.column, nil, link.url)) }
        for reference in rendered.anchors.footnoteReferences {
            // A marker is drawn `[label]`; one without a URL still ends the run before it.
            let width = DisplayWidth.of("[" + TerminalText.sanitize(reference.label) + (reference.isDefined ? "]" : "?]"))
            starts[reference.line, default: []].append((reference.column, width, urlByLabel[LinkLabel.normalize(reference.label)]))
        }
        var lines: [[Target]] = []
        var carried: String?  // a link's URL when its run reaches the end of the line before
        for (index, line) in rendered.lines.enumerated() {
            let runs = Self.linkRuns(line)
            let anchors = (starts[index] ?? []).sorted { $0.column < $1.column }
            var targets: [Target] = []
            let prefix = rendered.lineInfo[index].prefixWidth
            if let url = carried, let run = runs.first(where: { $0.lowerBound == prefix }) {
                targets.append(Target(columns: run.lowerBound..<min(run.upperBound, anchors.first?.column ?? Int.max), url: url))
            }
            carried = nil
            for (position, anchor) in anchors.enumerated() {
                let next = position + 1 < anchors.count ? anchors[position + 1].column : Int.max
                let runEnd = runs.first { $0.contains(anchor.column) }?.upperBound ?? anchor.column
                let end = min(next, anchor.width.map { anchor.column + $0 } ?? runEnd)
                guard let url = anchor.url, end > anchor.column else { continue }
                targets.append(Target(columns: anchor.column..<end, url: url))
                let lineEnd = runs.last?.upperBound ?? 0
                if anchor.width == nil, next == Int.max, end == runEnd, runEnd == lineEnd, line.spans.last?.style.contains(.link) == true {
                    carried = url
                }
            }
            lines.append(targets)
        }
        self.lines = lines
    }

    /// The column ranges of the line's link- and marker-styled runs.
    private static func linkRuns(_ line: StyledLine) -> [Range<Int>] {
        var runs: [Range<Int>] = [], column = 0
        for span in line.spans {
            let width = DisplayWidth.of(TerminalText.sanitize(span.text))
            if span.style.contains(.link) || span.style.contains(.marker) {
                if let last = runs.last, last.upperBound == column {
                    runs[runs.count - 1] = last.lowerBound..<column + width
                } else {
                    runs.append(column..<column + width)
                }
            }
            column += width
        }
        return runs
    }
}
