#if DEBUG
import Foundation

/// Debug builds only: `NEWSREADER_DEBUG_SLOW_INDEX=<milliseconds>` pauses the index build after
/// each chunk of files (and of bodies, in ``BodyPass``), so the end-to-end tests can watch the progress of a first build on a
/// library small enough to write in the test (as `NEWSREADER_DEBUG_CRASH` makes crashes on demand).
enum DebugSlowIndex {
    static let pause: useconds_t = {
        let value = ProcessInfo.processInfo.environment["NEWSREADER_DEBUG_SLOW_INDEX"].flatMap { UInt32($0) } ?? 0
        return min(value, 5_000) * 1000
    }()

    static func pauseAfterChunk() {
        if pause > 0 { usleep(pause) }
    }
}
#endif
