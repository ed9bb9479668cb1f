#if DEBUG
#if canImport(Glibc)
import Glibc
#endif

/// Debug builds only: real crashes on demand, so the end-to-end tests can check that the
/// terminal comes back from each (issue #6: "a crash (trap) still restores the terminal").
/// A signal sent with `kill` exercises the handler, but not a trap inside the process, a
/// stack overflow on the alternate stack, or `exit` called from deep inside.
public enum DebugCrash {
    /// Crashes as `NEWSREADER_DEBUG_CRASH` asks: `trap` (a Swift runtime trap), `overflow`
    /// (unbounded recursion) or `exit` (`exit(3)` while the reader holds the terminal).
    public static func triggerIfAsked(_ environment: [String: String]) {
        switch environment["NEWSREADER_DEBUG_CRASH"] {
        case "trap":
            let empty: [Int] = []
            _ = empty[empty.count]  // index out of range: the same trap a real bug would hit
        case "overflow":
            _ = recurse(1)
        case "exit":
            exit(3)
        default:
            break
        }
    }

    private static func recurse(_ depth: Int) -> Int {
        // The array keeps each frame large and the addition keeps the call from being a tail call.
        if depth == Int.max { return 0 }  // never reached; states that the recursion is meant
        var frame = [Int](repeating: depth, count: 8)
        frame[depth % 8] = recurse(depth + 1)
        return frame.reduce(0, +) + 1
    }
}
#endif
