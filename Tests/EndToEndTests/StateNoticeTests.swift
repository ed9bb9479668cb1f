import Foundation
import NewsCore
@testable import NewsRuntime
import NewsStore
import NewsUI
import TerminalSeam
import Testing

@Suite("What the runtime tells the user at launch and on search")
struct StateNoticeTests {
    @Test("a state database moved aside is listed with the problems, and the first frame points at them")
    func noticeJoinsTheProblems() {
        let library = FakeLibrary(articles: [makeArticle("a", title: "第一篇")])
        library.stateNotice = "state.sqlite was corrupt; moved to state.sqlite.corrupt-20261129-060000"
        #expect(library.snapshot().problems.contains { $0.message.contains("state.sqlite.corrupt-20261129-060000") })
        let terminal = FakeTerminal(width: 100, height: 30)
        let runtime = AppRuntime(terminal: terminal,
                                    performer: EffectPerformer(library: library, opener: URLOpener(command: ["/bin/true"])),
                                    pendingSignal: { nil })
        runtime.start()
        let status = terminal.frames.last?.lines.last ?? ""
        #expect(status.contains("press ! to see"))
    }

    @Test("a search while the search index is still being filled answers at once with what it covers, and says how much")
    func searchBeforeTheIndexIsReady() {
        let library = FakeLibrary(articles: [makeArticle("a", title: "第一篇")])
        library.searchHits = [CatalogSearchHit(id: ArticleID("a"), title: "第一篇", date: makeArticle("a", title: "x").date,
                                               snippet: "", highlights: [])]
        library.searchCoverage = 62
        let performer = EffectPerformer(library: library, opener: URLOpener(command: ["/bin/true"]))
        #expect(performer.perform(.searchLibrary(query: "芯片"))
                == .reply(.searchFinished(query: "芯片", results: [SearchResult(id: ArticleID("a"))], coverage: 62)))
    }
}
