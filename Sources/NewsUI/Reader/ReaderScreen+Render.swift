import NewsCore

/// Draws the reader: the article's title bar, the visible lines with selection, definition and
/// search highlights, and the status line with the selected citation and the position.
///
/// Only the rows on screen are visited (anchors and matches are found by line), so a frame
/// costs the same in a 1 KB and a 100 KB article.
extension ReaderApp {
    /// Draws the reader screen.
    func renderReader(into buffer: inout ScreenBuffer) {
        guard let reader else {
            buffer.put("Opening…", row: height / 2, column: 2, style: CellStyle(.dim))
            return
        }
        let position = reader.readingIndex.map { "\($0 + 1)/\(reader.readingList.count)" }
        renderBar(reader.article.title, right: position ?? "", row: 0, into: &buffer)
        let page = readerPage
        let lines = reader.rendered.lines
        let highlighted = reader.highlightedLines
        for screenRow in 0..<page {
            let line = reader.top + screenRow
            guard line < lines.count else { break }
            let row = screenRow + 1
            var x = 1
            for span in lines[line].spans {
                x = buffer.put(span.text, row: row, column: x, style: CellStyle(rendered: span.style), maxWidth: width - 1 - x)
            }
            if let highlighted, highlighted.contains(line) {
                buffer.restyle(row: row, columns: 1..<x, style: CellStyle(.selection, text: .bold))
            }
        }
        renderMatches(reader, into: &buffer)
        if let target = reader.selectedTarget {
            // Both parts of a link wrapped over two lines.
            for segment in target.segments where reader.isVisible(segment.line, page: page) {
                buffer.restyle(row: segment.line - reader.top + 1,
                               columns: segment.columns.lowerBound + 1..<segment.columns.upperBound + 1,
                               style: CellStyle(.selection, text: .bold))
            }
        }
        renderStatus(prompt: reader.searchPrompt, fallback: readerStatus(reader), right: "\(reader.percent(page: page))%",
                     into: &buffer)
    }

    /// Marks the search matches on the visible lines (found by binary search, not a scan).
    private func renderMatches(_ reader: ReaderState, into buffer: inout ScreenBuffer) {
        guard let search = reader.search else { return }
        let end = reader.top + readerPage
        var index = search.firstMatch(atOrAfter: reader.top)
        while index < search.matches.count, search.matches[index].line < end {
            let match = search.matches[index]
            let style = index == search.current ? CellStyle(.match, text: [.bold, .underline]) : CellStyle(.match)
            buffer.restyle(row: match.line - reader.top + 1,
                           columns: match.columns.lowerBound + 1..<match.columns.upperBound + 1, style: style)
            if let rest = match.continuation, match.line + 1 < end {
                buffer.restyle(row: match.line - reader.top + 2, columns: rest.lowerBound + 1..<rest.upperBound + 1, style: style)
            }
            index += 1
        }
    }

    /// What the status line says when there is no message: the selected citation
    /// (`[1] 智东西 · 2025-06-24`), the selected link's URL, or the key hints.
    private func readerStatus(_ reader: ReaderState) -> String {
        switch reader.selection {
        case .reference(let index)?:
            let label = reader.rendered.anchors.footnoteReferences[index].label
            guard let citation = reader.citation(forReference: index) else { return "[\(label)] has no definition" }
            return Self.citationSummary(citation)
        case .link(let index)?:
            return reader.rendered.anchors.links[index].url
        case nil:
            return hints([.help, .quit, .selectNext, .followSelection, .jumpBack, .openURL, .showLinks, .searchArticle],
                         in: .reader)
        }
    }

    /// `[1] 智东西 · 2025-06-24`: the label, the outlet (else the title, else the text), the date.
    static func citationSummary(_ citation: Citation) -> String {
        let source = citation.outlet ?? citation.title ?? citation.text
        let parts = [source, citation.published?.description].compactMap { $0 }.filter { !$0.isEmpty }
        return "[\(citation.label)] " + parts.joined(separator: " · ")
    }
}
