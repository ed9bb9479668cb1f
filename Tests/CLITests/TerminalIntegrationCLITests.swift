import Foundation
import Testing

/// `show --hyperlinks` (OSC 8), `--color` on the printing commands, `--ambiguous-width` and
/// `--line-break` (issue #7).
@Suite("Terminal integration on the command line")
struct TerminalIntegrationCLITests {
    static let article = """
        ---
        title: 链接
        date: 2025-03-01
        tags: [芯片]
        main_topics: [产业]
        ---

        据[新华社报道](https://example.com/新闻?id=1)，“数据”显示增长[^1]。

        “一”“二”“三”“四”“五”“六”“七”“八”

        ## 引用

        [^1]: [报道](https://example.org/a)·新华社·（2025-02-01）·检索日期2025-03-01
        """

    private func run(_ arguments: [String], environment: [String: String] = [:]) throws -> CLIRunner.Output {
        let library = try CLILibrary(files: ["a.md": Self.article])
        return try CLIRunner.run(arguments + ["--library", library.path], environment: environment)
    }

    @Test("show --hyperlinks wraps link text and footnote markers in OSC 8, the URL percent-encoded")
    func hyperlinks() throws {
        let output = try run(["show", "a", "--hyperlinks", "--color", "never", "--width", "60"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("\u{1B}]8;;https://example.com/%E6%96%B0%E9%97%BB?id=1\u{1B}\\新华社报道\u{1B}]8;;\u{1B}\\"))
        #expect(output.stdout.contains("\u{1B}]8;;https://example.org/a\u{1B}\\[1]\u{1B}]8;;\u{1B}\\"))
        let plain = try run(["show", "a", "--color", "never", "--width", "60"])
        #expect(!plain.stdout.contains("\u{1B}"))
    }

    @Test("adjacent footnote markers and adjacent links each link to their own URL")
    func adjacentTargets() throws {
        let library = try CLILibrary(files: ["b.md": """
            ---
            title: 相邻
            date: 2025-03-01
            ---

            见[甲](https://a.example/1)[乙](https://b.example/2)，增长[^1][^2]。

            [^1]: [一](https://one.example/)·甲社
            [^2]: [二](https://two.example/)·乙社
            """])
        let output = try CLIRunner.run(["show", "b", "--hyperlinks", "--color", "never", "--width", "60", "--library", library.path])
        func link(_ text: String, _ url: String) -> String { "\u{1B}]8;;\(url)\u{1B}\\\(text)\u{1B}]8;;\u{1B}\\" }
        #expect(output.stdout.contains(link("甲", "https://a.example/1") + link("乙", "https://b.example/2")), "\(output.stdout.debugDescription)")
        #expect(output.stdout.contains(link("[1]", "https://one.example/") + link("[2]", "https://two.example/")))
    }

    @Test("a link wrapped over two lines is one hyperlink on both")
    func wrappedLink() throws {
        let output = try run(["show", "a", "--hyperlinks", "--color", "never", "--width", "12"])
        let opened = output.stdout.components(separatedBy: "\u{1B}]8;;https://example.com/%E6%96%B0%E9%97%BB?id=1\u{1B}\\").count - 1
        #expect(opened >= 2, "\(output.stdout.debugDescription)")
    }

    @Test("--color always styles list, tags, topics, links, check, search and show; never and a pipe do not",
          arguments: [["list"], ["tags"], ["topics"], ["links", "a"], ["search", "数据"], ["show", "a"]])
    func colorFlag(command: [String]) throws {
        let always = try run(command + ["--color", "always"])
        #expect(always.status == 0, "\(always.stderr)")
        #expect(always.stdout.contains("\u{1B}["), "\(command)")
        let never = try run(command + ["--color", "never"])
        #expect(!never.stdout.contains("\u{1B}"))
        let piped = try run(command)
        #expect(!piped.stdout.contains("\u{1B}"))
        // An explicit --color always wins over NO_COLOR (no-color.org allows it).
        let explicit = try run(command + ["--color", "always"], environment: ["NO_COLOR": "1"])
        #expect(explicit.stdout.contains("\u{1B}["))
    }

    @Test("--ambiguous-width 2 counts “ ” as two columns, so no line grows past the width on a CJK terminal")
    func ambiguousWidth() throws {
        let narrow = try run(["show", "a", "--color", "never", "--width", "16"])
        let wide = try run(["show", "a", "--color", "never", "--width", "16", "--ambiguous-width", "2"])
        #expect(narrow.stdout != wide.stdout)
        // Counted as a terminal with wide ambiguous characters draws them: “ ” and CJK two columns.
        for line in wide.stdout.split(separator: "\n") {
            let columns = line.unicodeScalars.reduce(0) { total, scalar in
                total + ([0x201C, 0x201D, 0x2014, 0x00B7].contains(scalar.value) || scalar.value >= 0x2E80 ? 2 : 1)
            }
            #expect(columns <= 16, "\(line)")
        }
        #expect(wide.stdout.contains("\n“一”“二”\n"))
        #expect(narrow.stdout.contains("\n“一”“二”“三”“四”\n"))
        // The rule under the header is ASCII then: box-drawing characters are ambiguous too.
        #expect(wide.stdout.contains("\n----------------\n"))
    }

    @Test("--line-break and --ambiguous-width refuse values they do not know")
    func badValues() throws {
        #expect(try run(["show", "a", "--line-break", "lax"]).status == 64)
        #expect(try run(["show", "a", "--ambiguous-width", "3"]).status == 64)
    }
}
