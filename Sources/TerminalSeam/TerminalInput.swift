import NewsUI

/// What the terminal reported: a key, a new size, or nothing before the wait ended.
public enum TerminalInput: Equatable, Sendable {
    case key(KeyEvent)
    /// A click or a wheel turn (when the mouse is on).
    case mouse(MouseEvent)
    /// The terminal now has this many columns and rows (`KEY_RESIZE`).
    case resized(width: Int, height: Int)
    /// The wait ended without input: a timeout, or a signal interrupted the read. The runtime
    /// then checks its signal flag.
    case none
    /// No input will ever come again: the terminal went away (EOF or EIO without a SIGHUP), or
    /// a scripted fake ran out of keys.
    case ended
}
