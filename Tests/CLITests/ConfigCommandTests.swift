import Foundation
import Testing

/// A library of one article and one draft, for the settings that change `list`.
private let libraryFiles: [String: String] = [
    "2025/06/scale.md": "---\ntitle: 数据中立性之争\ndate: 2025-06-25T09:10:04+08:00\ntags: [投资]\n---\n\n正文。\n",
    "2025/07/draft.md": "---\ntitle: 草稿\ndate: 2025-07-01\ndraft: true\n---\n\n未完成。\n",
]

/// A temporary `$XDG_CONFIG_HOME` holding `newsreader/config.toml` with `text`.
private final class ConfigHome {
    let root: URL
    var file: URL { root.appendingPathComponent("newsreader/config.toml") }
    var environment: [String: String] { ["XDG_CONFIG_HOME": root.path] }

    init(_ text: String?) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("newsreader-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        if let text { try Data(text.utf8).write(to: file) }
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }
}

@Suite("The config command and the config file in commands")
struct ConfigCommandTests {
    @Test("config --path prints $XDG_CONFIG_HOME/newsreader/config.toml, else ~/.config/…")
    func printsPath() throws {
        let xdg = try CLIRunner.run(["config", "--path"], environment: ["XDG_CONFIG_HOME": "/tmp/xdg-test"])
        #expect(xdg.stdout == "/tmp/xdg-test/newsreader/config.toml\n")
        let home = try CLIRunner.run(["config", "--path"], environment: ["XDG_CONFIG_HOME": "", "HOME": "/home/someone"])
        #expect(home.stdout == "/home/someone/.config/newsreader/config.toml\n")
        let explicit = try CLIRunner.run(["config", "--path", "--config", "/etc/nr.toml"])
        #expect(explicit.stdout == "/etc/nr.toml\n")
    }

    @Test("config --default passes config --check and changes nothing")
    func defaultRoundTrip() throws {
        let printed = try CLIRunner.run(["config", "--default"])
        #expect(printed.status == 0)
        #expect(printed.stdout.contains("#[keys.reader]"))
        let home = try ConfigHome(printed.stdout)
        let checked = try CLIRunner.run(["config", "--check", home.file.path])
        #expect(checked.status == 0)
        #expect(checked.stdout == "ok\n")
        #expect(checked.stderr.isEmpty)

        let library = try CLILibrary(files: libraryFiles)
        let plain = try CLIRunner.run(["list", "--library", library.path])
        let configured = try CLIRunner.run(["list", "--library", library.path], environment: home.environment)
        #expect(configured.stdout == plain.stdout)
    }

    @Test("config --check names the file, the line and the key of each error, exit status 2")
    func checkReportsErrors() throws {
        let home = try ConfigHome("show_drafts = true\n\n[keys.reader]\nquit = [\"q\", \"ctlr-c\"]\nline_break = \"x\"\n")
        let output = try CLIRunner.run(["config", "--check"], environment: home.environment)
        #expect(output.status == 2)
        #expect(output.stdout.isEmpty)
        let path = home.file.path
        #expect(output.stderr == """
            newsreader: \(path):4: keys.reader.quit: unknown key name "ctlr-c"
            newsreader: \(path):5: keys.reader.line_break: unknown action "line_break" \
            (reader actions: quit, quitNow, help, showProblems, toggleStar, toggleRead, scrollDown, scrollUp, \
            scrollPageDown, scrollPageUp, scrollToTop, scrollToBottom, selectNext, selectPrevious, followSelection, \
            jumpBack, openURL, copyURL, showLinks, showOutline, searchArticle, nextMatch, previousMatch, nextArticle, previousArticle, cancel)

            """)
    }

    @Test("config --check: TOML that aborts toml++ is an error with its line, never a crash")
    func checkSurvivesAbortingTOML() throws {
        let home = try ConfigHome("show_drafts = true\n[数据\n")
        let output = try CLIRunner.run(["config", "--check", home.file.path])
        #expect(output.status == 2)
        #expect(output.stderr.hasPrefix("newsreader: \(home.file.path):2: invalid TOML"))
    }

    @Test("config --check passes a file with warnings, and a missing default file")
    func checkWarningsAndMissing() throws {
        let home = try ConfigHome("colour = \"always\"\n")
        let output = try CLIRunner.run(["config", "--check"], environment: home.environment)
        #expect(output.status == 0)
        #expect(output.stdout == "ok\n")
        #expect(output.stderr == "newsreader: \(home.file.path):1: warning: colour: unknown setting, ignored\n")

        let empty = try ConfigHome(nil)
        let missing = try CLIRunner.run(["config", "--check"], environment: empty.environment)
        #expect(missing.status == 0)
        #expect(missing.stdout == "ok\n")
        let named = try CLIRunner.run(["config", "--check", empty.file.path])
        #expect(named.status == 2)
    }

    @Test("an invalid config file stops list with exit status 2; a warning lets it run")
    func invalidFileStopsCommands() throws {
        let library = try CLILibrary(files: libraryFiles)
        let bad = try ConfigHome("ambiguous_width = 3\n")
        let stopped = try CLIRunner.run(["list", "--library", library.path], environment: bad.environment)
        #expect(stopped.status == 2)
        #expect(stopped.stdout.isEmpty)
        #expect(stopped.stderr == "newsreader: \(bad.file.path):1: ambiguous_width: must be 1 or 2, not 3\n")

        let warned = try ConfigHome("pager = \"less\"\n")
        let ran = try CLIRunner.run(["list", "--library", library.path], environment: warned.environment)
        #expect(ran.status == 0)
        #expect(ran.stderr.contains("warning: pager: unknown setting, ignored"))
        #expect(ran.stdout.contains("数据中立性之争"))
    }

    @Test("--config FILE replaces the default file (its date_format reaches list and search); a missing one is an error")
    func explicitConfig() throws {
        let library = try CLILibrary(files: libraryFiles)
        let home = try ConfigHome("date_format = \"%d/%m/%Y\"\n")
        let output = try CLIRunner.run(["list", "--library", library.path, "--config", home.file.path])
        #expect(output.stdout.hasPrefix("25/06/2025  数据中立性之争"))
        let search = try CLIRunner.run(["search", "数据", "--library", library.path, "--config", home.file.path])
        #expect(search.stdout.hasPrefix("25/06/2025  数据中立性之争"), "\(search.stdout)")
        let missing = try CLIRunner.run(["list", "--library", library.path, "--config", "/nonexistent/config.toml"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "newsreader: /nonexistent/config.toml: no such configuration file\n")
    }

    @Test("date_format and show_drafts change list's text")
    func listSettings() throws {
        let library = try CLILibrary(files: libraryFiles)
        let home = try ConfigHome("show_drafts = true\ndate_format = \"%F %R %:z\"\n")
        let output = try CLIRunner.run(["list", "--library", library.path], environment: home.environment)
        let lines = output.stdout.split(separator: "\n")
        try #require(lines.count == 2)
        #expect(lines[0].hasPrefix("2025-07-01 00:00 +00:00  草稿"))
        #expect(lines[0].hasSuffix("[草稿]"))
        #expect(lines[1].hasPrefix("2025-06-25 09:10 +08:00  数据中立性之争"))
    }

    @Test("--library NAME picks a library of [libraries]; the file's library is the default")
    func namedLibraries() throws {
        let work = try CLILibrary(files: libraryFiles)
        let other = try CLILibrary(files: ["a.md": "---\ntitle: 另一个文库\ndate: 2024-01-01\n---\n\n正文。\n"])
        let home = try ConfigHome("library = \"other\"\n[libraries]\nwork = \"\(work.path)\"\nother = \"\(other.path)\"\n")
        let byName = try CLIRunner.run(["list", "--library", "work"], environment: home.environment)
        #expect(byName.status == 0)
        #expect(byName.stdout.contains("数据中立性之争"))
        let byDefault = try CLIRunner.run(["list"], environment: home.environment)
        #expect(byDefault.stdout.contains("另一个文库"))
        let byEnvironment = try CLIRunner.run(["list"], environment: home.environment.merging(["NEWSREADER_LIBRARY": work.path]) { $1 })
        #expect(byEnvironment.stdout.contains("数据中立性之争"))
    }

    @Test("--library with a name that is neither a library nor a folder lists the names")
    func unknownLibraryName() throws {
        let work = try CLILibrary(files: libraryFiles)
        let home = try ConfigHome("[libraries]\nwork = \"\(work.path)\"\nnews = \"/srv/news\"\n")
        let output = try CLIRunner.run(["list", "--library", "wrok"], environment: home.environment)
        #expect(output.status == 2)
        #expect(output.stderr.hasSuffix("wrok (not a name of [libraries] either: news, work)\n"))
    }

    @Test("config needs exactly one of --default, --check, --path")
    func usage() throws {
        #expect(try CLIRunner.run(["config"]).status != 0)
        #expect(try CLIRunner.run(["config", "--default", "--path"]).status != 0)
        #expect(try CLIRunner.run(["config", "--path", "x.toml"]).status != 0)
    }

    @Test("several errors in the file stop any command with one line each, exit status 2")
    func severalErrorsInACommand() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("newsreader-errors-\(UUID().uuidString).toml")
        try Data("ambiguous_width = 3\nline_break = \"x\"\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let output = try CLIRunner.run(["list", "--config", file.path])
        #expect(output.status == 2)
        let lines = output.stderr.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.hasPrefix("newsreader: \(file.path):") })
        #expect(!output.stderr.contains("␊"))
    }
}
