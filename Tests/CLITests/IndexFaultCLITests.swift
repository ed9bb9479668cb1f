import Foundation
import Testing

/// Faults around the index that a user meets on a real machine (issue 16): a cache on a full disk,
/// and two processes building the index of one library at once. Each must end in the full list and
/// a clear message, never a crash, a partial list or an index that stays broken.
@Suite("Index faults: a full disk, two processes at once")
struct IndexFaultCLITests {
    /// Forty articles of about 6 KB each: far more index than the file size limit below allows.
    private static func makeLibrary() throws -> CLILibrary {
        var files: [String: String] = [:]
        let phrases = ["数据中心的电力需求", "芯片出口管制", "储能电站", "开源模型", "算力租赁市场", "光伏组件价格"]
        for number in 0..<40 {
            let body = (0..<120).map { phrases[($0 + number) % phrases.count] + "在第\($0)段里被提到。" }.joined()
            files["2025/\(number).md"] = """
                ---
                title: 第\(number)篇 \(phrases[number % phrases.count])
                date: 2025-03-\(String(format: "%02d", number % 28 + 1))T08:00:00+08:00
                tags: [能源]
                ---

                \(body)
                """
        }
        return try CLILibrary(files: files)
    }

    private static func temporaryXDG() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("newsreader-fault-cli-\(UUID().uuidString)")
    }

    private static func environment(_ xdg: URL) -> [String: String] {
        ["XDG_CACHE_HOME": xdg.appendingPathComponent("cache").path, "XDG_DATA_HOME": xdg.appendingPathComponent("data").path,
         "XDG_CONFIG_HOME": xdg.appendingPathComponent("config").path]
    }

    /// `newsreader arguments…` with no file allowed to grow past `kibibytes` (RLIMIT_FSIZE): a
    /// write beyond it fails as on a full disk. SIGXFSZ is ignored, as the shell's `trap` passes
    /// on, so the write returns an error instead of killing the process.
    private static func runOnFullDisk(_ arguments: [String], kibibytes: Int, xdg: URL) throws -> CLIRunner.Output {
        let script = "trap '' XFSZ; ulimit -f \(kibibytes); exec \"$0\" \"$@\""
        return try CLIRunner.run(["-c", script, CLIRunner.binary.path] + arguments, environment: environment(xdg),
                                 executable: URL(fileURLWithPath: "/bin/bash"))
    }

    @Test("a cache on a full disk: every article is still listed and found, and stderr says the index is kept in memory")
    func fullDisk() throws {
        let library = try Self.makeLibrary(), full = Self.temporaryXDG(), roomy = Self.temporaryXDG()
        defer { for xdg in [full, roomy] { try? FileManager.default.removeItem(at: xdg) } }
        let expectedList = try CLIRunner.run(["list", "--library", library.path], environment: Self.environment(roomy))
        let expectedSearch = try CLIRunner.run(["search", "储能", "--library", library.path], environment: Self.environment(roomy))
        #expect(expectedList.stdout.split(separator: "\n").count == 40)

        let list = try Self.runOnFullDisk(["list", "--library", library.path], kibibytes: 64, xdg: full)
        #expect(list.status == 0)
        #expect(list.stdout == expectedList.stdout)
        #expect(list.stderr.contains("index kept in memory"))
        #expect(list.stderr.contains(full.path), "the message names the index file")

        let search = try Self.runOnFullDisk(["search", "储能", "--library", library.path], kibibytes: 64, xdg: full)
        #expect(search.status == 0)
        #expect(search.stdout == expectedSearch.stdout)

        // `check` names it among the library's problems, as the reader's `!` screen does.
        let check = try Self.runOnFullDisk(["check", "--library", library.path], kibibytes: 64, xdg: full)
        #expect(check.stdout.contains("index.sqlite: warning:"))
    }

    @Test("an index a full disk cut short at any point is never left broken: with room again, the same list and hits")
    func fullDiskThenRoom() throws {
        let library = try Self.makeLibrary(), roomy = Self.temporaryXDG()
        defer { try? FileManager.default.removeItem(at: roomy) }
        let expectedList = try CLIRunner.run(["list", "--library", library.path], environment: Self.environment(roomy))
        let expectedSearch = try CLIRunner.run(["search", "开源模型", "--library", library.path], environment: Self.environment(roomy))
        for kibibytes in [16, 96, 192, 384] {
            let xdg = Self.temporaryXDG()
            defer { try? FileManager.default.removeItem(at: xdg) }
            let cut = try Self.runOnFullDisk(["search", "开源模型", "--library", library.path], kibibytes: kibibytes, xdg: xdg)
            #expect(cut.status == 0, "limit \(kibibytes) KiB: \(cut.stderr)")
            #expect(cut.stdout == expectedSearch.stdout, "limit \(kibibytes) KiB")
            let list = try CLIRunner.run(["list", "--library", library.path], environment: Self.environment(xdg))
            #expect(list.stdout == expectedList.stdout, "limit \(kibibytes) KiB")
            #expect(!list.stderr.contains("kept in memory"), "limit \(kibibytes) KiB: \(list.stderr)")
            let search = try CLIRunner.run(["search", "开源模型", "--library", library.path], environment: Self.environment(xdg))
            #expect(search.stdout == expectedSearch.stdout, "limit \(kibibytes) KiB")
        }
    }

    @Test("two processes building one library's index at once both list every article; the next finds it built")
    func twoProcessesAtOnce() throws {
        let library = try Self.makeLibrary(), xdg = Self.temporaryXDG()
        defer { try? FileManager.default.removeItem(at: xdg) }
        let outputs = try [0, 1].map { _ in
            try BackgroundRun(["list", "--json", "--library", library.path], environment: Self.environment(xdg))
        }.map { $0.finish() }
        for output in outputs {
            #expect(output.status == 0, "\(output.stderr)")
            let listed = try #require(try output.json() as? [[String: Any]])
            #expect(listed.count == 40)
        }
        #expect(outputs[0].stdout == outputs[1].stdout)
        let reindexed = try CLIRunner.run(["reindex", "--library", library.path], environment: Self.environment(xdg))
        #expect(reindexed.stdout.contains("articles: 40"))
        let later = try CLIRunner.run(["list", "--json", "--library", library.path], environment: Self.environment(xdg))
        #expect(later.stdout == outputs[0].stdout)
        #expect(later.stderr.isEmpty)
    }
}

/// A `newsreader` started now and collected later, so two can run at once.
private final class BackgroundRun: @unchecked Sendable {
    // @unchecked: the two Data are written by the reading block only, and read after `reading` is waited for.
    private let process = Process()
    private let stdout = Pipe(), stderr = Pipe()
    private var outData = Data(), errData = Data()
    private let reading = DispatchGroup()

    init(_ arguments: [String], environment: [String: String]) throws {
        process.executableURL = CLIRunner.binary
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Both pipes drained while it runs, so a large output cannot block it.
        reading.enter()
        DispatchQueue.global().async { [self] in
            outData = stdout.fileHandleForReading.readDataToEndOfFile()
            errData = stderr.fileHandleForReading.readDataToEndOfFile()
            reading.leave()
        }
    }

    func finish() -> CLIRunner.Output {
        reading.wait()
        process.waitUntilExit()
        return CLIRunner.Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                                stderr: String(decoding: errData, as: UTF8.self))
    }
}
