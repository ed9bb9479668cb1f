import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the command-line twin needs to know about standard output.
struct TerminalInfo {
    var isTTY: Bool
    var columns: Int?
    /// The terminal's height, when standard output is one.
    var rows: Int? = nil
    var noColor: Bool
    /// `TERM=dumb`: a terminal that shows escape sequences as text.
    var isDumb = false

    static func current(environment: [String: String] = ProcessInfo.processInfo.environment) -> TerminalInfo {
        let isTTY = isatty(STDOUT_FILENO) == 1
        var size = winsize()
        let columns = isTTY && ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : nil
        // NO_COLOR: any non-empty value disables colour (no-color.org).
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let rows = columns != nil && size.ws_row > 0 ? Int(size.ws_row) : nil
        return TerminalInfo(isTTY: isTTY, columns: columns, rows: rows, noColor: noColor, isDumb: environment["TERM"] == "dumb")
    }
}
