import Foundation
import NewsCore
@testable import NewsRuntime
import NewsUI
import TerminalSeam
import Testing

/// Parses `text` as a configuration file with `/home/reader` as `~`.
private func parse(_ text: String) -> ConfigReading {
    ConfigParser.parse(text, home: "/home/reader")
}

/// The only error of `text`, formatted for a file named `config.toml`.
private func onlyError(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
    let reading = parse(text)
    #expect(reading.errors.count == 1, "\(reading.diagnostics)", sourceLocation: sourceLocation)
    return reading.errors.first?.formatted(file: "config.toml")
}

@Suite("Configuration file: valid files")
struct ConfigValidTests {
    @Test("an empty file gives the defaults")
    func emptyFile() {
        let reading = parse("")
        #expect(reading.diagnostics.isEmpty)
        #expect(reading.configuration == .defaults)
    }

    @Test("every setting is read into its typed value")
    func everySetting() throws {
        let reading = parse("""
            library = "~/news"
            opener = ["firefox", "--new-tab", "{url}"]
            show_drafts = true
            date_format = "%Y-%m-%d %H:%M"
            ambiguous_width = 2
            line_break = "loose"

            [libraries]
            work = "/srv/articles"
            "old news" = "~/archive"

            [theme]
            title = "bold"
            status = "black on color250"
            selection = "reverse bright-yellow"

            [keys.reader]
            quit = ["x", "ctrl-q"]
            scrollDown = "e"

            [keys.linkList]
            openURL = ["enter"]
            """)
        #expect(reading.diagnostics.isEmpty, "\(reading.diagnostics)")
        let config = reading.configuration
        #expect(config.library == .folder(URL(fileURLWithPath: "/home/reader/news")))
        #expect(config.libraries == ["work": URL(fileURLWithPath: "/srv/articles"),
                                     "old news": URL(fileURLWithPath: "/home/reader/archive")])
        #expect(config.opener == ["firefox", "--new-tab", "{url}"])
        #expect(config.showDrafts)
        #expect(config.dateFormat.pattern == "%Y-%m-%d %H:%M")
        #expect(config.ambiguousWidth == .wide)
        #expect(config.lineBreak == .loose)
        #expect(config.theme == .custom([
            .title: RoleStyle(.bold),
            .status: RoleStyle(foreground: .black, background: .palette(250)),
            .selection: RoleStyle(.reverse, foreground: .palette(11)),
        ]))
        let keymap = config.keymap
        #expect(keymap.keys(for: .quit, in: .reader) == [.character("x"), .control("q")])
        #expect(keymap.action(for: .character("q"), in: .reader) == nil)
        #expect(keymap.action(for: .character("e"), in: .reader) == .scrollDown)
        #expect(keymap.keys(for: .openURL, in: .linkList) == [.enter])
        #expect(keymap.action(for: .character("o"), in: .linkList) == nil)
    }

    @Test("a theme may be a preset name, and library may name one of [libraries]")
    func presetsAndNames() {
        let reading = parse("""
            theme = "mono"
            library = "work"
            [libraries]
            work = "/srv/articles"
            """)
        #expect(reading.diagnostics.isEmpty)
        #expect(reading.configuration.theme == .preset(.mono))
        #expect(reading.configuration.library == .named("work"))
    }

    @Test("dotted keys and inline tables work as TOML allows")
    func dottedKeys() {
        let reading = parse("""
            keys.library.quit = "x"
            theme = { tag = "cyan", url = "underline blue" }
            """)
        #expect(reading.diagnostics.isEmpty)
        #expect(reading.configuration.keymap.keys(for: .quit, in: .library) == [.character("x")])
        #expect(reading.configuration.theme == .custom([
            .tag: RoleStyle(foreground: .cyan),
            .url: RoleStyle(.underline, foreground: .blue),
        ]))
    }

    @Test("an unknown top-level setting is a warning with its line, and the rest still applies")
    func unknownSettingWarns() {
        let reading = parse("""
            show_drafts = true

            colour = "always"
            """)
        #expect(reading.errors.isEmpty)
        #expect(reading.warnings.map { $0.formatted(file: "config.toml") }
                == ["config.toml:3: warning: colour: unknown setting, ignored"])
        #expect(reading.configuration.showDrafts)
    }
}

@Suite("Configuration file: every invalid shape is an error naming line and key")
struct ConfigInvalidTests {
    @Test("the issue's example: an unknown key name in [keys.reader]")
    func unknownKeyName() {
        let text = """
            # my keys
            show_drafts = false

            [keys.library]
            quit = "q"

            [keys.reader]
            quit = ["q", "ctlr-c"]
            """
        #expect(onlyError(text) == "config.toml:8: keys.reader.quit: unknown key name \"ctlr-c\"")
    }

    @Test("TOML that would make toml++ abort is an error, not a crash", arguments: ["[数据", "x = [}", "a = 1\n[<]\n", "[[#x]]"])
    func abortingTOML(_ text: String) throws {
        let error = try #require(onlyError(text))
        #expect(error.hasPrefix("config.toml:"))
        #expect(error.contains("invalid TOML"))
        #expect(parse(text).configuration == .defaults)
    }

    @Test("a TOML syntax error names its line")
    func syntaxError() throws {
        let error = try #require(onlyError("show_drafts = true\ndate_format = \"%Y\n"))
        #expect(error.hasPrefix("config.toml:2: invalid TOML: "))
    }

    @Test("wrong types name the key, the line and what was found", arguments: [
        ("show_drafts = \"yes\"", "config.toml:1: show_drafts: must be true or false, not a string (\"yes\")"),
        ("date_format = 5", "config.toml:1: date_format: must be a string, not an integer (5)"),
        ("opener = \"firefox {url}\"", "config.toml:1: opener: must be an array of strings such as [\"firefox\", \"--new-tab\", \"{url}\"], not a string (\"firefox {url}\")"),
        ("opener = [\"a\", 1]", "config.toml:1: opener: must be an array of strings such as [\"firefox\", \"--new-tab\", \"{url}\"]; element 2 is an integer (1)"),
        ("libraries = \"x\"", "config.toml:1: libraries: must be a table, not a string (\"x\")"),
        ("\n[keys]\nreader = 1", "config.toml:3: keys.reader: must be a table, not an integer (1)"),
        ("[keys.reader]\nquit = 1", "config.toml:2: keys.reader.quit: must be an array of strings such as [\"q\", \"ctrl-c\"], not an integer (1)"),
        ("ambiguous_width = 2.0", "config.toml:1: ambiguous_width: must be 1 or 2, not a float (2.0)"),
        ("theme = true", "config.toml:1: theme: must be a theme name or a table of styles per role, not a boolean (true)"),
    ])
    func wrongTypes(_ text: String, _ expected: String) {
        #expect(onlyError(text) == expected)
    }

    @Test("bad values are refused with the reason", arguments: [
        ("ambiguous_width = 3", "config.toml:1: ambiguous_width: must be 1 or 2, not 3"),
        ("line_break = \"x\"", "config.toml:1: line_break: must be \"strict\", \"normal\" or \"loose\", not \"x\""),
        ("theme = \"dark\"", "config.toml:1: theme: unknown theme \"dark\" (default, light, mono, or a table of styles per role)"),
        ("date_format = \"%Y-%q\"", "config.toml:1: date_format: unknown field %q (known: %Y %y %m %d %H %M %S %z %:z %F %R %%) in \"%Y-%q\""),
        ("date_format = \"%\"", "config.toml:1: date_format: the format ends with a lone % in \"%\""),
        ("library = \"news/2025\"", "config.toml:1: library: \"news/2025\" must be an absolute path or start with ~/"),
        ("opener = []", "config.toml:1: opener: needs at least the program to run, e.g. [\"xdg-open\"]"),
        ("opener = [\"{url}\"]", "config.toml:1: opener: the program itself cannot be the URL: put {url} among its arguments"),
    ])
    func badValues(_ text: String, _ expected: String) {
        #expect(onlyError(text) == expected)
    }

    @Test("a bad theme word, an unknown role, and a lone `on` are refused")
    func themeErrors() throws {
        let bolt = try #require(onlyError("[theme]\ntitle = \"bolt red\""))
        #expect(bolt.hasPrefix("config.toml:2: theme.title: unknown style word \"bolt\" (attributes: bold"))
        let role = try #require(onlyError("[theme]\nnormal = \"bold\""))
        #expect(role == "config.toml:2: theme.normal: unknown role \"normal\" (roles: title, tag, marker, link, url, selection, status, "
            + "bar, heading, topic, match, dim, error, code)")
        #expect(onlyError("[theme]\nurl = \"blue on\"") == "config.toml:2: theme.url: \"on\" needs a background colour after it")
        #expect(onlyError("[theme]\nurl = \"color256\"")?.contains("unknown style word \"color256\"") == true)
        #expect(onlyError("[theme]\nurl = \"red blue\"")?.contains("two text colours") == true)
    }

    @Test("unknown screens and actions, and actions a screen does not have, are errors")
    func unknownScreenAndAction() {
        #expect(onlyError("[keys.pager]\nquit = \"q\"")?.hasPrefix(
            "config.toml:1: keys.pager: unknown screen \"pager\" (screens: library, reader, picker, linkList, help, problems, outline, image)") == true)
        #expect(onlyError("[keys.reader]\nexplode = \"q\"")?.hasPrefix(
            "config.toml:2: keys.reader.explode: unknown action \"explode\" (reader actions: quit, quitNow") == true)
        #expect(onlyError("[keys.library]\nscrollDown = \"j\"")?.hasPrefix(
            "config.toml:2: keys.library.scrollDown: the library screen has no action scrollDown") == true)
    }

    @Test("one key given to two actions of a screen is an error; on two screens it is fine")
    func doubleBinding() throws {
        let error = try #require(onlyError("[keys.reader]\nhelp = \"h\"\nquit = \"h\"\n[keys.library]\nhelp = \"h\""))
        #expect(error.contains("\"h\" is also bound to"))
    }

    @Test("a file that leaves no key to quit the library is refused")
    func noWayOut() {
        #expect(onlyError("[keys.library]\nquit = []\nquitNow = []")
                == "config.toml:1: keys.library: no key is left to quit the library (bind quit or quitNow)")
    }

    @Test("library naming no entry of [libraries] is an error")
    func unknownLibraryName() {
        #expect(onlyError("library = \"work\"")?.hasPrefix("config.toml:1: library: no library named \"work\" in [libraries]") == true)
    }

    @Test("every error of a file is reported, in line order")
    func allErrors() {
        let reading = parse("""
            line_break = "x"
            ambiguous_width = 3
            [keys.reader]
            quit = "ctlr-c"
            """)
        #expect(reading.errors.map(\.line) == [1, 2, 4])
    }

    @Test("lines are found past multi-line strings and arrays, in quoted and dotted keys")
    func linesAcrossMultilineValues() {
        let reading = parse("""
            notes = \"\"\"
            [keys.pager]
            quit = "x"
            \"\"\"
            opener = [
              "firefox",  # [keys.fake]
            ]
            [keys."reader"]
            "quit" = "ctlr-c"
            """)
        #expect(reading.diagnostics.map { $0.formatted(file: "c") } == [
            "c:1: warning: notes: unknown setting, ignored",
            "c:9: keys.reader.quit: unknown key name \"ctlr-c\"",
        ])
        let dotted = parse("show_drafts = true\nkeys.library.help = \"ctrl-i\"")
        #expect(dotted.errors.first?.line == 2)
        #expect(dotted.errors.first?.key == "keys.library.help")
    }

    @Test("messages are sanitized: escape sequences in the file never reach the terminal")
    func sanitized() throws {
        let error = try #require(onlyError("line_break = \"\\u001b[31mred\""))
        #expect(!error.contains("\u{1B}"))
    }
}
