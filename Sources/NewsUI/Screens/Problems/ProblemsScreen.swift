import NewsCore

/// The problems screen (`!`): the files the library could not read (or read with doubts), and why.
struct ProblemsScreen: Screen, Equatable {
    static let keyContext = KeyContext.problems
    static let title = "问题 Problems"

    var page = TextPage()

    /// Each problem as `path:line: severity: message`, wrapped to the screen.
    static func lines(_ shared: SharedState) -> [String] {
        let problems = shared.snapshot.problems
        guard !problems.isEmpty else { return ["No problems: every file of the library was read."] }
        let width = shared.width
        return problems.flatMap { problem in
            let lines = TextLayout.wrapWords(problem.description, width: max(1, width - 2))
            return [lines[0]] + TextLayout.wrapWords(lines.dropFirst().joined(separator: " "), width: max(1, width - 4))
                .filter { !$0.isEmpty }.map { "  " + $0 }
        }
    }

    /// Scrolls the problems; Esc closes them.
    mutating func perform(_ action: Action, shared: inout SharedState) -> ScreenUpdate {
        if action == .cancel { return .pop }
        page.scroll(by: action, total: Self.lines(shared).count, height: shared.height)
        return ScreenUpdate.none
    }

    mutating func handleMouse(_ event: MouseEvent, shared: inout SharedState) -> ScreenUpdate {
        scrollByWheel(event, down: .scrollDown, up: .scrollUp, shared: &shared)
    }

    /// The text re-wraps at the new width: its first line stays within it.
    mutating func receive(_ msg: Msg, shared: inout SharedState) {
        if case .resized = msg { page.scroll(by: nil, total: Self.lines(shared).count, height: shared.height) }
    }

    /// Draws the problems, wrapped, under a bar counting them.
    func render(into buffer: inout ScreenBuffer, shared: SharedState) {
        let problems = shared.snapshot.problems
        let files = Set(problems.map(\.path)).count
        buffer.drawBar("问题 Problems", right: "\(problems.count) in \(files) file\(files == 1 ? "" : "s")", row: 0)
        page.draw(Self.lines(shared), into: &buffer)
        buffer.drawStatus(message: shared.message, background: shared.indexing,
                          fallback: shared.keymap.hints([.quit, .scrollDown, .scrollUp], in: Self.keyContext))
    }
}
