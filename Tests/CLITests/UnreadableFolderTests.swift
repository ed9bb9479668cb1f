import Foundation
import Testing

/// A folder the user may not read hides nothing else (issue #6 item 3). Root reads every
/// folder, so as root (CI) the commands run as `nobody` through `setpriv`.
@Suite("unreadable folder", .enabled(if: UnprivilegedRun.isPossible, "needs a non-root user or setpriv"))
struct UnreadableFolderTests {
    @Test("list shows every readable article, and check names the unreadable folder and why")
    func unreadableFolderIsReported() throws {
        let library = try CLILibrary(files: [
            "ok/a.md": "---\ntitle: 能读的文章\ndate: 2025-01-02\n---\n\n正文。\n",
            "secret/b.md": "---\ntitle: 读不到的文章\ndate: 2025-01-01\n---\n\n正文。\n",
            "c.md": "---\ntitle: 另一篇\ndate: 2025-01-03\n---\n\n正文。\n",
        ])
        let secret = library.root.appendingPathComponent("secret").path
        try UnprivilegedRun.makeTraversable(library.path)
        chmod(secret, 0)
        defer { chmod(secret, 0o755) }
        let xdg = try UnprivilegedRun.writableFolder()
        defer { try? FileManager.default.removeItem(atPath: xdg) }

        let list = try UnprivilegedRun.run(["list", "--json", "--library", library.path], xdg: xdg)
        #expect(list.status == 0, "\(list.stderr)")
        let rows = try #require(try list.json() as? [[String: Any]])
        #expect(rows.compactMap { $0["title"] as? String } == ["另一篇", "能读的文章"])

        let check = try UnprivilegedRun.run(["check", "--library", library.path], xdg: xdg)
        #expect(check.status == 1)
        #expect(check.stdout.contains("secret/: error: cannot read folder: Permission denied; its articles are missing"), "\(check.stdout)")
    }
}

/// Runs the binary as an unprivileged user: itself when not root, else `nobody` via `setpriv`.
enum UnprivilegedRun {
    static let setpriv = "/usr/bin/setpriv"
    static let nobody: UInt32 = 65534

    static var isPossible: Bool {
        getuid() != 0 || FileManager.default.isExecutableFile(atPath: setpriv)
    }

    /// A world-writable temporary folder for the index and state of an unprivileged run.
    static func writableFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("newsreader-nobody-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        chmod(path, 0o777)
        return path
    }

    /// Lets another user into `path` and everything under it (the test's own files only).
    static func makeTraversable(_ path: String) throws {
        chmod(path, 0o755)
        for child in try FileManager.default.subpathsOfDirectory(atPath: path) {
            chmod(path + "/" + child, 0o755)
        }
    }

    static func run(_ arguments: [String], xdg: String) throws -> CLIRunner.Output {
        let environment = ["XDG_CACHE_HOME": xdg + "/cache", "XDG_DATA_HOME": xdg + "/data"]
        guard getuid() == 0 else { return try CLIRunner.run(arguments, environment: environment) }
        let drop = ["--reuid", "\(nobody)", "--regid", "\(nobody)", "--clear-groups", CLIRunner.binary.path]
        return try CLIRunner.run(drop + arguments, environment: environment, executable: URL(fileURLWithPath: setpriv))
    }
}
