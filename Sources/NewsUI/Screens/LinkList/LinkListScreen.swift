import Foundation
import NewsCore

/// The link list (`L`): every citation of the article, numbered, then the body's other links.
struct LinkListScreen: Screen, Equatable {
    static let keyContext = KeyContext.linkList
    static let title = "链接 Links"

    struct Entry: Equatable, Sendable {
        var title: String
        /// `智东西 · 2025-06-24`, or empty.
        var source: String
        var url: String?
    }

    /// The article's title, for the top bar.
    var articleTitle: String
    var entries: [Entry]
    var cursor = ListCursor()

    /// Collects the entries of the open article, highlighting the one the reader had selected.
    init(article screen: ArticleScreen) {
        articleTitle = screen.article.title
        var entries: [Entry] = []
        var cited = Set<String>()
        for citation in screen.article.citations {
            let source = [citation.outlet, citation.published?.description].compactMap { $0 }.joined(separator: " · ")
            entries.append(Entry(title: citation.title ?? citation.text, source: source, url: citation.url))
            if let url = citation.url { cited.insert(url) }
        }
        for link in screen.rendered.anchors.links where !cited.contains(link.url) {
            cited.insert(link.url)
            let text = Self.linkText(link, in: screen.rendered)
            entries.append(Entry(title: text.isEmpty ? link.url : text, source: "", url: link.url))
        }
        self.entries = entries
        let selectedURL = try? screen.selectedURL().get()
        if let selectedURL, let index = entries.firstIndex(where: { $0.url == selectedURL }) {
            cursor.selected = index
        }
    }
}

extension LinkListScreen {
    /// A body link's text, followed onto the next line when the link wraps.
    static func linkText(_ link: LinkAnchor, in rendered: RenderedArticle) -> String {
        let lines = rendered.lines
        var text = ArticleTarget.linkText(in: lines[link.line], from: link.column)
        let reachesEnd = DisplayWidth.of(text) + link.column >= DisplayWidth.of(lines[link.line].text)
        if reachesEnd, link.line + 1 < lines.count {
            text += ArticleTarget.linkText(in: lines[link.line + 1], from: rendered.lineInfo[link.line + 1].prefixWidth)
        }
        return text
    }
}

/// Keys, clicks and drawing of the link list.
extension LinkListScreen {
    /// Entries on screen: two rows each, between the top bar and the status line.
    static func page(_ shared: SharedState) -> Int { max(1, (shared.height - 2) / 2) }

    /// Moves through the list, opens or copies the highlighted URL, or closes the list.
    mutating func perform(_ action: Action, shared: inout SharedState) -> ScreenUpdate {
        if cursor.apply(action, count: entries.count, page: Self.page(shared)) { return ScreenUpdate.none }
        switch action {
        case .openURL, .copyURL:
            guard entries.indices.contains(cursor.selected), let url = entries[cursor.selected].url else {
                shared.message = StatusMessage(text: "This citation has no URL", isError: true)
                return ScreenUpdate.none
            }
            if action == .copyURL { return .effects([.copyToClipboard(url)]) }
            shared.message = StatusMessage(text: "Opening \(url)…")
            return .effects([.openURL(url)])
        case .cancel:
            return .pop
        default:
            return ScreenUpdate.none
        }
    }

    /// The wheel moves the highlight; a click highlights an entry, a second click opens it.
    mutating func handleMouse(_ event: MouseEvent, shared: inout SharedState) -> ScreenUpdate {
        let page = Self.page(shared)
        switch event.kind {
        case .wheelDown, .wheelUp:
            cursor.move(by: event.kind == .wheelDown ? MouseEvent.wheelStep : -MouseEvent.wheelStep,
                        count: entries.count, page: page)
            return ScreenUpdate.none
        case .press:
            // Each entry takes two rows under the top bar.
            guard event.row >= 1, (event.row - 1) / 2 < page else { return ScreenUpdate.none }
            let index = cursor.top + (event.row - 1) / 2
            guard entries.indices.contains(index) else { return ScreenUpdate.none }
            let again = cursor.selected == index
            cursor.select(index, count: entries.count, page: page)
            guard again, !shared.keymap.keys(for: .openURL, in: Self.keyContext).isEmpty else { return ScreenUpdate.none }
            return perform(.openURL, shared: &shared)
        }
    }

    mutating func receive(_ msg: Msg, shared: inout SharedState) {
        if case .resized = msg { cursor.reveal(count: entries.count, page: Self.page(shared)) }
    }

    /// Draws each entry on two rows: number, title and source, then the URL.
    func render(into buffer: inout ScreenBuffer, shared: SharedState) {
        let width = shared.width
        buffer.drawBar("链接 Links — \(articleTitle)", right: "\(entries.count)", row: 0)
        if entries.isEmpty {
            buffer.put("This article cites nothing and links nowhere", row: 1, column: 1, style: CellStyle(.dim))
        }
        let numberWidth = String(entries.count).count + 2
        for slot in 0..<Self.page(shared) {
            let index = cursor.top + slot
            guard entries.indices.contains(index) else { break }
            let entry = entries[index], row = 1 + slot * 2
            let number = "\(index + 1).".padding(toLength: numberWidth, withPad: " ", startingAt: 0)
            var x = buffer.put(number, row: row, column: 1, style: CellStyle(.dim))
            let sourceWidth = entry.source.isEmpty ? 0 : min(DisplayWidth.of(entry.source) + 3, (width - x) / 2)
            x = buffer.put(TextLayout.truncate(entry.title, width: width - 1 - x - sourceWidth), row: row, column: x,
                           style: CellStyle(.title))
            if sourceWidth > 0 {
                buffer.put(TextLayout.truncate(" — " + entry.source, width: sourceWidth), row: row, column: x, style: CellStyle(.dim))
            }
            buffer.put(TextLayout.truncate(entry.url ?? "(no URL)", width: width - 2 - numberWidth), row: row + 1,
                       column: 1 + numberWidth, style: CellStyle(.url))
            if index == cursor.selected {
                for selectedRow in row...row + 1 { buffer.restyle(row: selectedRow, columns: 0..<width, style: CellStyle(.selection)) }
            }
        }
        buffer.drawStatus(message: shared.message, background: shared.indexing,
                          fallback: shared.keymap.hints([.help, .quit, .openURL, .copyURL, .moveDown, .moveUp], in: .linkList))
    }
}
