import Foundation
import Testing

/// After a first build lists the library, the reader parses the bodies and fills search in the
/// background; its status line says so (`正文 …`, then `搜索索引 …`), a search meanwhile says it
/// covered part of the library, and both go once the work is done. `NEWSREADER_DEBUG_HOLD_FILL`
/// (debug builds) holds each phase after its first chunk until the test lets it go on, so every
/// state is waited for, never raced, however loaded the machine.
@Suite("The reader shows the bodies and search being filled after a first build", .serialized,
       .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct BackgroundFillEndToEndTests {
    /// More than one chunk of the search fill (1,000 articles), so it holds part way.
    static let articleCount = 1_200

    /// A fresh library of ``articleCount`` articles longer than the head a first build reads (so
    /// their bodies are parsed in the background), and the folder the test releases the work with.
    private func prepare(long: Bool = true) throws -> (environment: ReaderEnvironment, library: String, hold: String) {
        let plain = try ReaderEnvironment()
        let hold = try plain.folder.subfolder("hold")
        let environment = plain.adding(["NEWSREADER_DEBUG_HOLD_FILL": hold])
        let library = try environment.folder.subfolder("long")
        let filler = long ? String(repeating: "这一段只是为了让文章比开头读取的部分更长。", count: 150) : ""
        for number in 0..<Self.articleCount {
            let text = "---\ntitle: \"长文第\(number)篇\"\ndate: 2025-06-01T08:00:00+08:00\n---\n\n正文\(number)开头。\(filler)\n"
            try Data(text.utf8).write(to: URL(fileURLWithPath: library + "/\(number).md"))
        }
        return (environment, library, hold)
    }

    private func release(_ phase: String, in hold: String) throws {
        try Data().write(to: URL(fileURLWithPath: hold + "/" + phase))
    }

    /// The screen's last line: the status line.
    private func status(_ screen: String) -> String {
        screen.split(separator: "\n", omittingEmptySubsequences: false).last { !$0.isEmpty }.map(String.init) ?? ""
    }

    // Each wait names the whole state it expects, top bar and status line alike: tmux may be
    // captured while a frame is half written (the top row new, the last row still the old one).

    @Test("the status line counts the bodies, then the search index, then says nothing; a search meanwhile says it is partial and completes itself")
    func readerShowsTheFill() throws {
        let (environment, library, hold) = try prepare()
        let session = try TmuxSession(command: [ReaderEnvironment.binary, "--library", library],
                                      environment: environment.variables, folder: environment.folder, width: 110)
        defer { session.close() }
        // The list is there, and the body pass, held after its first chunk, says how far it got.
        try session.waitForScreen("the list, and the bodies' line with its rate and time left", seconds: 60) {
            $0.contains("1200 articles") && self.status($0).contains("正文 256 / 1,200 · ") && self.status($0).contains(" 篇/秒 · 约 ")
        }

        try release("bodies", in: hold)
        try session.waitForScreen("the search index's line in place of the bodies'", seconds: 60) {
            self.status($0).contains("搜索索引 1,000 / 1,200 · ") && !self.status($0).contains("正文")
        }

        // A search now covers the 1,000 articles already searchable, and says so.
        try session.press("/")
        try session.type("长文")
        try session.press("Enter")
        try session.waitForScreen("a partial search, said in the title bar and the status line", seconds: 30) {
            $0.contains("/长文 搜索索引未完成 (83%)") && $0.contains("1000 articles")
                && self.status($0).contains("1000 articles match “长文” · 搜索索引未完成 (83%)，结果可能不全")
        }

        // Once the fill is done, the line goes and the search runs again over every article.
        try release("search", in: hold)
        try session.waitForScreen("the complete search, and no line of the fill", seconds: 60) {
            $0.contains("1200 articles") && !$0.contains("未完成") && !$0.contains("篇/秒")
                && self.status($0).contains("搜索索引已完成 · 1200 articles match “长文”")
        }
        try session.press("j")
        try session.waitForScreen("the status line without the fill's line", seconds: 10) {
            !$0.contains("篇/秒") && !$0.contains("搜索索引已完成")
        }
        try session.press("q")
        #expect(try session.waitForExitStatus(seconds: 15) == 0)
    }

    @Test("`newsreader search` while a reader is still filling the index notes it on stderr, then answers in full")
    func searchCommandNotesTheFill() throws {
        let (environment, library, hold) = try prepare()
        let session = try TmuxSession(command: [ReaderEnvironment.binary, "--library", library],
                                      environment: environment.variables, folder: environment.folder)
        defer { session.close() }
        try session.waitForScreen("the reader holding its body pass", seconds: 60) { self.status($0).contains("正文 256 / 1,200") }

        // The command is not held: it finishes the bodies and the search index itself.
        var variables = environment.variables
        variables["NEWSREADER_DEBUG_HOLD_FILL"] = nil
        let (status, printed, warned) = try ProgramOutput.capture(
            [ReaderEnvironment.binary, "search", "长文", "--library", library, "--limit", "5000", "--json"], environment: variables)
        #expect(status == 0)
        #expect(warned.contains("搜索索引未完成 (0%)"))
        #expect(warned.split(separator: "\n").count == 1)
        let hits = try #require(try JSONSerialization.jsonObject(with: printed) as? [Any])
        #expect(hits.count == Self.articleCount)

        try release("bodies", in: hold)
        try release("search", in: hold)
        try session.waitForScreen("the reader's line gone", seconds: 60) { !$0.contains("篇/秒") && !$0.contains("正文 256") }
        try session.press("q")
        #expect(try session.waitForExitStatus(seconds: 15) == 0)
    }

    /// Runs `newsreader arguments…` on a fresh library in a terminal, held once the search index
    /// is filled part way: the bar must show it, then go once the fill may end. The last screen.
    private func screenAfterBar(_ arguments: [String]) throws -> String {
        let (environment, library, hold) = try prepare(long: false)
        let session = try TmuxSession(command: [ReaderEnvironment.binary] + arguments + ["--library", library],
                                      environment: environment.variables, folder: environment.folder)
        defer { session.close() }
        let bar = try session.waitForScreen("the search index's bar", seconds: 90) { $0.contains("搜索索引 1,000 / 1,200") }
        #expect(bar.contains("[####"))
        try release("search", in: hold)
        #expect(try session.waitForExitStatus(seconds: 60) == 0)
        let screen = try session.screen()
        #expect(!screen.contains("搜索索引"))
        return screen
    }

    @Test("`newsreader reindex` shows the search index being filled on its bar, then wipes it and reports")
    func reindexShowsTheFill() throws {
        #expect(try screenAfterBar(["reindex"]).contains("articles: 1200"))
    }

    @Test("`newsreader search` on a first build waits for the search index with a bar on a terminal, then wipes it and answers")
    func searchCommandShowsTheFill() throws {
        #expect(try screenAfterBar(["search", "长文", "--limit", "3"]).contains("2025-06-01  长文第"))
    }
}
