import Foundation
import Testing

/// The printing commands on a library full of escape sequences (issue #6, "Terminal safety"):
/// nothing they print, on stdout or stderr, text or JSON, can act on a terminal.
@Suite("Printing commands never pass an article's control sequences to the terminal")
struct TerminalSafetyCLITests {
    /// What a terminal could act on: C0 controls but the newline, DEL, C1 controls, bidi
    /// controls (Bidi_Control, UAX #9), line and paragraph separators.
    static func unsafeScalars(in text: String, allowingSGR: Bool = false) -> [Unicode.Scalar] {
        // `--color always` adds SGR attributes (ESC [ digits ; m) and nothing else.
        let checked = allowingSGR ? text.replacing(/\x{1B}\[[0-9;]*m/, with: "") : text
        return checked.unicodeScalars.filter { scalar in
            switch scalar.value {
            case 0x0A: return false
            case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: return true
            default: return scalar.properties.isBidiControl
            }
        }
    }

    /// A command, what it must print (the markers in place of the controls), whether SGR is allowed.
    struct Case: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var shows: [String]
        var status: Int32 = 0
        var styled = false
        var testDescription: String { arguments.joined(separator: " ").debugDescription }
    }

    static let shownTitle = "恶意标题␛]0;pwned␇可见␛[2J\u{FFFD}31m\u{FFFD}尾"

    static let textCases: [Case] = [
        Case(arguments: ["list"], shows: [shownTitle, "#标签␛[31m", "esc␛]0;file␇"]),
        Case(arguments: ["show", "2025/hostile", "--color", "never"],
             shows: [shownTitle, "摘要␛]52;c;cHduZWQ=␇结束", "主题␛P1;2|q␛\\", "小节␛[1;31m标题",
                     "正文␛]0;pwned␇第二␛[2J段落\u{FFFD}31m\u{FFFD}反转\u{FFFD}", "code␛[5m", "code␛[2J block␛]0;code␇",
                     "[n␛P1q]", "引文␛c\u{FFFD}2J标题", "https://example.com/\u{FFFD}2J/\u{FFFD}evil", "媒体␛[5m"]),
        Case(arguments: ["show", "2025/hostile", "--color", "always"], shows: ["␛]0;pwned␇"], styled: true),
        Case(arguments: ["links", "2025/hostile"],
             shows: ["[n␛P1q] 引文␛c\u{FFFD}2J标题", "媒体␛[5m · 作者\u{FFFD}", "https://example.com/\u{FFFD}2J/\u{FFFD}evil"]),
        Case(arguments: ["check"], shows: ["2025/esc␛]0;file␇.md: warning", "2025/new␊line.md: warning"]),
        Case(arguments: ["search", "正文"], shows: [shownTitle, "␛]0;pwned␇"]),
        Case(arguments: ["search", "第二", "--color", "always"], shows: ["␛]0;pwned␇"], styled: true),
        Case(arguments: ["tags"], shows: ["1  标签␛[31m", "1  \u{FFFD}隔离\u{FFFD}"]),
        Case(arguments: ["topics"], shows: ["1  主题␛P1;2|q␛\\"]),
        Case(arguments: ["reindex"], shows: ["articles: 3"]),
        Case(arguments: ["show", HostileLibrary.escapedName, "--color", "never"], shows: ["esc␛]0;file␇", "正文␛]0;pwned␇。"]),
        Case(arguments: ["show", "no\u{1B}]0;x\u{07}such"], shows: ["newsreader: no article 'no␛]0;x␇such'"], status: 2),
        Case(arguments: ["links", "gone\n\u{1B}[2Jname"], shows: ["newsreader: no article 'gone␊␛[2Jname'"], status: 2),
    ]

    @Test("text output and messages hold no control byte and show markers instead", arguments: textCases)
    func textOutputIsSafe(testCase: Case) throws {
        let library = try HostileLibrary.make()
        let output = try RawOutput.run(testCase.arguments + ["--library", library.path])
        #expect(output.status == testCase.status)
        let stdout = try #require(output.text, "stdout is not UTF-8")
        let stderr = try #require(output.errorText, "stderr is not UTF-8")
        #expect(Self.unsafeScalars(in: stdout, allowingSGR: testCase.styled).isEmpty, "\(stdout.debugDescription)")
        #expect(Self.unsafeScalars(in: stderr).isEmpty, "\(stderr.debugDescription)")
        #expect(!output.stdout.contains(0x07) && !output.stderr.contains(0x07) && !output.stderr.contains(0x1B))
        for shown in testCase.shows {
            #expect((stdout + stderr).contains(shown), "missing \(shown.debugDescription)")
        }
    }

    static let jsonCommands: [[String]] = [
        ["list", "--json"], ["links", "2025/hostile", "--json"], ["check", "--json"], ["search", "正文", "--json"],
        ["tags", "--json"], ["topics", "--json"],
    ]

    @Test("--json escapes every control, C1, DEL and bidi character as \\u", arguments: jsonCommands)
    func jsonBytesAreSafe(arguments: [String]) throws {
        let library = try HostileLibrary.make()
        let output = try RawOutput.run(arguments + ["--library", library.path])
        let json = try #require(output.text)
        #expect(Self.unsafeScalars(in: json).isEmpty, "\(json.debugDescription)")
        #expect(!output.stdout.contains(0x1B) && !output.stdout.contains(0x07))
        #expect(json.contains("\\u001b"))
        _ = try JSONSerialization.jsonObject(with: output.stdout)
    }

    @Test("list --json and search --json decode to the article's exact strings, file names included")
    func listAndSearchJSONKeepData() throws {
        let library = try HostileLibrary.make()
        let list = try #require(try JSONSerialization.jsonObject(with: RawOutput.run(["list", "--json", "--library", library.path]).stdout)
            as? [[String: Any]])
        let hostile = try #require(list.first { $0["id"] as? String == "2025/hostile" })
        #expect(hostile["title"] as? String == HostileLibrary.title)
        #expect(hostile["summary"] as? String == HostileLibrary.summary)
        #expect(hostile["tags"] as? [String] == HostileLibrary.tags)
        #expect(hostile["topics"] as? [String] == [HostileLibrary.topic])
        let ids = Set(list.compactMap { $0["id"] as? String })
        #expect(ids == ["2025/hostile", HostileLibrary.escapedName, HostileLibrary.newlineName])
        #expect(list.contains { $0["path"] as? String == HostileLibrary.escapedName + ".md" })

        let search = try #require(try JSONSerialization.jsonObject(
            with: RawOutput.run(["search", "可见", "--json", "--library", library.path]).stdout) as? [[String: Any]])
        #expect(search.first?["title"] as? String == HostileLibrary.title)
    }

    @Test("links, check, tags and topics --json decode to the exact strings")
    func otherJSONKeepsData() throws {
        let library = try HostileLibrary.make()
        func json(_ arguments: [String]) throws -> Any {
            try JSONSerialization.jsonObject(with: RawOutput.run(arguments + ["--json", "--library", library.path]).stdout)
        }
        let links = try #require(try json(["links", "2025/hostile"]) as? [[String: Any]])
        try #require(links.count == 1)
        #expect(links[0]["label"] as? String == HostileLibrary.label)
        #expect(links[0]["title"] as? String == HostileLibrary.citationTitle)
        #expect(links[0]["url"] as? String == HostileLibrary.citationURL)
        #expect(links[0]["outlet"] as? String == "媒体\u{1B}[5m")
        #expect(links[0]["author"] as? String == "作者\u{2067}")

        let check = try #require(try json(["check"]) as? [String: Any])
        let paths = Set((check["problems"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String })
        #expect(paths.isSuperset(of: [HostileLibrary.escapedName + ".md", HostileLibrary.newlineName + ".md"]))

        let tags = try #require(try json(["tags"]) as? [[String: Any]])
        #expect(Set(tags.compactMap { $0["name"] as? String }) == Set(HostileLibrary.tags))
        let topics = try #require(try json(["topics"]) as? [[String: Any]])
        #expect(topics.compactMap { $0["name"] as? String } == [HostileLibrary.topic])
    }
}
