import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// SIGINT, SIGTERM and SIGHUP, turned into a flag the runtime loop checks.
///
/// A signal handler may only call async-signal-safe functions (POSIX.1-2017, 2.4.3): no curses,
/// no allocation, no Swift runtime calls that lock. So the handler only stores the signal number
/// in a lock-free atomic; the loop, back in normal code, saves the reading position, calls
/// `endwin` and exits with 128 + the signal. The handlers are installed without `SA_RESTART`,
/// so a `get_wch` blocked in `poll` returns at once (EINTR); the loop also reads with a short
/// timeout, which bounds the delay if curses retries the read itself.
///
/// Install them before curses starts: ncurses then leaves these signals alone (it only catches
/// signals still at their default action, lib_tstp.c).
public enum TerminationSignals {
    static let handled: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// The last signal received, 0 when none. `Atomic` is lock-free for Int32, hence safe in a handler.
    private static let pending = Atomic<Int32>(0)

    /// Routes the three signals to the flag.
    public static func install() {
        _ = pending.load(ordering: .relaxed)  // initialise the static before any handler can run
        for signal in handled {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                TerminationSignals.pending.store(number, ordering: .relaxed)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0  // no SA_RESTART: interrupt the blocking read
            sigaction(signal, &action, nil)
        }
    }

    /// Puts the default actions back (after the terminal is restored).
    public static func uninstall() {
        for signal in handled { Glibc.signal(signal, SIG_DFL) }
    }

    /// The signal that arrived since the last call, if any.
    public static func take() -> Int32? {
        let number = pending.exchange(0, ordering: .relaxed)
        return number == 0 ? nil : number
    }

    /// For tests: behave as if `signal` had arrived.
    static func simulate(_ signal: Int32) {
        pending.store(signal, ordering: .relaxed)
    }
}
