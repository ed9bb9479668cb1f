import Foundation
import Testing

/// `kill -9` while the reader writes state as fast as keys arrive (issue #6 item 5): the
/// database survives whole, loses at most the write in flight, and the library is untouched.
@Suite("kill -9 during state writes", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct KillDuringWritesTests {
    static let articleCount = 300

    /// Articles a000 (newest) … a299 (oldest), so the library lists them in that order.
    private func makeLibrary(in folder: TemporaryFolder) throws -> String {
        let root = try folder.subfolder("library")
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        for index in 0..<Self.articleCount {
            let date = ISO8601DateFormatter().string(from: start.addingTimeInterval(Double(-index) * 3600))
            let text = "---\ntitle: 第\(index)篇\ndate: \(date)\n---\n\n正文。\n"
            try Data(text.utf8).write(to: URL(fileURLWithPath: root).appendingPathComponent(String(format: "a%03d.md", index)))
        }
        return root
    }

    /// Name, size and modification time of everything under `root`.
    private func fingerprint(_ root: String) throws -> [String] {
        let manager = FileManager.default
        return try manager.subpathsOfDirectory(atPath: root).sorted().map { path in
            let attributes = try manager.attributesOfItem(atPath: root + "/" + path)
            return "\(path) \(attributes[.size] ?? 0) \((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)"
        }
    }

    private func sqlite(_ database: String, _ sql: String) throws -> String {
        try ProgramOutput.run(["/usr/bin/sqlite3", database, sql]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test("stars written one per key, killed mid-burst: the database is intact and the stars are a prefix")
    func killMidBurst() throws {
        let environment = try ReaderEnvironment()
        let library = try makeLibrary(in: environment.folder)
        let before = try fingerprint(library)
        let session = try TmuxSession(command: [ReaderEnvironment.binary, "--library", library],
                                      environment: environment.variables, folder: environment.folder)
        defer { session.close() }
        try session.waitFor("第0篇")
        let database = environment.variables["XDG_DATA_HOME"]! + "/newsreader/state.sqlite"

        // Star, move down; star, move down; … each star is one transaction.
        try session.type(String(repeating: "sj", count: Self.articleCount))
        // Kill once some stars are on disk, while more keys are still waiting.
        _ = try Poll.until("the first stars to be written", seconds: 20) { () -> Int? in
            let count = Int((try? sqlite(database, "SELECT count(*) FROM star")) ?? "") ?? 0
            return count >= 10 ? count : nil
        }
        kill(try session.programPID(), SIGKILL)
        #expect(try session.waitForExitStatus() == 128 + SIGKILL)

        #expect(try sqlite(database, "PRAGMA integrity_check") == "ok")
        let starred = try sqlite(database, "SELECT article FROM star ORDER BY article")
            .split(separator: "\n").map(String.init)
        // Writes are applied in key order, one transaction each: what survived is the first n
        // stars with no gap, never a later star without an earlier one.
        #expect(starred == (0..<starred.count).map { String(format: "a%03d", $0) })
        #expect(starred.count >= 10 && starred.count < Self.articleCount, "\(starred.count) stars survived")

        // The next run opens the same file without moving it aside, and sees the stars.
        let listed = try CLIListing.starred(library: library, environment: environment.variables)
        #expect(listed == starred)
        let dataFolder = environment.variables["XDG_DATA_HOME"]! + "/newsreader"
        #expect(try FileManager.default.contentsOfDirectory(atPath: dataFolder).allSatisfy { !$0.contains("corrupt") })
        // The library folder was only read.
        #expect(try fingerprint(library) == before)
    }
}

/// `newsreader list --starred --json` run directly, for its article ids.
enum CLIListing {
    static func starred(library: String, environment: [String: String]) throws -> [String] {
        let output = try ProgramOutput.run([ReaderEnvironment.binary, "list", "--starred", "--json", "--library", library],
                                           environment: environment)
        let rows = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]] ?? []
        return rows.compactMap { $0["id"] as? String }.sorted()
    }
}

/// Runs a short-lived program and returns its standard output.
enum ProgramOutput {
    static func run(_ arguments: [String], environment: [String: String]? = nil) throws -> String {
        String(decoding: try capture(arguments, environment: environment).standardOutput, as: UTF8.self)
    }

    /// Its exit status, standard output and standard error.
    static func capture(_ arguments: [String], environment: [String: String]? = nil) throws
        -> (status: Int32, standardOutput: Data, standardError: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        if let environment { process.environment = environment }
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let warned = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, data, warned)
    }
}
