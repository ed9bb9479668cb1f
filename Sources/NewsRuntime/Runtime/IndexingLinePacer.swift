import NewsStore
import NewsUI

/// Decides when the status line's background-work line (``Msg/indexing(_:)``) is redrawn: at once
/// when the work starts, moves on to its next phase or ends; otherwise at most once a second.
/// The work reports every chunk (a few hundred articles, several times a second); redrawn at each,
/// the counts, the rate and the time left would flutter faster than anyone reads them.
struct IndexingLinePacer {
    /// Seconds between two redraws of one phase's line.
    static let interval = 1.0
    private var shown: IndexProgress?
    private var shownAt = 0.0

    /// The message that brings the line up to date with `progress` at `now` (seconds, on any
    /// steady clock); nil when the line on screen is to stay as it is.
    mutating func message(for progress: IndexProgress?, now: Double) -> Msg? {
        guard let progress else {
            guard shown != nil else { return nil }
            shown = nil
            return .indexing(nil)
        }
        if let shown, shown.phase == progress.phase, shown.line == progress.line || now - shownAt < Self.interval {
            return nil
        }
        shown = progress
        shownAt = now
        return .indexing(progress.line)
    }
}
