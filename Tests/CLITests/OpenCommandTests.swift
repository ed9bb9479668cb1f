import Foundation
import Testing

/// `newsreader open ARTICLE LABEL` (issue #6): the reader's link policy, from the command line.
@Suite("open command")
struct OpenCommandTests {
    static let hostileURL = "https://example.com/$(touch x)/`touch y`?q=a;b&c=|d#frag"

    static let article = """
        ---
        title: 链接测试
        date: 2025-03-01
        ---

        正文[^1]，另见[^2][^3][^4][^5][^Ab]。

        ## 引用

        [^1]: [报道](<\(hostileURL)>)·新华社·（2025-02-01）·检索日期2025-03-01
        [^2]: [脚本](javascript:alert(1))·某站
        [^3]: [本地](file:///etc/passwd)·某站
        [^4]: [相对](../other.md)·某站
        [^5]: 没有链接的引用·某站
        [^Ab]: [信件](mailto:editor@example.com)·某站
        """

    /// Runs `newsreader open` with a recording opener, from a working folder of its own.
    private func open(_ arguments: [String], in folder: URL) throws -> (CLIRunner.Output, String) {
        let library = try CLILibrary(files: ["a.md": Self.article])
        let recorder = folder.appendingPathComponent("record-opener")
        let record = folder.appendingPathComponent("opened.txt")
        try Data("#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > '\(record.path).tmp'\nmv '\(record.path).tmp' '\(record.path)'\n".utf8)
            .write(to: recorder)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: recorder.path)
        let output = try CLIRunner.run(["open", "--library", library.path] + arguments,
                                       environment: ["NEWSREADER_OPENER": recorder.path, "BROWSER": "false"],
                                       workingDirectory: folder)
        // The opener runs detached: wait for its record, if it was started at all.
        var recorded = ""
        for _ in 0..<50 where output.status == 0 && !arguments.contains("--dry-run") {
            if let text = try? String(contentsOf: record, encoding: .utf8) { recorded = text; break }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return (output, recorded)
    }

    private func workingFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsreader-open-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("a URL with $(…), backticks, ; and | reaches the opener verbatim as one argument and runs nothing")
    func hostileURLIsOneArgument() throws {
        let folder = try workingFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (output, recorded) = try open(["a", "1"], in: folder)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(recorded == Self.hostileURL + "\n")
        #expect(output.stdout.contains("opened https://example.com/$(touch x)"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x").path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("y").path))
    }

    @Test("javascript:, file: and relative URLs are refused with status 1, naming the scheme, and start nothing",
          arguments: [("2", "javascript:"), ("3", "file:"), ("4", "has no scheme")])
    func refusals(label: String, named: String) throws {
        let folder = try workingFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (output, recorded) = try open(["a", label], in: folder)
        #expect(output.status == 1)
        #expect(output.stderr.contains("not opened"))
        #expect(output.stderr.contains(named))
        #expect(recorded.isEmpty)
        // The opener would run detached: give a wrongly started one time to leave its record.
        Thread.sleep(forTimeInterval: 1)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("opened.txt").path))
    }

    @Test("labels may be written 1, ^1 or [^1], in any letter case; mailto is opened")
    func labelSpellings() throws {
        let folder = try workingFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for label in ["^1", "[^1]"] {
            let (output, _) = try open(["a", label, "--dry-run"], in: folder)
            #expect(output.status == 0)
            #expect(output.stdout.hasPrefix("would open https://example.com/"))
        }
        let (mail, recorded) = try open(["a", "[^ab]"], in: folder)
        #expect(mail.status == 0, "\(mail.stderr)")
        #expect(recorded == "mailto:editor@example.com\n")
    }

    @Test("an unknown label or a citation without a URL is an error with status 2 that says which")
    func missing() throws {
        let folder = try workingFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (unknown, _) = try open(["a", "9"], in: folder)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no footnote [^9] in a.md"))
        #expect(unknown.stderr.contains("labels: 1, 2, 3, 4, 5, Ab"))
        let (bare, _) = try open(["a", "5"], in: folder)
        #expect(bare.status == 2)
        #expect(bare.stderr.contains("[^5] cites no URL"))
    }

    @Test("open --json reports the URL, whether it was opened, and the refusal")
    func json() throws {
        let folder = try workingFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (refused, _) = try open(["a", "3", "--json"], in: folder)
        #expect(refused.status == 1)
        let object = try #require(try refused.json() as? [String: Any])
        #expect(object["url"] as? String == "file:///etc/passwd")
        #expect(object["opened"] as? Bool == false)
        #expect((object["refusal"] as? String)?.contains("file:") == true)
        #expect(object["opener"] is NSNull)
    }
}
