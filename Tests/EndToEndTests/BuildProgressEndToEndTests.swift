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

    /// Articles longer than the head a first build reads (4 KB), each citing one outlet: the list
    /// comes from their front matter, the outlets only from their bodies.
    private func prepareLong() throws -> (environment: ReaderEnvironment, library: String) {
        let environment = try ReaderEnvironment().adding(["NEWSREADER_DEBUG_SLOW_INDEX": "250"])
        let library = try environment.folder.subfolder("long")
        let filler = String(repeating: "这一段只是为了让文章比开头读取的部分更长。", count: 150)
        for number in 0..<Self.articleCount {
            let text = "---\ntitle: \"长文第\(number)篇\"\ndate: 2025-06-01T08:00:00+08:00\n---\n\n正文\(number)开头。\(filler)"
                + "引用[^1]。\n\n[^1]: [报道](https://example.com/\(number))·晨报网（2025/6/24）·检索日期2025/6/25\n"
            try Data(text.utf8).write(to: URL(fileURLWithPath: library + "/\(number).md"))
        }
        return (environment, library)
    }

    @Test("a first build of long articles counts their heads, lists them, then their bodies' outlets appear by themselves")
    func readerListsHeadsFirst() throws {
        let (environment, library) = try prepareLong()
        let session = try TmuxSession(command: [ReaderEnvironment.binary, "--library", library],
                                      environment: environment.variables, folder: environment.folder)
        defer { session.close() }
        let loading = try session.waitFor("/ 640", seconds: 10)
        #expect(loading.contains("索引 "))
        try session.waitFor("640 articles", seconds: 15)
        // No key pressed: the body pass ends in the background and the list takes its outlets.
        try session.waitForScreen("the outlet the bodies cite", seconds: 15) {
            $0.contains("来源 Sources") && $0.contains("晨报网")
        }
        // An article opens with its whole body (its length is measured from it), as after any build.
        try session.press("Enter")
        try session.waitForScreen("the article's body and its reading time", seconds: 5) {
            $0.contains("开头。这一段") && $0.contains(" 分钟 · ")
        }
        try session.press("q", "q")
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
