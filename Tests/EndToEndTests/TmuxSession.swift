import Foundation
import Testing

/// The real `newsreader` binary running in a detached tmux session, driven like a user would.
///
/// Each session has its own tmux server (`tmux -L` with a unique socket name, `-f /dev/null` so
/// no user configuration applies), killed by ``close()``. Screens are read with `capture-pane -p`
/// and waited for by polling, never with fixed sleeps.
final class TmuxSession {
    static let isAvailable = Tmux.path != nil

    let socket = "newsreader-e2e-\(UUID().uuidString.prefix(8))"
    private let target = "reader"
    let statusFile: String
    /// The tmux server's process, killed directly if `kill-server` does not end it.
    private var serverPID: pid_t?

    /// Starts `command` in a `width`×`height` session with `environment` added. The command runs
    /// under `sh -c`, which writes its exit status to ``statusFile`` when it ends.
    init(command: [String], environment: [String: String], folder: TemporaryFolder, width: Int = 100, height: Int = 30) throws {
        statusFile = folder.url.appendingPathComponent("status-\(UUID().uuidString.prefix(6))").path
        // The trap keeps the wrapper alive through Ctrl-C (it goes to the whole foreground group),
        // and, being a handler rather than an ignore, is not inherited by the program.
        // The wrapper then stays (quietly) so the pane outlives a program that ends at once: a
        // `remain-on-exit` set after `new-session` could come too late for it.
        let script = "trap 'true' INT; \"$@\"; echo $? > '\(statusFile)'; exec sleep 600"
        let variables = environment.sorted { $0.key < $1.key }.flatMap { ["-e", "\($0.key)=\($0.value)"] }
        try tmux(["new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)"] + variables
                 + ["/bin/sh", "-c", script, "sh"] + command)
        // Keep the pane after the program ends, so the terminal's final state can be read.
        try tmux(["set-option", "-t", target, "remain-on-exit", "on"])
        serverPID = pid_t(try value("#{pid}"))
    }

    /// Starts an interactive shell (job control: Ctrl-Z works) with `environment` added.
    init(shellWith environment: [String: String], folder: TemporaryFolder) throws {
        statusFile = folder.url.appendingPathComponent("status-\(UUID().uuidString.prefix(6))").path
        let variables = (environment.merging(["PS1": "$ "]) { $1 }).sorted { $0.key < $1.key }.flatMap { ["-e", "\($0.key)=\($0.value)"] }
        try tmux(["new-session", "-d", "-s", target, "-x", "100", "-y", "30"] + variables + ["/bin/sh", "-i"])
        try tmux(["set-option", "-t", target, "remain-on-exit", "on"])
        serverPID = pid_t(try value("#{pid}"))
    }

    func close() {
        _ = try? tmux(["kill-server"])
        // Belt and braces: should `kill-server` not reach the server, SIGTERM ends it.
        if let serverPID, serverPID > 1 { kill(serverPID, SIGTERM) }
    }

    // MARK: - Keys

    /// Sends keys by tmux name (`Enter`, `Tab`, `BSpace`, `C-c`, `q`).
    func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", target] + keys)
    }

    /// Sends raw bytes to the program, as a terminal would (mouse reports, for one).
    func sendBytes(_ bytes: [UInt8]) throws {
        try tmux(["send-keys", "-t", target, "-H"] + bytes.map { String(format: "%02x", $0) })
    }

    /// A click of the main button at (`row`, `column`), zero-based, as X10 mouse reports
    /// (`ESC [ M b x y`, each value plus 32; the format of the terminfo `kmous` tmux panes use):
    /// a press, then a release (button code 3), as a real mouse sends. Wheel "buttons" (64, 65)
    /// have no release.
    func click(row: Int, column: Int, button: UInt8 = 0) throws {
        try sendBytes(Self.clickReport(row: row, column: column, button: button))
    }

    /// Two clicks of the main button at (`row`, `column`) sent in one write, so the reader finds
    /// them waiting together.
    func doubleClick(row: Int, column: Int) throws {
        let click = Self.clickReport(row: row, column: column, button: 0)
        try sendBytes(click + click)
    }

    private static func clickReport(row: Int, column: Int, button: UInt8) -> [UInt8] {
        let position = [UInt8(33 + column), UInt8(33 + row)]
        var report: [UInt8] = [0x1B, 0x5B, 0x4D, 32 + button] + position
        if button < 64 { report += [0x1B, 0x5B, 0x4D, 32 + 3] + position }
        return report
    }

    /// Types `text` literally (Chinese too: tmux sends its UTF-8 bytes).
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", target, "-l", text])
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
    }

    // MARK: - Reading

    /// The visible screen as text.
    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", target])
    }

    /// The visible screen with its attributes and colours as SGR escape sequences.
    func screenWithAttributes() throws -> String {
        try tmux(["capture-pane", "-p", "-e", "-t", target])
    }

    /// A tmux format evaluated for the pane (`#{alternate_on}`, `#{pane_pid}`).
    func value(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", target, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Waits until the screen satisfies `condition`; fails with the last screen.
    @discardableResult
    func waitForScreen(_ what: String, seconds: Double = 5, _ condition: (String) -> Bool) throws -> String {
        var last = ""
        do {
            return try Poll.until(what, seconds: seconds) { () -> String? in
                last = try screen()
                return condition(last) ? last : nil
            }
        } catch let timeout as Poll.Timeout {
            throw Poll.Timeout(description: "\(timeout.description); last screen:\n\(last)")
        }
    }

    /// Waits until the screen shows `text`.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 5) throws -> String {
        try waitForScreen("“\(text)” on screen", seconds: seconds) { $0.contains(text) }
    }

    /// The program's exit status, once it has ended.
    func waitForExitStatus(seconds: Double = 5) throws -> Int32 {
        try Poll.until("the program to exit", seconds: seconds) { () -> Int32? in
            guard let text = try? String(contentsOfFile: statusFile, encoding: .utf8) else { return nil }
            return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    /// The process id of the program the wrapper shell started.
    func programPID() throws -> pid_t {
        let shell = try value("#{pane_pid}")
        return try Poll.until("the program to start") { () -> pid_t? in
            let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
            return children.split(separator: " ").first.flatMap { pid_t($0) }
        }
    }

    // MARK: - Running tmux

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        try Tmux.run(["-u", "-L", socket, "-f", "/dev/null"] + arguments)
    }
}

/// Finding and running the tmux program.
enum Tmux {
    static let path: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs tmux and returns its standard output.
    ///
    /// Not through Foundation's `Process`: the first command starts the tmux server, which
    /// inherits the client's descriptors, and `Process` (like the test runner reading our output)
    /// waits for descriptors the server would hold open for as long as it lives. So tmux starts
    /// with `posix_spawn`, every descriptor above 2 closed, its output in files.
    static func run(_ arguments: [String]) throws -> String {
        guard let path else { throw Failure(description: "tmux is not installed") }
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(UUID().uuidString)").path
        let outputPath = base + ".out", errorPath = base + ".err"
        defer {
            unlink(outputPath)
            unlink(errorPath)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // Swift does not import posix_spawn_file_actions_addclosefrom_np; close what is open now
        // (glibc ignores a close action on a descriptor closed meanwhile).
        for descriptor in openDescriptors() where descriptor > 2 {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }
        let variables = ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" }
        var argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = variables.map { strdup($0) } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        // Tests run on worker threads that block most signals, and a spawned program inherits
        // the mask: a tmux server (and every shell in its panes) would then ignore SIGTERM and
        // SIGHUP, so `kill-server` could never end it. Start tmux with nothing blocked.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var pid = pid_t()
        let spawned = posix_spawn(&pid, path, &actions, &attributes, &argv, &envp)
        guard spawned == 0 else { throw Failure(description: "cannot start tmux: \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        // Exited normally with status 0 (the WIFEXITED/WEXITSTATUS macros, spelled out).
        guard status & 0x7F == 0, (status >> 8) & 0xFF == 0 else {
            let errors = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
            throw Failure(description: "tmux \(arguments.joined(separator: " ")): \(errors)")
        }
        return output
    }

    private static func openDescriptors() -> [Int32] {
        ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []).compactMap { Int32($0) }
    }
}
