import Foundation
import NewsCore
@testable import NewsRuntime
import NewsUI
import TerminalSeam
import Testing

@Suite("The runtime loop with a fake terminal")
struct AppRuntimeTests {
    private let library = FakeLibrary(articles: [
        makeArticle("a", title: "第一篇", tags: ["芯片"]), makeArticle("b", title: "第二篇"),
        makeArticle("d", title: "草稿", draft: true),
    ])

    private func runtime(_ terminal: FakeTerminal, signal: @escaping () -> Int32? = { nil }) -> AppRuntime {
        AppRuntime(terminal: terminal, performer: EffectPerformer(library: library, opener: URLOpener(command: ["/bin/true"])),
                      pendingSignal: signal)
    }

    @Test("the library snapshot leaves drafts out and carries the read marks")
    func snapshotWithoutDrafts() throws {
        try library.setRead(true, for: ArticleID("b"))
        let snapshot = library.snapshot()
        #expect(snapshot.articles.map(\.id.rawValue) == ["a", "b"])
        #expect(snapshot.readState.read == [ArticleID("b")])
        #expect(snapshot.rootPath == "/library")
    }

    @Test("launch draws one frame at the terminal's size")
    func launchDrawsFrame() {
        let terminal = FakeTerminal(width: 100, height: 30)
        runtime(terminal).start()
        #expect(terminal.frames.count == 1)
        #expect(terminal.frames[0].width == 100 && terminal.frames[0].height == 30)
    }

    @Test("q on the library screen ends the loop with status 0")
    func quitEndsLoop() {
        let terminal = FakeTerminal(script: [.key(.character("q"))])
        let loop = runtime(terminal)
        loop.start()
        #expect(loop.run() == .quit)
        #expect(AppRuntime.Outcome.quit.exitStatus == 0)
    }

    @Test("a resize redraws the frame at the new size")
    func resizeRedraws() {
        let terminal = FakeTerminal(width: 100, height: 30, script: [.resized(width: 60, height: 30)])
        let loop = runtime(terminal)
        loop.start()
        #expect(loop.run() == .inputEnded)
        #expect(terminal.frames.last?.width == 60)
    }

    @Test("a timeout draws nothing new")
    func timeoutDrawsNothing() {
        let terminal = FakeTerminal(script: [.none, .none])
        let loop = runtime(terminal)
        loop.start()
        _ = loop.run()
        #expect(terminal.frames.count == 1)
    }

    @Test("SIGTERM between keys ends the loop with status 128 + 15")
    func signalEndsLoop() {
        nonisolated(unsafe) var raised = false
        let terminal = FakeTerminal(script: [.key(.down), .none, .key(.down)])
        terminal.beforeRead = { reads in if reads == 1 { raised = true } }
        let loop = runtime(terminal) { raised ? SIGTERM : nil }
        loop.start()
        let outcome = loop.run()
        #expect(outcome == .signalled(SIGTERM))
        #expect(outcome.exitStatus == 143)
    }

    @Test("a signal while an article is open saves its reading position before the loop ends")
    func signalSavesPosition() {
        nonisolated(unsafe) var raised = false
        let terminal = FakeTerminal(script: [.key(.enter), .key(.down), .none])
        terminal.beforeRead = { reads in if reads == 2 { raised = true } }
        let loop = runtime(terminal) { raised ? SIGHUP : nil }
        loop.start()
        #expect(loop.run() == .signalled(SIGHUP))
        #expect(library.savedPositions.map(\.0) == [ArticleID("a")])
    }

    @Test("opening an article from the list loads it through the library and marks it read")
    func openingLoadsArticle() {
        let terminal = FakeTerminal(script: [.key(.enter)])
        let loop = runtime(terminal)
        loop.start()
        _ = loop.run()
        #expect(terminal.screen.joined(separator: "\n").contains("正文"))
        #expect(library.state.read.contains(ArticleID("a")))
    }

    @Test("the signal flag set by the handler is taken once")
    func signalFlagTakenOnce() {
        TerminationSignals.simulate(SIGHUP)
        #expect(TerminationSignals.take() == SIGHUP)
        #expect(TerminationSignals.take() == nil)
    }
}
