import CursesBackend
import Foundation
import NewsCore
import NewsUI
import Testing
@testable import newsreader

@Suite("The state database's notice at launch")
struct StateNoticeTests {
    @Test("a state database moved aside is announced on the status line of the first frame")
    func noticeShowsOnTheFirstFrame() {
        let library = FakeLibrary(articles: [makeArticle("a", title: "第一篇")])
        library.stateNotice = "state.sqlite was corrupt; moved to state.sqlite.corrupt-20261129-060000"
        let terminal = FakeTerminal(width: 100, height: 30)
        let runtime = ReaderRuntime(terminal: terminal,
                                    performer: EffectPerformer(library: library, opener: URLOpener(command: ["/bin/true"])),
                                    pendingSignal: { nil })
        runtime.start()
        let status = terminal.frames.last?.lines.last ?? ""
        #expect(status.contains("state.sqlite.corrupt-20261129-060000"))
    }
}
