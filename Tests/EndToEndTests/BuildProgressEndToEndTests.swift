import Foundation
import Testing

/// A first build's progress in a real terminal (issue 16, item 3): the reader's loading screen
/// and a command's progress bar on stderr. `NEWSREADER_DEBUG_SLOW_INDEX` (debug builds) pauses
/// after each chunk of 64 files, so a library small enough to write here builds for seconds.
@Suite("A first build shows its progress", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct BuildProgressEndToEndTests {
    static let articleCount = 640

    /// A library of ``articleCount`` small articles, and the environment for a slow first build.
    private func prepare() throws -> (environment: ReaderEnvironment, library: String) {
        let environment = try ReaderEnvironment().adding(["NEWSREADER_DEBUG_SLOW_INDEX": "250"])
        let library = try environment.folder.subfolder("generated")
        for number in 0..<Self.articleCount {
            let text = "---\ntitle: \"生成的第\(number)篇\"\ndate: 2025-06-01T08:00:00+08:00\n---\n\n正文\(number)。\n"
            try Data(text.utf8).write(to: URL(fileURLWithPath: library + "/\(number).md"))
        }
        return (environment, library)
    }

    @Test("the loading screen counts the files of a first build, then the list shows")
    func readerShowsProgress() throws {
        let (environment, library) = try prepare()
        let session = try TmuxSession(command: [ReaderEnvironment.binary, "--library", library],
                                      environment: environment.variables, folder: environment.folder)
        defer { session.close() }
        let loading = try session.waitFor("/ 640", seconds: 10)
        #expect(loading.contains("正在载入"))
        #expect(loading.contains("索引 "))
        try session.waitForScreen("a later count, with the rate and time left", seconds: 10) {
            $0.contains("篇/秒") && $0.contains("约 ") && !$0.contains("索引 64 /")
        }
        try session.waitFor("640 articles", seconds: 15)
        try session.press("q")
        #expect(try session.waitForExitStatus() == 0)
    }

    @Test("a command draws a progress bar on stderr when it is a terminal, and wipes it")
    func commandShowsBar() throws {
        let (environment, library) = try prepare()
        let session = try TmuxSession(command: [ReaderEnvironment.binary, "tags", "--library", library],
                                      environment: environment.variables, folder: environment.folder)
        defer { session.close() }
        let bar = try session.waitFor("/ 640", seconds: 10)
        #expect(bar.contains("[#") || bar.contains("[-"))
        #expect(try session.waitForExitStatus(seconds: 15) == 0)
        #expect(try !session.screen().contains("索引 "))
    }
}
