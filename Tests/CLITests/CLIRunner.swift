import Foundation

/// Runs the built `newsreader` binary and captures what it prints.
struct CLIRunner {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String

        /// Standard output parsed as JSON.
        func json() throws -> Any {
            try JSONSerialization.jsonObject(with: Data(stdout.utf8))
        }
    }

    /// The binary SwiftPM built next to this test bundle.
    static let binary: URL = {
        let candidates = [Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0])]
            .map { $0.deletingLastPathComponent().appendingPathComponent("newsreader") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }()

    /// One temporary XDG home shared by every test run (the same folder each time, so runs leave
    /// nothing behind; an index there is per library path and safe to share).
    static let temporaryXDG = FileManager.default.temporaryDirectory.appendingPathComponent("newsreader-cli-xdg")

    /// Runs `newsreader arguments…` with a clean environment plus `environment`, optionally in
    /// `workingDirectory` or through another `executable` (that is given the binary's path).
    static func run(_ arguments: [String], environment: [String: String] = [:],
                    workingDirectory: URL? = nil, executable: URL = binary) throws -> Output {
        let raw = try runRaw(arguments, environment: environment, workingDirectory: workingDirectory, executable: executable)
        return Output(status: raw.status, stdout: String(decoding: raw.stdout, as: UTF8.self),
                      stderr: String(decoding: raw.stderr, as: UTF8.self))
    }

    /// ``run(_:environment:workingDirectory:executable:)`` with the output kept as bytes.
    static func runRaw(_ arguments: [String], environment: [String: String] = [:],
                       workingDirectory: URL? = nil, executable: URL = binary) throws -> RawOutput {
        let process = Process()
        if let workingDirectory { process.currentDirectoryURL = workingDirectory }
        process.executableURL = executable
        process.arguments = arguments
        var base = ProcessInfo.processInfo.environment
        base.removeValue(forKey: "NEWSREADER_LIBRARY")
        base.removeValue(forKey: "NO_COLOR")
        // The index and state go to a temporary folder, never the user's ~/.cache or ~/.local.
        base["XDG_CACHE_HOME"] = temporaryXDG.appendingPathComponent("cache").path
        base["XDG_DATA_HOME"] = temporaryXDG.appendingPathComponent("data").path
        // No configuration file unless a test writes one: the user's own must not change results.
        base["XDG_CONFIG_HOME"] = temporaryXDG.appendingPathComponent("config").path
        process.environment = base.merging(environment) { $1 }
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes fully before waiting, so a large output cannot block the child.
        let outData = stdout.fileHandleForReading.readDataToEndOfFile()
        let errData = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return RawOutput(status: process.terminationStatus, stdout: outData, stderr: errData)
    }
}

/// A temporary library folder for CLI tests.
final class CLILibrary {
    let root: URL

    init(files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("newsreader-cli-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    var path: String { root.path }
}
