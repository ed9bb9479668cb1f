import Foundation
import Testing

/// The printing commands style their text with the reader's theme, so `theme` and `[theme]`
/// restyle `list`, `tags`, `topics`, `links`, `check` and `search` as they restyle the reader.
@Suite("The printing commands take their look from the configured theme")
struct CommandThemeTests {
    private static let article = """
        ---
        title: 标题
        date: 2025-01-01
        tags: [芯片]
        main_topics: [科技]
        ---

        正文[^1]。

        [^1]: [来源](https://example.com/a)。

        """

    /// A style for each role the commands use, none of them the default theme's.
    private static let customTheme = """
        [theme]
        tag = "underline green"
        topic = "red"
        marker = "italic"
        match = "reverse"
        dim = "bold"
        error = "underline"

        """

    /// `text` without its SGR sequences.
    private static func unstyled(_ text: String) -> String {
        text.replacing(/\x{1B}\[[0-9;]*m/, with: "")
    }

    @Test("a custom [theme] restyles list --color always; --color never prints the same text with either theme")
    func customThemeRestylesList() throws {
        let library = try CLILibrary(files: ["a.md": Self.article, "config.toml": Self.customTheme])
        let config = ["--config", library.root.appendingPathComponent("config.toml").path]
        let arguments = ["list", "--library", library.path]
        let standard = try CLIRunner.run(arguments + ["--color", "always"])
        let custom = try CLIRunner.run(arguments + ["--color", "always"] + config)
        #expect(standard.status == 0 && custom.status == 0)
        // The default theme: dates dim, tags cyan. The custom one: dates bold, tags underlined green.
        #expect(standard.stdout == "\u{1B}[2m2025-01-01\u{1B}[0m  标题  \u{1B}[36m#芯片\u{1B}[0m\n")
        #expect(custom.stdout == "\u{1B}[1m2025-01-01\u{1B}[0m  标题  \u{1B}[4;32m#芯片\u{1B}[0m\n")
        let plain = try CLIRunner.run(arguments + ["--color", "never"])
        let plainCustom = try CLIRunner.run(arguments + ["--color", "never"] + config)
        #expect(plain.stdout == "2025-01-01  标题  #芯片\n")
        #expect(plainCustom.stdout == plain.stdout)
        #expect(Self.unstyled(custom.stdout) == plain.stdout)
    }

    /// A command, how the default theme styles one piece of its output, how the custom one does.
    struct Case: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var standard: String
        var custom: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let cases: [Case] = [
        Case(arguments: ["tags"], standard: "\u{1B}[36m芯片\u{1B}[0m", custom: "\u{1B}[4;32m芯片\u{1B}[0m"),
        Case(arguments: ["topics"], standard: "\u{1B}[32m科技\u{1B}[0m", custom: "\u{1B}[31m科技\u{1B}[0m"),
        Case(arguments: ["links", "a"], standard: "\u{1B}[1;35m[1]\u{1B}[0m", custom: "\u{1B}[3m[1]\u{1B}[0m"),
        Case(arguments: ["search", "正文"], standard: "\u{1B}[30;43m正文\u{1B}[0m", custom: "\u{1B}[7m正文\u{1B}[0m"),
        Case(arguments: ["check"], standard: "\u{1B}[1;31merror\u{1B}[0m", custom: "\u{1B}[4merror\u{1B}[0m"),
    ]

    @Test("a custom [theme] restyles the other printing commands, and only their styling", arguments: cases)
    func customThemeRestyles(_ testCase: Case) throws {
        // `b.md` never closes its front matter: an error for `check` to report.
        let library = try CLILibrary(files: ["a.md": Self.article, "b.md": "---\ntitle: 坏\n", "config.toml": Self.customTheme])
        let arguments = testCase.arguments + ["--color", "always", "--library", library.path]
        let standard = try CLIRunner.run(arguments)
        let custom = try CLIRunner.run(arguments + ["--config", library.root.appendingPathComponent("config.toml").path])
        #expect(standard.stdout.contains(testCase.standard))
        #expect(custom.stdout.contains(testCase.custom))
        #expect(!custom.stdout.contains(testCase.standard))
        #expect(Self.unstyled(standard.stdout) == Self.unstyled(custom.stdout))
        #expect(standard.status == custom.status)
    }
}
