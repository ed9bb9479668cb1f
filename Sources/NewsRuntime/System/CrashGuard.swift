#if canImport(Glibc)
import Glibc
#endif

/// Restores the terminal when the reader crashes (SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE),
/// then lets the crash proceed with the default action (core dump, status seen by the shell);
/// and on an unplanned `exit` while the reader holds the terminal (an `atexit` handler).
///
/// Async-signal safety (POSIX.1-2017, 2.4.3): the handler cannot call `endwin` (it allocates and
/// uses stdio) nor touch Swift objects. Everything it needs is prepared beforehand in memory that
/// is never freed or moved: the reset bytes (``arm(resetSequence:)``) and the tty modes saved
/// before curses started (``saveTerminalModes()``). The handler only calls `write`, `tcsetattr`,
/// `sigaction` and `raise`, all on the safe list. It runs on an alternate stack, so a stack
/// overflow (SIGSEGV) can still restore the terminal.
public enum CrashGuard {
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

    /// Saves the tty modes as they are now (call before curses changes them).
    public static func saveTerminalModes() {
        let modes = UnsafeMutablePointer<termios>.allocate(capacity: 1)
        guard tcgetattr(STDIN_FILENO, modes) == 0 else { modes.deallocate(); return }
        crashState.savedModes = modes
    }

    /// Installs the crash handlers; `resetSequence` is written to standard output on a crash.
    public static func arm(resetSequence: [UInt8]) {
        let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, resetSequence.count))
        bytes.initialize(from: resetSequence, count: resetSequence.count)
        crashState.resetBytes = bytes
        crashState.resetCount = resetSequence.count
        installAlternateStack()
        registerExitHandler()
        for signal in crashSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in CrashGuard.restoreAndReraise(number) }
            sigemptyset(&action.sa_mask)
            // SA_RESETHAND: the default action is back once the handler runs, so the re-raise
            // (or the faulting instruction, executed again) ends the process as it would have.
            action.sa_flags = Int32(SA_ONSTACK) | Int32(bitPattern: UInt32(SA_RESETHAND))
            var previous = sigaction()
            sigaction(signal, &action, &previous)
            previousActions[signal] = previous
        }
    }

    /// Puts back the actions found at ``arm(resetSequence:)`` (the default, or the Swift
    /// runtime's backtracer), once the terminal has been restored normally.
    public static func disarm() {
        for (signal, previous) in previousActions {
            var action = previous
            sigaction(signal, &action, nil)
        }
        previousActions = [:]
        crashState.resetCount = 0
    }

    /// The handler itself: only async-signal-safe calls.
    private static func restoreAndReraise(_ number: Int32) {
        if let bytes = crashState.resetBytes, crashState.resetCount > 0 {
            _ = write(STDOUT_FILENO, bytes, crashState.resetCount)
        }
        if let modes = crashState.savedModes { _ = tcsetattr(STDIN_FILENO, TCSANOW, modes) }
        // Blocked while the handler runs; delivered with the default action when it returns.
        raise(number)
    }

    /// Also restores the terminal when something calls `exit` while the reader holds it (a
    /// library giving up, a Swift runtime error that exits rather than traps): the normal way
    /// out disarms first, so this only acts on an exit nobody planned for.
    private static func registerExitHandler() {
        guard !crashState.exitHandlerRegistered else { return }
        crashState.exitHandlerRegistered = true
        atexit {
            guard let bytes = crashState.resetBytes, crashState.resetCount > 0 else { return }
            _ = write(STDOUT_FILENO, bytes, crashState.resetCount)
            if let modes = crashState.savedModes { _ = tcsetattr(STDIN_FILENO, TCSANOW, modes) }
        }
    }

    private static func installAlternateStack() {
        guard crashState.alternateStack == nil else { return }
        let size = 64 * 1024
        guard let memory = malloc(size) else { return }
        var stack = stack_t()
        stack.ss_sp = memory
        stack.ss_size = size
        stack.ss_flags = 0
        if sigaltstack(&stack, nil) == 0 { crashState.alternateStack = memory } else { free(memory) }
    }
}

/// What the crash handler reads. Written only before the handlers are installed (or after they
/// are removed), read only by the handler: `nonisolated(unsafe)` is sound for that pattern.
private struct CrashState {
    var resetBytes: UnsafeMutablePointer<UInt8>?
    var resetCount = 0
    var savedModes: UnsafeMutablePointer<termios>?
    var alternateStack: UnsafeMutableRawPointer?
    var exitHandlerRegistered = false
}

nonisolated(unsafe) private var crashState = CrashState()

/// The crash signals' actions before ``CrashGuard/arm(resetSequence:)``; main thread only,
/// never read by a handler.
nonisolated(unsafe) private var previousActions: [Int32: sigaction] = [:]
