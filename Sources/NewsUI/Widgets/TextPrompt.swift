/// A line of text being typed in the status line (search prompts).
struct TextPrompt: Equatable, Sendable {
    /// What the help says about typing in a `/` prompt.
    static let help = "in the / prompt: type, Backspace erases, Enter searches, Esc cancels"

    /// Shown before the text: `/`.
    var prompt: String
    var text = ""

    /// What a key does to the prompt.
    enum Outcome: Equatable {
        case editing, submitted(String), cancelled
    }

    /// Applies a key: characters type, Backspace deletes (and cancels when empty), Enter
    /// submits, Esc cancels. Other keys are ignored while typing.
    mutating func handle(_ key: KeyEvent) -> Outcome {
        switch key {
        case .character(let character):
            text.append(character)
        case .backspace, .delete:
            if text.isEmpty { return .cancelled }
            text.removeLast()
        case .enter:
            return .submitted(text)
        case .escape, .control("c"), .control("g"):
            return .cancelled
        default:
            break
        }
        return .editing
    }
}
