#if DEBUG
import Foundation

/// Debug builds only: `NEWSREADER_DEBUG_SLOW_INDEX=<milliseconds>` pauses the index build after
/// each chunk of files (and of bodies, in ``BodyPass``, and of search, in ``SearchFill``), so the
/// end-to-end tests can watch the progress of a first build on a library small enough to write in
/// the test (as `NEWSREADER_DEBUG_CRASH` makes crashes on demand).
///
/// `NEWSREADER_DEBUG_HOLD_FILL=<folder>` holds the background work after its first chunk until the
/// test lets it go on: the body pass until `<folder>/bodies` exists, the search fill until
/// `<folder>/search` does. A test then sees each phase's line for as long as it needs, however
/// loaded the machine, instead of racing a pause.
enum DebugSlowIndex {
    static let pause: useconds_t = {
        let value = ProcessInfo.processInfo.environment["NEWSREADER_DEBUG_SLOW_INDEX"].flatMap { UInt32($0) } ?? 0
        return min(value, 5_000) * 1000
    }()

    static let holdFolder = ProcessInfo.processInfo.environment["NEWSREADER_DEBUG_HOLD_FILL"]

    static func pauseAfterChunk() {
        if pause > 0 { usleep(pause) }
    }

    /// Waits (outside any transaction) until the test creates `<hold folder>/<phase>`.
    static func hold(_ phase: String) {
        guard let holdFolder else { return }
        while !FileManager.default.fileExists(atPath: holdFolder + "/" + phase) { usleep(20_000) }
    }
}
#endif
