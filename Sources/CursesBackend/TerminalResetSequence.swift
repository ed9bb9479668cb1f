import CNcursesw
#if canImport(Glibc)
import Glibc
#endif

/// The bytes that undo what curses did to the terminal, for a handler that cannot call curses.
///
/// A crash handler may only use async-signal-safe functions (POSIX.1-2017, 2.4.3), so it cannot
/// call `endwin`; it writes these bytes with `write(2)` instead (and restores the tty modes with
/// `tcsetattr`, which is on the safe list).
enum TerminalResetSequence {
    /// terminfo(5) capabilities, in the order they must run: attributes off, cursor visible,
    /// keypad transmit off, leave the alternate screen.
    static let capabilities = ["sgr0", "cnorm", "rmkx", "rmcup"]

    /// The xterm forms of the same, for a terminal whose entry lacks some of them.
    static let fallback: [UInt8] = Array("\u{1B}[0m\u{1B}[?25h\u{1B}[?1l\u{1B}>\u{1B}[?1049l".utf8)

    /// xterm's mouse reporting off (X10/normal, button-event, any-event tracking, SGR format):
    /// left on, every click after a crash would type escape codes into the shell. Private modes a
    /// terminal does not know are ignored (ECMA-48), so all four are sent.
    static let mouseOff: [UInt8] = Array("\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l".utf8)

    /// The sequence from the current terminal's terminfo entry (valid once curses has started),
    /// with mouse reporting turned off when the reader turned it on.
    static func fromTerminfo(mouse: Bool = false) -> [UInt8] {
        var bytes: [UInt8] = []
        for name in capabilities {
            guard let value = cn_capability(name) else { continue }
            // Raw bytes, not a String: a capability need not be valid UTF-8.
            bytes += UnsafeRawBufferPointer(start: value, count: strlen(value))
        }
        return (bytes.isEmpty ? fallback : bytes) + (mouse ? mouseOff : [])
    }
}
