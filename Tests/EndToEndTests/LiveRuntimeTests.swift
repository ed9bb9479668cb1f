import Foundation
import NewsCore
@testable import NewsRuntime
import NewsStore
import NewsUI
import TerminalSeam
import Testing

@Suite("The runtime loop hands the library's changes to the UI without a key")
struct LiveRuntimeTests {
    @Test("a change found between two reads redraws the list with the new article and the message")
    func changeRedraws() {
        let library = FakeLibrary(articles: [makeArticle("a", title: "第一篇")])
        let terminal = FakeTerminal(width: 100, height: 30, script: [.none, .none])
        terminal.beforeRead = { read in
            guard read == 1 else { return }
            library.summaries.insert(ArticleSummary(makeArticle("new", title: "刚到的文章")), at: 0)
            library.nextChange = LibraryChange(added: [ArticleID("new")])
        }
        let loop = AppRuntime(terminal: terminal, performer: EffectPerformer(library: library, opener: URLOpener(command: ["/bin/true"])),
                                 pendingSignal: { nil })
        loop.start()
        #expect(loop.run() == .inputEnded)
        #expect(terminal.frames.count == 2, "one frame at launch, one for the change, none for the timeouts")
        let screen = terminal.screen.joined(separator: "\n")
        #expect(screen.contains("刚到的文章"))
        #expect(screen.contains("1 篇新文章"))
    }

    @Test("a re-sync that failed is said on the status line, and the list stays")
    func failureIsSaid() {
        let library = FakeLibrary(articles: [makeArticle("a", title: "第一篇")])
        let terminal = FakeTerminal(width: 100, height: 30, script: [.none])
        terminal.beforeRead = { _ in library.nextChangeFailure = "database is locked" }
        let loop = AppRuntime(terminal: terminal, performer: EffectPerformer(library: library, opener: URLOpener(command: ["/bin/true"])),
                                 pendingSignal: { nil })
        loop.start()
        _ = loop.run()
        let screen = terminal.screen.joined(separator: "\n")
        #expect(screen.contains("database is locked"))
        #expect(screen.contains("第一篇"))
    }
}
