import Foundation
@testable import NewsRuntime
import NewsUI
import Testing

/// The real binary in tmux reading `$XDG_CONFIG_HOME/newsreader/config.toml` (issue #7).
@Suite("The configuration file in a real terminal", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct ConfigEndToEndTests {
    @Test("the file's date format, keys and opener (with {url} in the middle) reach the running reader")
    func configuredReader() throws {
        let base = try ReaderEnvironment()
        // An opener that appends each run's arguments, so a run from a freed key would show.
        let recorder = base.folder.url.appendingPathComponent("append-opener").path
        let record = base.folder.url.appendingPathComponent("runs.txt").path
        try Data("#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done >> '\(record)'\necho --- >> '\(record)'\n".utf8)
            .write(to: URL(fileURLWithPath: recorder))
        let configFolder = try base.folder.subfolder("config/newsreader")
        try Data("""
            date_format = "%d/%m/%Y"
            opener = ["/bin/sh", "\(recorder)", "--first", "{url}", "--last"]

            [keys.library]
            help = "h"

            [keys.reader]
            openURL = "O"
            """.utf8).write(to: URL(fileURLWithPath: configFolder).appendingPathComponent("config.toml"))
        // The file's opener comes after $NEWSREADER_OPENER: leave that empty.
        let environment = base.adding(["NEWSREADER_OPENER": "", "BROWSER": ""])
        let session = try environment.startReader()
        defer { session.close() }

        try session.waitFor("25/06/2025")
        #expect(!(try session.screen()).contains("2025-06-25"))

        // h is help now, and the help lists it.
        try session.press("h")
        try session.waitForScreen("the library's help with h") { $0.contains("帮助 Help") && $0.contains("h ") }
        try session.press("q")

        // Open the Helix article, select [^1]; o is freed, O opens.
        try session.waitFor("25/06/2025")
        try session.press("Down")
        try session.press("Enter")
        try session.waitFor("交易本身")
        try session.press("Tab")  // the featured image first
        try session.waitFor("helix-meridian-deal.jpg — ")
        try session.press("Tab")
        try session.waitFor("Helix Platforms新闻室")
        try session.press("o")
        try session.press("?")
        try session.waitForScreen("the reader's help listing O") { $0.contains("帮助 Help") && $0.contains("O ") }
        try session.press("q")
        try session.press("O")
        let runs = try Poll.until("the opener to run") { () -> String? in
            let text = try? String(contentsOfFile: record, encoding: .utf8)
            return text?.hasSuffix("---\n") == true ? text : nil
        }
        #expect(runs == "--first\n\(ReaderEndToEndTests.firstCitationURL)\n--last\n---\n")
    }
}

@Suite("The configuration in the runtime loop")
struct ConfigRuntimeTests {
    private let library = FakeLibrary(articles: [
        makeArticle("a", title: "第一篇"), makeArticle("d", title: "草稿篇", draft: true),
    ])

    private func runtime(_ terminal: FakeTerminal, _ configuration: Configuration) -> AppRuntime {
        AppRuntime(terminal: terminal, performer: EffectPerformer(library: library, opener: URLOpener(command: ["/bin/true"])),
                      configuration: configuration, pendingSignal: { nil })
    }

    @Test("show_drafts lists drafts in the reader's library; by default they stay out")
    func drafts() {
        var configuration = Configuration()
        let hidden = FakeTerminal(width: 100, height: 30)
        runtime(hidden, configuration).start()
        #expect(!hidden.screen.joined().contains("草稿篇"))
        configuration.showDrafts = true
        let shown = FakeTerminal(width: 100, height: 30)
        runtime(shown, configuration).start()
        #expect(shown.screen.joined().contains("草稿篇"))
    }

    @Test("the file's keymap drives the loop: the rebound key quits, the freed one does not")
    func keymap() {
        var configuration = Configuration()
        configuration.keyOverrides = [KeyOverride(context: .library, action: .quit, keys: [.character("x")])]
        let freed = FakeTerminal(script: [.key(.character("q"))])
        let freedLoop = runtime(freed, configuration)
        freedLoop.start()
        #expect(freedLoop.run() == .inputEnded)
        let rebound = FakeTerminal(script: [.key(.character("x"))])
        let loop = runtime(rebound, configuration)
        loop.start()
        #expect(loop.run() == .quit)
    }

    @Test("the file's warnings (unknown settings) are listed on the problems screen, since stderr is hidden")
    func warningsReachTheProblemsScreen() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("newsreader-warn-\(UUID().uuidString).toml")
        try Data("colour_scheme = \"dark\"\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let configuration = try ConfigLoader.load(explicitPath: file.path, environment: [:], warn: { _ in })
        let terminal = FakeTerminal(width: 100, height: 30, script: [.key(.character("!"))])
        let loop = runtime(terminal, configuration)
        loop.start()
        _ = loop.run()
        let screen = terminal.screen.joined(separator: "\n")
        #expect(screen.contains(".toml:1: warning: colour_scheme: unknown"), "\(screen)")
    }
}
