import FuzzDriver
import NewsCore

/// The invariants of one ``RenderedArticle`` that a reader of it would notice.
struct RenderChecks {
    var rendered: RenderedArticle
    var width: Int
    /// Whether line widths are held to `width` (false below the renderer's promised minimum).
    var measured: Bool

    func run() {
        let lines = rendered.lines
        fuzzRequire(rendered.width == max(2, width), "rendered for width \(rendered.width), asked \(width)")
        fuzzRequire(lines.count == rendered.lineInfo.count, "\(lines.count) lines, \(rendered.lineInfo.count) infos")
        for (index, line) in lines.enumerated() {
            for span in line.spans {
                fuzzRequire(!span.text.unicodeScalars.contains(where: FuzzInputs.isUnsafeOnTerminal),
                            "line \(index) draws a control character: \(span.text.debugDescription)")
            }
            if measured {
                let columns = DisplayWidth.of(line.text)
                fuzzRequire(columns <= width, "line \(index) is \(columns) wide at width \(width): \(line.text.debugDescription)")
            }
        }
        for pair in zip(rendered.lineInfo, rendered.lineInfo.dropFirst()) {
            fuzzRequire(pair.0.position <= pair.1.position,
                        "reading positions go back: \(pair.0.position) then \(pair.1.position)")
        }
        checkAnchors()
    }

    /// Every anchor sits on a drawn line; a reference on its marker's text, a link on its text
    /// or, for a link with no text (`[]()`), just after what the line shows.
    private func checkAnchors() {
        let lines = rendered.lines, anchors = rendered.anchors
        func inside(_ line: Int, _ column: Int, _ what: String, mayFollowText: Bool) {
            fuzzRequire(lines.indices.contains(line), "\(what) on line \(line) of \(lines.count)")
            let columns = DisplayWidth.of(lines[line].text)
            let limit = mayFollowText ? columns + 1 : max(1, columns)
            fuzzRequire(column >= 0 && column < limit,
                        "\(what) at column \(column) of a \(columns)-wide line: \(lines[line].text.debugDescription)")
        }
        for reference in anchors.footnoteReferences {
            inside(reference.line, reference.column, "reference [^\(reference.label)]", mayFollowText: false)
        }
        for link in anchors.links {
            inside(link.line, link.column, "link \(link.url.debugDescription)", mayFollowText: true)
        }
        for heading in anchors.headings {
            fuzzRequire(lines.indices.contains(heading.line), "heading on line \(heading.line) of \(lines.count)")
        }
        for definition in anchors.footnoteDefinitions {
            fuzzRequire(lines.indices.contains(definition.line), "definition on line \(definition.line) of \(lines.count)")
        }
    }
}
