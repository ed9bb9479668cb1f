import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Starts programs detached from the reader and reaps them when they end.
///
/// `posix_spawnp` (found on `$PATH`, no shell) with standard input, output and error on
/// `/dev/null` so nothing lands on the curses screen, in a session of its own
/// (`POSIX_SPAWN_SETSID`) so Ctrl-C in the reader or closing the terminal does not reach it, and
/// with default signal actions and an empty mask. The reader never waits for it; ``reap()``
/// collects the exit status of finished children, so none stays a zombie.
public final class ProcessSpawner: Sendable {
    private let children = Mutex<Set<pid_t>>([])

    public init() {}

    /// Starts `arguments[0]` with `arguments`.
    func spawnDetached(_ arguments: [String]) throws {
        guard !arguments.isEmpty else { throw SpawnError(code: EINVAL) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY, 0)
        }
        // Nothing else of the reader's leaks into a program that may live for hours (a browser):
        // every other descriptor open now is closed in the child. (Swift does not import glibc's
        // posix_spawn_file_actions_addclosefrom_np; glibc ignores closing one closed meanwhile.)
        for descriptor in Self.openDescriptors() where descriptor > STDERR_FILENO {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t(), mask = sigset_t()
        sigfillset(&defaults)
        sigemptyset(&mask)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &mask)
        // POSIX_SPAWN_SETSID is 0x80 in glibc's <spawn.h> (a GNU extension Swift does not import).
        let setSession: Int32 = 0x80
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK | setSession))

        // The environment is passed explicitly (Swift 6 forbids touching the C global `environ`).
        let variables = ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" }
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = variables.map { strdup($0) } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var pid = pid_t()
        let status = posix_spawnp(&pid, arguments[0], &actions, &attributes, &argv, &envp)
        guard status == 0 else { throw SpawnError(code: status) }
        children.withLock { _ = $0.insert(pid) }
    }

    /// Collects every child that has ended, without waiting for the others.
    public func reap() {
        children.withLock { pids in
            for pid in pids {
                var status: Int32 = 0
                let result = waitpid(pid, &status, WNOHANG)
                if result == pid || (result == -1 && errno == ECHILD) { pids.remove(pid) }
            }
        }
    }

    private static func openDescriptors() -> [Int32] {
        ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []).compactMap { Int32($0) }
    }

    /// Children started and not yet reaped.
    var runningCount: Int { children.withLock { $0.count } }
}

/// An errno from `posix_spawnp`, described as the C library does.
struct SpawnError: Error, CustomStringConvertible {
    public var code: Int32
    public var description: String { String(cString: strerror(code)) }
}
