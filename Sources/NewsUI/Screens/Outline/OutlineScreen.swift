import NewsCore

/// The outline (`t` in the reader): the article's headings, indented by level, the one the
/// reader is in marked; Enter jumps there, Backspace or Esc returns without moving.
struct OutlineScreen: Screen, Equatable {
    static let keyContext = KeyContext.outline
    static let title = "目录 Outline"

    /// The article's title, for the top bar.
    var articleTitle: String
    /// The headings as the reader drew them (the references heading included), with their lines.
    var headings: [HeadingAnchor]
    /// The heading the top of the reader's screen is under, if any.
    var current: Int?
    var cursor = ListCursor()

    init(article screen: ArticleScreen) {
        articleTitle = screen.article.title
        headings = screen.rendered.anchors.headings
        current = headings.lastIndex { $0.line <= screen.top }
        cursor.selected = current ?? 0
    }
}

extension OutlineScreen {
    /// Headings on screen: one row each, between the top bar and the status line.
    static func page(_ shared: SharedState) -> Int { max(1, shared.height - 2) }

    mutating func perform(_ action: Action, shared: inout SharedState) -> ScreenUpdate {
        if cursor.apply(action, count: headings.count, page: Self.page(shared)) { return ScreenUpdate.none }
        switch action {
        case .openSelection:
            guard headings.indices.contains(cursor.selected) else { return ScreenUpdate.none }
            return .pop(.jumpToLine(headings[cursor.selected].line))
        case .cancel, .jumpBack:
            return .pop
        default:
            return ScreenUpdate.none
        }
    }

    /// The wheel moves the highlight; a click highlights a heading, a second click jumps there.
    mutating func handleMouse(_ event: MouseEvent, shared: inout SharedState) -> ScreenUpdate {
        guard event.kind == .press else { return scrollByWheel(event, down: .moveDown, up: .moveUp, shared: &shared) }
        let index = cursor.top + event.row - 1
        guard event.row >= 1, event.row - 1 < Self.page(shared), headings.indices.contains(index) else { return ScreenUpdate.none }
        let again = cursor.selected == index
        cursor.select(index, count: headings.count, page: Self.page(shared))
        return again ? perform(.openSelection, shared: &shared) : ScreenUpdate.none
    }

    mutating func receive(_ msg: Msg, shared: inout SharedState) {
        if case .resized = msg { cursor.reveal(count: headings.count, page: Self.page(shared)) }
    }

    /// One heading a row, two columns of indent per level below the first, `▸` at the current.
    func render(into buffer: inout ScreenBuffer, shared: SharedState) {
        let width = shared.width
        buffer.drawBar("目录 Outline — \(articleTitle)", right: "\(headings.count)", row: 0)
        if headings.isEmpty {
            buffer.put("This article has no headings", row: 1, column: 1, style: CellStyle(.dim))
        }
        let shallowest = headings.map(\.level).min() ?? 1
        for slot in 0..<Self.page(shared) {
            let index = cursor.top + slot
            guard headings.indices.contains(index) else { break }
            let heading = headings[index], row = 1 + slot
            let marker = index == current ? "▸ " : "  "
            let indent = String(repeating: "  ", count: max(0, heading.level - shallowest))
            let x = buffer.put(marker + indent, row: row, column: 1, style: CellStyle(.dim))
            buffer.put(TextLayout.truncate(TerminalText.sanitize(heading.title), width: max(1, width - 1 - x)), row: row,
                       column: x, style: CellStyle(.heading))
            if index == cursor.selected { buffer.restyle(row: row, columns: 0..<width, style: CellStyle(.selection)) }
        }
        buffer.drawStatus(message: shared.message, background: shared.indexing,
                          fallback: shared.keymap.hints([.help, .openSelection, .cancel, .moveDown, .moveUp], in: .outline))
    }
}
