import Foundation
import Testing

/// The real binary in `tmux -u`, on the fixture library (issue #4, "Tests").
@Suite("The reader in a real terminal", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct ReaderEndToEndTests {
    /// [^1] of the Helix article: its query string and fragment must reach the opener untouched.
    static let firstCitationURL = "https://example.com/press/2025/06/helix-meridian?lang=zh#summary"
    static let helixTitle = "Helix以12亿美元入股"
    static let rustTitle = "Rust"

    @Test("tag picker, filter, open, Tab, Enter to the definition, Backspace back, o opens, resize, quit")
    func readingFlow() throws {
        let environment = try ReaderEnvironment()
        let session = try environment.startReader()
        defer { session.close() }
        try session.waitFor(Self.helixTitle)
        try session.waitFor(Self.rustTitle)

        // Tag picker, typed in Chinese: 并购 is a tag of the Helix article only.
        try session.press("t")
        try session.type("并购")
        try session.press("Enter")
        try session.waitForScreen("the list filtered to the Helix article") {
            $0.contains(Self.helixTitle) && !$0.contains("Rust与内存安全")
        }

        // Open it: the first section heading of its body shows.
        try session.press("Enter")
        try session.waitFor("交易本身")

        // Tab selects the featured image, then [1]; the status line shows its citation.
        try session.press("Tab")
        try session.waitFor("helix-meridian-deal.jpg — ")
        try session.press("Tab")
        try session.waitFor("Helix Platforms新闻室")

        // Enter jumps to the definition in the references.
        try session.press("Enter")
        try session.waitFor("example.com/press/2025/06/helix-meridian")

        // Backspace returns to where reading was.
        try session.press("BSpace")
        try session.waitForScreen("the body again") {
            $0.contains("交易本身") && !$0.contains("example.com/press/2025/06/helix-meridian")
        }

        // o hands the exact URL to the opener, as one argument.
        try session.press("o")
        let arguments = try Poll.until("the recording opener to run") { environment.opener.recordedArguments() }
        #expect(arguments == [Self.firstCitationURL])

        // Narrower terminal: the article re-lays out and keeps its place.
        try session.resize(width: 60, height: 30)
        let narrow = try session.waitForScreen("a 60-column screen") { screen in
            screen.contains("交易本身") && (try? session.value("#{window_width}")) == "60"
        }
        #expect(narrow.split(separator: "\n").allSatisfy { $0.count <= 60 })

        // q back to the library, q to quit: status 0 and the terminal restored.
        try session.press("q")
        try session.waitFor(Self.helixTitle)
        try session.press("q")
        #expect(try session.waitForExitStatus() == 0)
        #expect(try session.value("#{alternate_on}") == "0")
    }

    @Test("q on the library screen quits with status 0 and leaves the alternate screen", arguments: [false, true])
    func quitRestoresTerminal(noColor: Bool) throws {
        var environment = try ReaderEnvironment()
        if noColor { environment = environment.adding(["NO_COLOR": "1"]) }
        let session = try environment.startReader()
        defer { session.close() }
        try session.waitFor(Self.helixTitle)
        #expect(try session.value("#{alternate_on}") == "1")
        // Colour only as accents (tags are cyan, SGR 36); NO_COLOR leaves attributes alone. The
        // title can show before tmux has taken in the rest of the frame, so wait for the status line.
        let styled = try Poll.until("the whole first frame", seconds: 5) { () -> String? in
            let screen = try session.screenWithAttributes()
            return screen.contains("press ! to see") || screen.contains("? help") ? screen : nil
        }
        #expect(styled.contains("\u{1B}[36m") == !noColor)
        // The bars are in reverse video (SGR 7, which tmux may combine: `[1;7m`).
        #expect(styled.contains(";7m") || styled.contains("[7m"))
        try session.press("q")
        #expect(try session.waitForExitStatus() == 0)
        #expect(try session.value("#{alternate_on}") == "0")
    }

    @Test("a terminal shrunk below the minimum and grown back shows the library again")
    func tinyTerminalAndBack() throws {
        let environment = try ReaderEnvironment()
        let session = try environment.startReader()
        defer { session.close() }
        try session.waitFor(Self.helixTitle)
        try session.resize(width: 12, height: 4)
        try session.waitForScreen("the library gone from a 12×4 screen") { !$0.contains("Helix") }
        try session.resize(width: 100, height: 30)
        try session.waitFor(Self.helixTitle)
        try session.press("q")
        #expect(try session.waitForExitStatus() == 0)
    }

    @Test("SIGTERM, SIGHUP and Ctrl-C restore the terminal and exit with 128 + the signal",
          arguments: [("TERM", SIGTERM), ("HUP", SIGHUP), ("C-c", SIGINT)])
    func terminationSignalsRestoreTerminal(name: String, signal: Int32) throws {
        let environment = try ReaderEnvironment()
        let session = try environment.startReader()
        defer { session.close() }
        try session.waitFor(Self.helixTitle)
        if name == "C-c" {
            try session.press("C-c")
        } else {
            kill(try session.programPID(), signal)
        }
        #expect(try session.waitForExitStatus() == 128 + signal)
        #expect(try session.value("#{alternate_on}") == "0")
        #expect(try session.value("#{mouse_any_flag}") == "0")
    }

    @Test("a crash (SIGSEGV) restores the terminal, then dies of the signal")
    func crashRestoresTerminal() throws {
        let environment = try ReaderEnvironment()
        let session = try environment.startReader()
        defer { session.close() }
        try session.waitFor(Self.helixTitle)
        kill(try session.programPID(), SIGSEGV)
        // sh reports a death by signal N as status 128 + N.
        #expect(try session.waitForExitStatus() == 128 + SIGSEGV)
        #expect(try session.value("#{alternate_on}") == "0")
    }

    @Test("Ctrl-Z gives the terminal back to the shell, and fg redraws the reader")
    func suspendAndResume() throws {
        let environment = try ReaderEnvironment()
        let session = try TmuxSession(shellWith: environment.variables, folder: environment.folder)
        defer { session.close() }
        try session.waitFor("$")
        try session.type("'\(ReaderEnvironment.binary)' --library '\(ReaderEnvironment.library)'")
        try session.press("Enter")
        try session.waitFor(Self.helixTitle)
        try session.press("C-z")
        try session.waitForScreen("the shell after Ctrl-Z") { _ in (try? session.value("#{alternate_on}")) == "0" }
        try session.type("fg")
        try session.press("Enter")
        try session.waitForScreen("the reader after fg") {
            $0.contains(Self.helixTitle) && (try? session.value("#{alternate_on}")) == "1"
        }
        try session.press("q")
        try session.waitForScreen("the shell after quitting") { _ in (try? session.value("#{alternate_on}")) == "0" }
        try session.type("echo status=$?")
        try session.press("Enter")
        try session.waitFor("status=0")
    }

    @Test("a missing library folder is reported after the terminal is restored, with status 2")
    func missingLibraryReported() throws {
        let environment = try ReaderEnvironment()
        let missing = environment.folder.url.appendingPathComponent("no-such-library").path
        let session = try TmuxSession(command: [ReaderEnvironment.binary, "--library", missing], environment: environment.variables,
                                      folder: environment.folder)
        defer { session.close() }
        #expect(try session.waitForExitStatus() == 2)
        #expect(try session.value("#{alternate_on}") == "0")
        try session.waitFor("library folder not found")
    }

    @Test("in a pipe, newsreader alone prints the list instead of taking the terminal")
    func pipePrintsList() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ReaderEnvironment.binary)
        process.arguments = ["--library", ReaderEnvironment.library]
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(text.split(separator: "\n").count == 3)
        #expect(text.contains(Self.helixTitle))
        #expect(!text.contains("\u{1B}["))
    }
}
