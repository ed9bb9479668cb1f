import Foundation
import NewsCore
@testable import NewsRuntime
import NewsStore
import NewsUI
import Testing

@Suite("Performing the UI's effects")
struct EffectPerformerTests {
    private let library = FakeLibrary(articles: [makeArticle("a", title: "第一篇"), makeArticle("b", title: "第二篇")])

    private var performer: EffectPerformer {
        EffectPerformer(library: library, opener: URLOpener(command: ["/bin/true"]))
    }

    @Test("loading an article answers with the parsed article")
    func loadsArticle() throws {
        guard case .reply(.articleLoaded(let article)) = performer.perform(.loadArticle(ArticleID("b"))) else {
            Issue.record("no articleLoaded")
            return
        }
        #expect(article.title == "第二篇")
    }

    @Test("an article that cannot be read answers articleLoadFailed with the reason")
    func loadFailure() {
        #expect(performer.perform(.loadArticle(ArticleID("zz"))) == .reply(.articleLoadFailed(ArticleID("zz"), reason: "no article zz")))
    }

    @Test("a refused URL answers urlOpenFailed naming its scheme")
    func refusedURL() {
        guard case .reply(.urlOpenFailed(let url, let reason)) = performer.perform(.openURL("file:///etc/passwd")) else {
            Issue.record("file: was not refused")
            return
        }
        #expect(url == "file:///etc/passwd")
        #expect(reason.contains("file:"))
    }

    @Test("an opened URL answers urlOpened with the opener's name")
    func openedURL() {
        #expect(performer.perform(.openURL("https://example.com/?q=1#x")) == .reply(.urlOpened("https://example.com/?q=1#x", opener: "/bin/true")))
    }

    @Test("library search hits become search results with their snippets and highlights")
    func searchResults() {
        library.searchHits = [CatalogSearchHit(id: ArticleID("a"), title: "第一篇", date: makeArticle("a", title: "x").date,
                                               snippet: "…芯片…", highlights: [1..<3])]
        #expect(performer.perform(.searchLibrary(query: "芯片"))
                == .reply(.searchFinished(query: "芯片", results: [SearchResult(id: ArticleID("a"), snippet: "…芯片…", highlights: [1..<3])])))
        #expect(performer.perform(.searchLibrary(query: "fail")) == .reply(.searchFailed(query: "fail", reason: "index unavailable")))
    }

    @Test("read marks, stars and positions reach the library")
    func stateWrites() {
        let id = ArticleID("a")
        #expect(performer.perform(.setRead(id, true)) == .done)
        #expect(performer.perform(.setStarred(id, true)) == .done)
        #expect(performer.perform(.savePosition(id, ReadingPosition(block: 3, offset: 7))) == .done)
        #expect(library.state.read == [id])
        #expect(library.state.starred == [id])
        #expect(library.state.positions[id] == ReadingPosition(block: 3, offset: 7))
    }

    @Test("a failed state write becomes a notice for the status line")
    func failedWriteIsNotice() {
        library.failWrites = true
        guard case .reply(.notice(let message)) = performer.perform(.setRead(ArticleID("a"), true)) else {
            Issue.record("no notice")
            return
        }
        #expect(message.contains("read mark"))
        #expect(message.contains("disk full"))
    }

    @Test("quit is passed up to the loop")
    func quit() {
        #expect(performer.perform(.quit) == .quit)
    }
}
