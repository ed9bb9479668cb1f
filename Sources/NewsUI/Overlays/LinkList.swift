import Foundation
import NewsCore

/// The link list (`L`): every citation of the article, numbered, then the body's other links.
struct LinkListState: Equatable, Sendable {
    struct Entry: Equatable, Sendable {
        var title: String
        /// `智东西 · 2025-06-24`, or empty.
        var source: String
        var url: String?
    }

    var entries: [Entry]
    var cursor = ListCursor()

    /// Collects the entries of the open article, highlighting the one the reader had selected.
    init(reader: ReaderState) {
        var entries: [Entry] = []
        var cited = Set<String>()
        for citation in reader.article.citations {
            let source = [citation.outlet, citation.published?.description].compactMap { $0 }.joined(separator: " · ")
            entries.append(Entry(title: citation.title ?? citation.text, source: source, url: citation.url))
            if let url = citation.url { cited.insert(url) }
        }
        for link in reader.rendered.anchors.links where !cited.contains(link.url) {
            cited.insert(link.url)
            let text = Self.linkText(link, in: reader.rendered)
            entries.append(Entry(title: text.isEmpty ? link.url : text, source: "", url: link.url))
        }
        self.entries = entries
        let selectedURL = try? reader.selectedURL().get()
        if let selectedURL, let index = entries.firstIndex(where: { $0.url == selectedURL }) {
            cursor.selected = index
        }
    }
}

extension LinkListState {
    /// A body link's text, followed onto the next line when the link wraps.
    static func linkText(_ link: LinkAnchor, in rendered: RenderedArticle) -> String {
        let lines = rendered.lines
        var text = ReaderTarget.linkText(in: lines[link.line], from: link.column)
        let reachesEnd = DisplayWidth.of(text) + link.column >= DisplayWidth.of(lines[link.line].text)
        if reachesEnd, link.line + 1 < lines.count {
            text += ReaderTarget.linkText(in: lines[link.line + 1], from: rendered.lineInfo[link.line + 1].prefixWidth)
        }
        return text
    }
}

/// Keys and drawing of the link list.
extension ReaderApp {
    /// Entries on screen: two rows each, between the top bar and the status line.
    var linkListPage: Int { max(1, (height - 2) / 2) }

    /// Moves through the link list, opens the highlighted URL, or closes the list.
    mutating func linkListKey(_ key: KeyEvent) -> [Effect] {
        guard let action = keymap.action(for: key, in: .linkList), var list = linkList else { return [] }
        var effects: [Effect] = []
        if handleCommon(action, effects: &effects) { return effects }
        if list.cursor.apply(action, count: list.entries.count, page: linkListPage) {
            linkList = list
            return []
        }
        switch action {
        case .openURL, .copyURL:
            guard list.entries.indices.contains(list.cursor.selected), let url = list.entries[list.cursor.selected].url else {
                message = StatusMessage(text: "This citation has no URL", isError: true)
                return []
            }
            if action == .copyURL { return [.copyToClipboard(url)] }
            message = StatusMessage(text: "Opening \(url)…")
            return [.openURL(url)]
        case .cancel:
            stack.removeLast()
        default: break
        }
        linkList = list
        return []
    }

    /// Draws each entry on two rows: number, title and source, then the URL.
    func renderLinkList(into buffer: inout ScreenBuffer) {
        guard let list = linkList else { return }
        renderBar("链接 Links — \(reader?.article.title ?? "")", right: "\(list.entries.count)", row: 0, into: &buffer)
        if list.entries.isEmpty {
            buffer.put("This article cites nothing and links nowhere", row: 1, column: 1, style: CellStyle(.dim))
        }
        let numberWidth = String(list.entries.count).count + 2
        for slot in 0..<linkListPage {
            let index = list.cursor.top + slot
            guard list.entries.indices.contains(index) else { break }
            let entry = list.entries[index], row = 1 + slot * 2
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
            if index == list.cursor.selected {
                for selectedRow in row...row + 1 { buffer.restyle(row: selectedRow, columns: 0..<width, style: CellStyle(.selection)) }
            }
        }
        renderStatus(prompt: nil, fallback: hints([.help, .quit, .openURL, .copyURL, .moveDown, .moveUp], in: .linkList),
                     into: &buffer)
    }
}
