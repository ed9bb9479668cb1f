import Foundation
import Testing

/// A folder under the system's temporary directory, removed when the value goes away.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("newsreader-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    var path: String { url.path }

    func subfolder(_ name: String) throws -> String {
        let folder = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.path
    }
}

/// A shell script that stands in for a browser: it writes each argument it got on its own line.
struct RecordingOpener {
    let path: String
    let recordPath: String

    init(in folder: TemporaryFolder) throws {
        path = folder.url.appendingPathComponent("record-opener").path
        recordPath = folder.url.appendingPathComponent("opened.txt").path
        // Written to a temporary name and renamed, so a reader never sees half a record.
        let script = """
            #!/bin/sh
            for argument in "$@"; do printf '%s\\n' "$argument"; done > '\(recordPath).tmp'
            mv '\(recordPath).tmp' '\(recordPath)'
            """
        try Data(script.utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
    }

    /// How to run it: through `/bin/sh`, so the fresh script file is read rather than executed
    /// (exec of a file that another test's fork still holds open for writing fails: ETXTBSY).
    var command: [String] { ["/bin/sh", path] }

    /// The arguments of the last run, or nil before the first.
    func recordedArguments() -> [String]? {
        guard let text = try? String(contentsOfFile: recordPath, encoding: .utf8) else { return nil }
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }
}

/// Waiting for something outside the test (a process, a terminal) without fixed sleeps.
enum Poll {
    struct Timeout: Error, CustomStringConvertible {
        var description: String
    }

    /// Calls `probe` every 20 ms until it returns a value, or fails after `seconds`.
    static func until<Value>(_ what: String, seconds: Double = 5, _ probe: () throws -> Value?) throws -> Value {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            if let value = try probe() { return value }
            if Date() > deadline { throw Timeout(description: "timed out after \(seconds) s waiting for \(what)") }
            usleep(20_000)
        }
    }
}
