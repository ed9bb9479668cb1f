import Foundation
import Testing

/// The live library in a real terminal: files written into the library while the reader is open
/// show up without a key press (issue 16, item 6).
@Suite("The reader follows its library folder", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct LiveLibraryEndToEndTests {
    /// A writable copy of the fixture library, and the reader started on it.
    private func startOnCopy(_ environment: ReaderEnvironment) throws -> (library: URL, session: TmuxSession) {
        let library = environment.folder.url.appendingPathComponent("library")
        try FileManager.default.copyItem(atPath: ReaderEnvironment.library, toPath: library.path)
        let session = try TmuxSession(command: [ReaderEnvironment.binary, "--library", library.path],
                                      environment: environment.variables, folder: environment.folder)
        return (library, session)
    }

    private static func article(title: String, body: String) -> String {
        "---\ntitle: \"\(title)\"\ndate: 2031-01-02T08:00:00+08:00\ntags: [\"实时\"]\n---\n\n\(body)\n"
    }

    @Test("a new article written into the library appears, marked 新, with the status line saying so",
          arguments: ["inotify", "poll"])
    func articleAppears(watch: String) throws {
        var environment = try ReaderEnvironment()
        if watch == "poll" { environment = environment.adding(["NEWSREADER_WATCH": "poll"]) }
        let (library, session) = try startOnCopy(environment)
        defer { session.close() }
        try session.waitFor(ReaderEndToEndTests.helixTitle)

        let text = Self.article(title: "刚刚写进文库的快讯", body: "没有按任何键，它也应当出现在列表里。")
        try Data(text.utf8).write(to: library.appendingPathComponent("live-news.md"))
        // No key is pressed: the watcher, the re-sync and the loop bring it in (polling: every 2 s).
        let screen = try session.waitForScreen("the new article and the message", seconds: 8) {
            $0.contains("刚刚写进文库的快讯") && $0.contains("1 篇新文章")
        }
        #expect(screen.contains("新"))

        // Deleting it takes it away again.
        try FileManager.default.removeItem(at: library.appendingPathComponent("live-news.md"))
        try session.waitForScreen("the article gone and the message", seconds: 8) {
            !$0.contains("刚刚写进文库的快讯") && $0.contains("1 篇已删除")
        }
        try session.press("q")
        #expect(try session.waitForExitStatus() == 0)
    }

    @Test("the open article follows its file when it is rewritten")
    func openArticleFollowsItsFile() throws {
        let environment = try ReaderEnvironment()
        let (library, session) = try startOnCopy(environment)
        defer { session.close() }
        try Data(Self.article(title: "会被改写的文章", body: "第一版正文。").utf8).write(to: library.appendingPathComponent("rewrite.md"))
        try session.waitFor("会被改写的文章", seconds: 8)
        // It is the newest article (2031), so first in the list.
        try session.press("g", "Enter")
        try session.waitFor("第一版正文")
        try Data(Self.article(title: "会被改写的文章", body: "第二版正文，改过了。").utf8).write(to: library.appendingPathComponent("rewrite.md"))
        try session.waitForScreen("the new text and the message", seconds: 8) {
            $0.contains("第二版正文") && $0.contains("1 篇已更新")
        }
    }
}
