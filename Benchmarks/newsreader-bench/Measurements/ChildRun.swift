import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One run of another program, timed from spawn to exit, with its peak RSS. Output goes to /dev/null.
///
/// Why the peak comes from GNU time when it is installed: `posix_spawn` starts the child on the
/// parent's memory (vfork), and Linux carries that memory's high-water mark into the child's
/// `ru_maxrss` at `exec` — so `wait4` reports at least the benchmark's own peak (95 MiB at 100k
/// articles, above a small program's real figure). `/usr/bin/time` forks from a small process,
/// so the peak it reports is the program's own.
struct ChildRun {
    var seconds: Double
    var peakKiB: Int
    var status: Int32

    private static let gnuTime = "/usr/bin/time"

    /// Runs `arguments` (the program is found on PATH) with `environment` added to ours.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> ChildRun {
        guard FileManager.default.isExecutableFile(atPath: gnuTime) else { return try spawn(arguments, environment: environment) }
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("newsreader-bench-time-\(getpid())").path
        defer { unlink(report) }
        var run = try spawn([gnuTime, "-f", "%M", "-o", report] + arguments, environment: environment)
        // The last line is the peak in KiB (a line before it says so when the exit status was not 0).
        if let text = try? String(contentsOfFile: report, encoding: .utf8),
           let kibibytes = text.split(separator: "\n").last.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) {
            run.peakKiB = kibibytes
        }
        return run
    }

    /// `arguments` spawned directly; `peakKiB` is `wait4`'s, an upper bound (see above).
    private static func spawn(_ arguments: [String], environment: [String: String]) throws -> ChildRun {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let variables = ProcessInfo.processInfo.environment.merging(environment) { $1 }.map { "\($0.key)=\($0.value)" }
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = variables.map { strdup($0) } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        let clock = ContinuousClock()
        let start = clock.now
        var pid = pid_t()
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, &argv, &envp)
        guard spawned == 0 else { throw UsageError("cannot start \(arguments[0]): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        let seconds = Timing.seconds(start.duration(to: clock.now))
        // Exit status when it exited normally (WIFEXITED/WEXITSTATUS spelled out), else -1.
        let exitStatus: Int32 = status & 0x7F == 0 ? (status >> 8) & 0xFF : -1
        return ChildRun(seconds: seconds, peakKiB: usage.ru_maxrss, status: exitStatus)
    }

    /// The full path of `program` on PATH, nil when it is not installed.
    static func which(_ program: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
