/// One key press, as the terminal backend decoded it.
///
/// The backend turns `get_wch` results into these; `NewsUI` never sees curses key codes, so
/// `update` tests type keys by name.
public enum KeyEvent: Hashable, Sendable, CustomStringConvertible {
    /// A printable character, including Chinese text from an input method (`get_wch` delivers
    /// it one character at a time).
    case character(Character)
    /// Ctrl with a letter, lowercase: `.control("o")` is Ctrl-O.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete

    public var description: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let character): return String(character)
        case .control(let letter): return "Ctrl-" + letter.uppercased()
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        }
    }
}
