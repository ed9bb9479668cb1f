import Foundation
import Testing

/// `show --color always` styles text with the reader's theme, so `[theme]` changes both.
@Suite("show --color always takes its look from the configured theme")
struct ShowThemeTests {
    /// One article with a footnote marker, and a configuration file beside it (not an article:
    /// only Markdown files are).
    private static let files = [
        "a.md": "---\ntitle: 主题\ndate: 2025-01-01\n---\n\n正文[^1]。\n\n[^1]: 来源。\n",
        "config.toml": "[theme]\nmarker = \"underline green\"\n",
    ]

    /// `text` without its SGR sequences.
    private static func unstyled(_ text: String) -> String {
        text.replacing(/\x{1B}\[[0-9;]*m/, with: "")
    }

    @Test("a custom marker style in [theme] restyles the footnote marker, and only the styling")
    func customThemeRestylesShow() throws {
        let library = try CLILibrary(files: Self.files)
        let arguments = ["show", "a", "--width", "40", "--color", "always", "--library", library.path]
        let standard = try CLIRunner.run(arguments)
        let custom = try CLIRunner.run(arguments + ["--config", library.root.appendingPathComponent("config.toml").path])
        #expect(standard.status == 0 && custom.status == 0)
        // The default theme draws markers bold magenta, as the reader does; the custom one underlined green.
        #expect(standard.stdout.contains("\u{1B}[1;35m[1]\u{1B}[0m"))
        #expect(custom.stdout.contains("\u{1B}[4;32m[1]\u{1B}[0m"))
        #expect(!custom.stdout.contains("\u{1B}[1;35m"))
        #expect(Self.unstyled(standard.stdout) == Self.unstyled(custom.stdout))
    }

    @Test("the mono theme prints attributes without colours")
    func monoThemeHasNoColours() throws {
        let library = try CLILibrary(files: ["a.md": Self.files["a.md"]!, "config.toml": "theme = \"mono\"\n"])
        let output = try CLIRunner.run(["show", "a", "--color", "always", "--library", library.path,
                                        "--config", library.root.appendingPathComponent("config.toml").path])
        #expect(output.status == 0)
        #expect(output.stdout.contains("\u{1B}[1m[1]\u{1B}[0m"))
        #expect(!output.stdout.contains(/\x{1B}\[[0-9;]*3[0-9]m/))
    }
}
