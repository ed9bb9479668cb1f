import NewsCore

/// Draws the reader: the article's title bar, the visible lines with selection, definition and
/// search highlights, and the status line with the selected citation and the position.
///
/// Only the rows on screen are visited (anchors and matches are found by line), so a frame
/// costs the same in a 1 KB and a 100 KB article.
extension ArticleScreen {
    func render(into buffer: inout ScreenBuffer, shared: SharedState) {
        let position = readingIndex.map { "\($0 + 1)/\(readingList.count)" } ?? ""
        // The reading time only where the whole title still fits beside it: the title comes first.
        let note = readingNote + (position.isEmpty ? "" : "  ")
        let fits = DisplayWidth.of(TerminalText.sanitize(article.title)) + DisplayWidth.of(note + position) + 4 <= shared.width
        buffer.drawBar(article.title, right: (fits ? note : "") + position, row: 0)
        let page = Self.page(shared), width = shared.width
        let lines = rendered.lines
        let highlighted = highlightedLines
        let pictureLines = self.pictureLines
        for screenRow in 0..<page {
            let line = top + screenRow
            guard line < lines.count else { break }
            let row = screenRow + 1
            if let picture = pictureLines.first(where: { $0.lines.contains(line) }) {
                drawPicture(picture.cells, row: line - picture.lines.lowerBound, at: row, into: &buffer)
                continue
            }
            var x = 1
            for span in lines[line].spans {
                x = buffer.put(span.text, row: row, column: x, style: CellStyle(rendered: span.style), maxWidth: width - 1 - x)
            }
            if let highlighted, highlighted.contains(line) {
                buffer.restyle(row: row, columns: 1..<x, style: CellStyle(.selection, text: .bold))
            }
        }
        renderMatches(page: page, into: &buffer)
        if let target = selectedTarget {
            // Both parts of a link wrapped over two lines.
            for segment in target.segments where isVisible(segment.line, page: page) {
                buffer.restyle(row: segment.line - top + 1,
                               columns: segment.columns.lowerBound + 1..<segment.columns.upperBound + 1,
                               style: CellStyle(.selection, text: .bold))
            }
        }
        // What is selected (a citation, a link) was asked for: it wins over the background work's line.
        buffer.drawStatus(prompt: searchPrompt, message: shared.message, background: selection == nil ? shared.indexing : nil,
                          fallback: statusText(keymap: shared.keymap),
                          right: "\(percent(page: page))%")
    }

    /// Marks the search matches on the visible lines (found by binary search, not a scan).
    private func renderMatches(page: Int, into buffer: inout ScreenBuffer) {
        guard let search else { return }
        let end = top + page
        var index = search.firstMatch(atOrAfter: top)
        while index < search.matches.count, search.matches[index].line < end {
            let match = search.matches[index]
            let style = index == search.current ? CellStyle(.match, text: [.bold, .underline]) : CellStyle(.match)
            buffer.restyle(row: match.line - top + 1,
                           columns: match.columns.lowerBound + 1..<match.columns.upperBound + 1, style: style)
            if let rest = match.continuation, match.line + 1 < end {
                buffer.restyle(row: match.line - top + 2, columns: rest.lowerBound + 1..<rest.upperBound + 1, style: style)
            }
            index += 1
        }
    }

    /// What the status line says when there is no message: the selected citation
    /// (`[1] 智东西 · 2025-06-24`), the selected link's URL, or the key hints.
    private func statusText(keymap: Keymap) -> String {
        switch selection {
        case .reference(let index)?:
            let label = rendered.anchors.footnoteReferences[index].label
            guard let citation = citation(forReference: index) else { return "[\(label)] has no definition" }
            return Self.citationSummary(citation)
        case .link(let index)?:
            return rendered.anchors.links[index].url
        case .image(let index)?:
            return images[index].reference + " — " + keymap.hints([.followSelection, .openURL], in: .reader)
        case .related(let index)?:
            let article = related[index]
            let shared = article.shared.prefix(4).map { TerminalText.sanitize($0.name) }.joined(separator: " · ")
            return "相关 Related: \(shared)  (Enter opens, Backspace there returns)"
        case nil:
            return keymap.hints([.help, .quit, .selectNext, .followSelection, .jumpBack, .openURL, .showLinks, .searchArticle],
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
