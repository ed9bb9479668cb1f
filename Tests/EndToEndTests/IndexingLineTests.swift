import Foundation
import NewsCore
@testable import NewsRuntime
import NewsStore
import NewsUI
import TerminalSeam
import Testing

/// The runtime's side of the background work's line: how often it is redrawn, and that the loop
/// draws it with no key pressed.
@Suite("The runtime redraws the background work's line at a readable pace")
struct IndexingLineTests {
    private func progress(_ phase: IndexProgress.Phase, done: Int, total: Int = 10_000, elapsed: Double = 2) -> IndexProgress {
        var progress = IndexProgress(done: done, total: total, elapsed: elapsed)
        progress.phase = phase
        return progress
    }

    @Test("the first report shows at once; later counts of the same phase at most once a second")
    func pacedWithinAPhase() {
        var pacer = IndexingLinePacer()
        #expect(pacer.message(for: nil, now: 0) == nil)
        let first = progress(.bodies, done: 256)
        #expect(pacer.message(for: first, now: 10) == .indexing(first.line))
        #expect(pacer.message(for: progress(.bodies, done: 512), now: 10.3) == nil)
        #expect(pacer.message(for: progress(.bodies, done: 768), now: 10.9) == nil)
        let later = progress(.bodies, done: 1_024, elapsed: 3)
        #expect(pacer.message(for: later, now: 11.0) == .indexing(later.line))
        // A line that reads the same is not drawn again, however late.
        #expect(pacer.message(for: later, now: 20) == nil)
    }

    @Test("the next phase and the end show at once, and the end only once")
    func phaseChangeAndEndAreImmediate() {
        var pacer = IndexingLinePacer()
        _ = pacer.message(for: progress(.bodies, done: 10_000), now: 5)
        let search = progress(.search, done: 0, elapsed: 0)
        #expect(pacer.message(for: search, now: 5.1) == .indexing("搜索索引 0 / 10,000"))
        #expect(pacer.message(for: nil, now: 5.2) == .indexing(nil))
        #expect(pacer.message(for: nil, now: 9) == nil)
    }

    @Test("the loop draws the line without a key, and takes it away when the work is done")
    func loopDrawsTheLine() {
        let library = FakeLibrary(articles: [makeArticle("a", title: "第一篇")])
        let bodies = progress(.bodies, done: 3_200, elapsed: 8)
        library.backgroundProgress = bodies
        let terminal = FakeTerminal(width: 100, height: 30, script: [.none, .none])
        terminal.beforeRead = { read in
            if read == 1 { library.backgroundProgress = nil }
        }
        let loop = AppRuntime(terminal: terminal, performer: EffectPerformer(library: library, opener: URLOpener(command: ["/bin/true"])),
                              pendingSignal: { nil })
        loop.start()
        #expect(loop.run() == .inputEnded)
        let statusLines = terminal.frames.map { $0.lines.last ?? "" }
        #expect(statusLines.contains { $0.contains("正文 3,200 / 10,000 · 400 篇/秒 · 约 17 秒") })
        #expect(!(statusLines.last ?? "").contains("正文"))
    }
}
