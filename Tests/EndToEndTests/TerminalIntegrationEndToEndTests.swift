import Foundation
import Testing

/// The mouse and OSC 52 in a real terminal (issue #7): tmux reports clicks and wheel turns as a
/// terminal does, and keeps what OSC 52 copies as a paste buffer.
@Suite("Mouse and clipboard in a real terminal", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct TerminalIntegrationEndToEndTests {
    /// The screen row (zero-based) of the first line containing `text`.
    private func row(of text: String, in screen: String) throws -> Int {
        try #require(screen.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(text) })
    }

    @Test("click an article twice to open it, wheel down, click a footnote marker to jump to its citation")
    func mouse() throws {
        let environment = try ReaderEnvironment()
        let session = try environment.startReader()
        defer { session.close() }
        let library = try session.waitFor(ReaderEndToEndTests.helixTitle)
        let listRow = try row(of: ReaderEndToEndTests.helixTitle, in: library)
        // Both clicks in one write, as a quick double click (or a busy reader) gets them: the
        // first highlights the row, the second opens it; neither may be lost.
        try session.doubleClick(row: listRow, column: 60)
        let article = try session.waitFor("交易本身")

        // The wheel (button 4 is up, 5 down: 64 and 65 in the report) scrolls three lines.
        let firstLine = article.split(separator: "\n")[1]
        try session.click(row: 10, column: 10, button: 65)
        try session.waitForScreen("the article scrolled") { !$0.split(separator: "\n")[1].elementsEqual(firstLine) }

        // A click on a marker follows it: its definition in the references comes into view.
        try session.press("g")
        let top = try session.waitForScreen("the top again") { $0.split(separator: "\n")[1].elementsEqual(firstLine) }
        let lines = top.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let markerRow = try #require(lines.firstIndex { $0.contains("[1]") })
        let markerColumn = lines[markerRow].prefix(upTo: try #require(lines[markerRow].range(of: "[1]")).lowerBound)
            .reduce(0) { $0 + ($1.unicodeScalars.first!.value >= 0x1100 ? 2 : 1) }
        try session.click(row: markerRow, column: markerColumn + 1)
        try session.waitFor("example.com/press/2025/06/helix-meridian")
        try session.press("q")
        try session.press("q")
        #expect(try session.waitForExitStatus() == 0)
        #expect(try session.value("#{mouse_any_flag}") == "0")
    }

    @Test("y copies the selected citation's URL through OSC 52, and the status line says so")
    func clipboard() throws {
        let environment = try ReaderEnvironment()
        let session = try environment.startReader()
        defer { session.close() }
        _ = try Tmux.run(["-u", "-L", session.socket, "-f", "/dev/null", "set-option", "-s", "set-clipboard", "on"])
        try session.waitFor(ReaderEndToEndTests.helixTitle)
        try session.press("t")
        try session.type("并购")
        try session.press("Enter")
        try session.waitForScreen("the list filtered to the Helix article") { !$0.contains("Rust与内存安全") }
        try session.press("Enter")
        try session.waitFor("交易本身")
        try session.press("Tab")  // the featured image first
        try session.waitFor("helix-meridian-deal.jpg — ")
        try session.press("Tab")
        try session.waitFor("Helix Platforms新闻室")
        try session.press("y")
        try session.waitFor("Copied")
        let buffer = try Poll.until("tmux to keep the copied URL") { () -> String? in
            let text = try? Tmux.run(["-u", "-L", session.socket, "-f", "/dev/null", "show-buffer"])
            return text?.isEmpty == false ? text : nil
        }
        #expect(buffer == ReaderEndToEndTests.firstCitationURL)
    }

    /// The first frame with its attributes, once the status line is drawn.
    private func styledFrame(_ session: TmuxSession) throws -> String {
        try Poll.until("the whole first frame", seconds: 5) { () -> String? in
            let screen = try session.screenWithAttributes()
            return screen.contains("press ! to see") || screen.contains("? help") ? screen : nil
        }
    }

    @Test("a monochrome terminal (TERM=vt100) gets reverse video and bold, and no colour at all")
    func monochromeTerminal() throws {
        let environment = try ReaderEnvironment()
        let session = try TmuxSession(command: ["/usr/bin/env", "TERM=vt100", ReaderEnvironment.binary, "--library", ReaderEnvironment.library],
                                      environment: environment.variables, folder: environment.folder)
        defer { session.close() }
        let styled = try styledFrame(session)
        #expect(styled.contains(";7m") || styled.contains("[7m"))
        #expect(styled.range(of: #"\[(?:[0-9;]*;)?(?:3[0-7]|38;5;[0-9]+)m"#, options: .regularExpression) == nil)
    }

    @Test("theme = \"light\" in the config file draws tags in its 256-colour accent")
    func lightTheme() throws {
        let environment = try ReaderEnvironment()
        let folder = environment.variables["XDG_CONFIG_HOME"]! + "/newsreader"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data("theme = \"light\"\n".utf8).write(to: URL(fileURLWithPath: folder + "/config.toml"))
        let session = try environment.startReader()
        defer { session.close() }
        let styled = try styledFrame(session)
        #expect(styled.contains("38;5;31m"), "\(styled.prefix(400).debugDescription)")
    }
}
