import NewsCore

/// The help screen (`?`): every key of the screen it was opened from, generated from the keymap.
struct HelpScreen: Screen, Equatable {
    static let keyContext = KeyContext.help
    static let title = "帮助 Help"

    /// The keys listed: those of the screen the help was opened from.
    let context: KeyContext
    /// That screen's name, for the top bar.
    let openerTitle: String
    let typingHelp: TypingHelp
    var page = TextPage()

    init(context: KeyContext, openerTitle: String = "", typingHelp: TypingHelp = TypingHelp()) {
        self.context = context
        self.openerTitle = openerTitle
        self.typingHelp = typingHelp
    }

    /// The help of the screen type `opener`.
    init(for opener: any Screen.Type) {
        self.init(context: opener.keyContext, openerTitle: opener.title, typingHelp: opener.typingHelp)
    }

    /// One line per action, its keys then what it does, wrapped to the screen.
    func lines(_ shared: SharedState) -> [String] {
        let width = shared.width
        let bound = shared.keymap.actions(in: context)
        let keyTexts = bound.map { $0.keys.map(\.description).joined(separator: " ") }
        let keyColumn = min(18, width / 3, (keyTexts.map { DisplayWidth.of($0) }.max() ?? 0) + 2)
        let indent = String(repeating: " ", count: keyColumn)
        var lines = typingHelp.before
        for (entry, keys) in zip(bound, keyTexts) {
            let summary = TextLayout.wrapWords(entry.action.summary, width: max(10, width - 2 - keyColumn))
            let keyWidth = DisplayWidth.of(keys)
            if keyWidth < keyColumn {
                lines.append(keys + String(repeating: " ", count: keyColumn - keyWidth) + summary[0])
                lines += summary.dropFirst().map { indent + $0 }
            } else {
                // Keys wider than their column get a line of their own.
                lines.append(keys)
                lines += summary.map { indent + $0 }
            }
        }
        return lines + typingHelp.after
    }

    /// Scrolls the help; Esc closes it.
    mutating func perform(_ action: Action, shared: inout SharedState) -> ScreenUpdate {
        if action == .cancel { return .pop }
        page.scroll(by: action, total: lines(shared).count, height: shared.height)
        return ScreenUpdate.none
    }

    mutating func handleMouse(_ event: MouseEvent, shared: inout SharedState) -> ScreenUpdate {
        scrollByWheel(event, down: .scrollDown, up: .scrollUp, shared: &shared)
    }

    /// The text re-wraps at the new width: its first line stays within it.
    mutating func receive(_ msg: Msg, shared: inout SharedState) {
        if case .resized = msg { page.scroll(by: nil, total: lines(shared).count, height: shared.height) }
    }

    func render(into buffer: inout ScreenBuffer, shared: SharedState) {
        buffer.drawBar("帮助 Help — keys of \(openerTitle)", row: 0)
        page.draw(lines(shared), into: &buffer)
        buffer.drawStatus(message: shared.message, background: shared.indexing,
                          fallback: shared.keymap.hints([.quit, .scrollDown, .scrollUp], in: Self.keyContext))
    }
}
