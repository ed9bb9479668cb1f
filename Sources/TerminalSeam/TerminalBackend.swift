import NewsUI

/// A full-screen terminal as the runtime loop uses it: start, read input, draw frames, stop.
///
/// The curses implementation is ``CursesTerminal``; tests and the benchmark drive the loop with
/// a fake that records frames, so the loop is exercised without a terminal (bubbletea's
/// `WithInput`/`WithOutput`, ratatui's test backend).
public protocol TerminalBackend: AnyObject {
    /// Columns and rows right now.
    var size: (width: Int, height: Int) { get }
    /// Takes over the terminal (alternate screen, keypad, no echo).
    func start() throws
    /// Waits for the next input, at most `milliseconds` (negative: no limit).
    func nextInput(waitingAtMost milliseconds: Int) -> TerminalInput
    /// Shows `buffer`, writing only the cells that differ from the last frame drawn.
    func draw(_ buffer: ScreenBuffer)
    /// Asks the terminal to put `text` on the clipboard (OSC 52), after the frame drawn last.
    func setClipboard(_ text: String)
    /// Gives the terminal back as it was; safe to call twice.
    func stop()
    /// Bytes that put the terminal back in its normal state without any library call, for a
    /// crash handler that may only use async-signal-safe functions (`write(2)`).
    var emergencyResetSequence: [UInt8] { get }
}

/// A failure to take over the terminal.
public struct TerminalError: Error, CustomStringConvertible, Sendable {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
