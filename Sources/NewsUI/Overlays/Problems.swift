import NewsCore

/// The problems screen (`!`): the files the library could not read (or read with doubts), and why.
extension ReaderApp {
    /// Each problem as `path:line: severity: message`, wrapped to the screen.
    func problemLines() -> [String] {
        let problems = libraryState?.snapshot.problems ?? []
        guard !problems.isEmpty else { return ["No problems: every file of the library was read."] }
        return problems.flatMap { problem in
            let lines = TextLayout.wrapWords(problem.description, width: max(1, width - 2))
            return [lines[0]] + TextLayout.wrapWords(lines.dropFirst().joined(separator: " "), width: max(1, width - 4))
                .filter { !$0.isEmpty }.map { "  " + $0 }
        }
    }

    /// Scrolls the problems; Esc or q closes them.
    mutating func problemsKey(_ key: KeyEvent) -> [Effect] {
        guard let action = keymap.action(for: key, in: .problems) else { return [] }
        var effects: [Effect] = []
        if handleCommon(action, effects: &effects) { return effects }
        if action == .cancel {
            stack.removeLast()
            return []
        }
        problemsTop = scrolled(problemsTop, by: action, total: problemLines().count)
        return []
    }

    /// Draws the problems, wrapped, under a bar counting them.
    func renderProblems(into buffer: inout ScreenBuffer) {
        let problems = libraryState?.snapshot.problems ?? []
        let files = Set(problems.map(\.path)).count
        renderBar("问题 Problems", right: "\(problems.count) in \(files) file\(files == 1 ? "" : "s")", row: 0, into: &buffer)
        renderTextPage(problemLines(), top: problemsTop, into: &buffer)
        renderStatus(prompt: nil, fallback: hints([.quit, .scrollDown, .scrollUp], in: .problems), into: &buffer)
    }
}
