import Synchronization

/// How far the work a first build leaves for the background has got (``BodyPass``, then
/// ``SearchFill``): its latest report, written by the worker's thread and read from any other
/// (the reader's loop asks at every turn, so reading never waits on the work).
final class BackgroundProgress: Sendable {
    private let latest = Mutex<IndexProgress?>(nil)

    /// The last report of the work still running; nil before its first report and once it ended.
    var current: IndexProgress? {
        latest.withLock { $0 }
    }

    /// A reporter for `phase` whose every report becomes ``current``: one a chunk, which is cheap
    /// here; whoever draws the line decides how often to redraw it.
    func reporter(for phase: IndexProgress.Phase) -> IndexProgressReporter {
        let reporter = IndexProgressReporter(every: 0) { [self] progress in
            latest.withLock { $0 = progress }
        }
        reporter.startPhase(phase)
        return reporter
    }

    /// The work ended (done or failed): nothing more to show.
    func finish() {
        latest.withLock { $0 = nil }
    }
}
