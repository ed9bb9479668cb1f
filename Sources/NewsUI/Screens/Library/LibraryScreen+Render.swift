import NewsCore

/// Draws the library: top bar, facet pane, article list, status line.
extension LibraryScreen {
    func render(into buffer: inout ScreenBuffer, shared: SharedState) {
        let width = shared.width, page = Self.page(shared)
        let count = visible.count
        let filters = filter.labels.joined(separator: "  ")
        let path = TextLayout.truncateLeading(shared.snapshot.rootPath, width: max(8, width / 3))
        buffer.drawBar("newsreader  " + path + (filters.isEmpty ? "" : "  " + filters),
                       right: "\(count) article\(count == 1 ? "" : "s")", row: 0)

        if Self.isSplit(shared) {
            let paneWidth = Self.paneWidth(shared)
            renderFacetPane(width: paneWidth, page: page, into: &buffer)
            for row in 1...page { buffer.put(BoxDrawing.adapt("│"), row: row, column: paneWidth, style: CellStyle(.dim)) }
            renderArticleList(column: paneWidth + 1, width: width - paneWidth - 1, shared: shared, into: &buffer)
        } else if focus == .facets {
            renderFacetPane(width: width, page: page, into: &buffer)
        } else {
            renderArticleList(column: 0, width: width, shared: shared, into: &buffer)
        }

        if searchPrompt == nil, shared.message == nil, focus == .articles,
           let id = selectedID, let result = filter.search?.snippets[id] {
            renderSnippet(result, into: &buffer)
            return
        }
        let quit = focus == .facets ? Action.switchPane : Action.openSelection
        buffer.drawStatus(prompt: searchPrompt, message: shared.message, background: shared.indexing,
                          fallback: shared.keymap.hints([.help, .quit, quit, .pickTag, .pickTopic, .searchLibrary, .clearFilters],
                                                        in: .library, quitLabel: "quit"))
    }

    // MARK: - Facet pane

    private func renderFacetPane(width paneWidth: Int, page: Int, into buffer: inout ScreenBuffer) {
        let rows = facetRows
        for screenRow in 0..<page {
            let index = pane.top + screenRow
            guard rows.indices.contains(index) else { break }
            let row = screenRow + 1
            switch rows[index] {
            case .heading(let title):
                buffer.put(TextLayout.truncate(title, width: paneWidth - 1), row: row, column: 1, style: CellStyle(.heading))
            case .starred(let count):
                facetEntry("★ 星标 Starred", count: count, active: filter.starredOnly, role: .normal,
                           row: row, width: paneWidth, into: &buffer)
            case .unread(let count):
                facetEntry("● 未读 Unread", count: count, active: filter.unreadOnly, role: .normal,
                           row: row, width: paneWidth, into: &buffer)
            case .topic(let name, let count):
                facetEntry(name, count: count, active: filter.topic == name, role: .topic,
                           row: row, width: paneWidth, into: &buffer)
            case .tag(let name, let count):
                facetEntry(name, count: count, active: filter.tag == name, role: .tag,
                           row: row, width: paneWidth, into: &buffer)
            case .inProgress(let count):
                facetEntry("◐ 在读 In progress", count: count, active: filter.inProgressOnly, role: .normal,
                           row: row, width: paneWidth, into: &buffer)
            case .outlet(let name, let count):
                facetEntry(name, count: count, active: filter.outlet == name, role: .normal,
                           row: row, width: paneWidth, into: &buffer)
            case .term(let term, let count):
                facetEntry(term.name, count: count, active: filter.term == term, role: .tag,
                           row: row, width: paneWidth, into: &buffer)
            }
            if index == pane.selected {
                let style = focus == .facets ? CellStyle(.selection) : CellStyle(.selection, text: .dim)
                buffer.restyle(row: row, columns: 0..<paneWidth, style: style)
            }
        }
    }

    /// ` ✓name (12)`: the count always shows, the name gives way.
    private func facetEntry(_ name: String, count: Int, active: Bool, role: StyleRole, row: Int, width: Int,
                            into buffer: inout ScreenBuffer) {
        if active { buffer.put("✓", row: row, column: 1, style: CellStyle(.marker)) }
        let countText = " (\(count))"
        let room = max(1, width - 2 - DisplayWidth.of(countText))
        let end = buffer.put(TextLayout.truncate(name, width: room), row: row, column: 2, style: CellStyle(role))
        buffer.put(countText, row: row, column: end, style: CellStyle(.dim), maxWidth: width - end)
    }

    // MARK: - Article list

    /// One row per article: `2025-06-25 ●★ Title  #tag #tag`.
    private func renderArticleList(column: Int, width listWidth: Int, shared: SharedState, into buffer: inout ScreenBuffer) {
        guard !visible.isEmpty else {
            let text = filter.isEmpty ? "No articles in this library" : "No article matches these filters (x clears them)"
            buffer.put(TextLayout.truncate(text, width: listWidth - 2), row: 1, column: column + 1, style: CellStyle(.dim))
            return
        }
        let state = shared.snapshot.readState
        let shown = visible.indices.clamped(to: list.top..<list.top + Self.page(shared))
        // The rows on screen, read in one go (the rest of the library stays in the index).
        let summaries = rows.summaries(at: shown.map { visible[$0] })
        for index in shown {
            let screenRow = index - list.top
            guard let article = summaries[visible[index]] else { continue }
            let row = screenRow + 1
            var x = buffer.put(shared.dateFormat.string(for: article.date), row: row, column: column + 1, style: CellStyle(.dim))
            let unread = !state.read.contains(article.id)
            // ● and ★ are East Asian Ambiguous: two columns each where the terminal draws them wide.
            let markWidth = DisplayWidth.of("●")
            let blank = String(repeating: " ", count: markWidth)
            buffer.put(unread ? "●" : blank, row: row, column: x + 1, style: CellStyle(.marker))
            buffer.put(state.starred.contains(article.id) ? "★" : blank, row: row, column: x + 1 + markWidth, style: CellStyle(.marker))
            x += 2 + 2 * markWidth
            // Articles that appeared while the reader was open, until opened.
            if shared.fresh.contains(article.id) {
                x = buffer.put("新", row: row, column: x, style: CellStyle(.marker)) + 1
            }
            let end = column + listWidth - 1
            let tags = Self.firstTags(article.tags, width: listWidth >= 50 ? (end - x) / 3 : 0)
            let tagWidth = DisplayWidth.of(tags)
            let titleRoom = max(1, end - x - (tagWidth > 0 ? tagWidth + 2 : 0))
            x = buffer.put(TextLayout.truncate(article.title, width: titleRoom), row: row, column: x,
                           style: CellStyle(.title, text: unread ? .bold : []))
            if tagWidth > 0 { buffer.put(tags, row: row, column: x + 2, style: CellStyle(.tag)) }
            if index == list.selected {
                let style = focus == .articles ? CellStyle(.selection) : CellStyle(.selection, text: .dim)
                buffer.restyle(row: row, columns: column..<column + listWidth, style: style)
            }
        }
    }

    /// `#数据 #AI`: as many of the first tags as fit whole in `width` columns (at most three).
    static func firstTags(_ tags: [String], width: Int) -> String {
        var shown = ""
        for tag in tags.prefix(3) {
            let next = shown.isEmpty ? "#" + tag : shown + " #" + tag
            guard DisplayWidth.of(next) <= width else { break }
            shown = next
        }
        return shown
    }

    /// The highlighted search result's excerpt on the status line, its matches marked.
    private func renderSnippet(_ result: SearchResult, into buffer: inout ScreenBuffer) {
        let width = buffer.width, row = buffer.height - 1
        buffer.fill(row: row, style: CellStyle(.status))
        // Highlights count characters of the snippet; the screen counts columns, measured on the
        // text as drawn (a control character shows as a 1-column stand-in).
        let snippet = TerminalText.sanitize(result.snippet)
        var columns: [Int] = [1]
        for character in snippet { columns.append(columns[columns.count - 1] + DisplayWidth.of(character)) }
        buffer.put(snippet, row: row, column: 1, style: CellStyle(.status), maxWidth: width - 2)
        for highlight in result.highlights where highlight.lowerBound >= 0 && highlight.upperBound < columns.count {
            // A match past the status line's end (long Chinese snippets on narrow screens) is not drawn.
            let start = columns[highlight.lowerBound], end = min(width - 1, columns[highlight.upperBound])
            guard start < end else { continue }
            buffer.restyle(row: row, columns: start..<end, style: CellStyle(.match))
        }
    }
}
