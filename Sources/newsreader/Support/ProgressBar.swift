import Foundation
import NewsStore

/// A first build's progress on stderr, `[#########---------------] 索引 1,234 / 10,000 · …`, redrawn
/// in place; only when stderr is a terminal (a pipe or a log file gets nothing), and wiped when
/// the build is done so the command's own output starts on a clean line.
final class ProgressBar {
    static let barWidth = 24
    private var shown = false

    /// A bar, or nil when stderr is not a terminal.
    static func forStandardError() -> ProgressBar? {
        isatty(STDERR_FILENO) == 1 ? ProgressBar() : nil
    }

    func show(_ progress: IndexProgress) {
        let filled = progress.total > 0 ? min(Self.barWidth, progress.done * Self.barWidth / progress.total) : 0
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: Self.barWidth - filled)
        write("\r\u{1B}[K[\(bar)] \(progress.line)")
        shown = true
    }

    /// Shows how far the work in the background has got (`progress`, read ten times a second)
    /// until `ready`, then wipes the bar. Gives up after a second with nothing to show (the work
    /// failed, and whoever waits next finishes it).
    func follow(until ready: () -> Bool, progress: () -> IndexProgress?) {
        var silentChecks = 0
        while !ready() && silentChecks < 10 {
            if let current = progress() {
                show(current)
                silentChecks = 0
            } else {
                silentChecks += 1
            }
            usleep(100_000)
        }
        finish()
    }

    /// Clears the bar's line, if one was drawn.
    func finish() {
        if shown { write("\r\u{1B}[K") }
        shown = false
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
