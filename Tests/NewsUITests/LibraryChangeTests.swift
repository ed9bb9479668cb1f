import NewsCore
import Testing
@testable import NewsUI

/// The live library in the UI: what the screens do when the runtime says the folder changed.
@Suite("Changes on disk reach the screens")
struct LibraryChangeTests {
    static let newID = ArticleID("2025/06/fresh")
    static let fresh = ArticleSummary(id: newID, path: "2025/06/fresh.md", title: "刚写好的快讯",
                                      date: Fixtures.date("2025-06-26"), tags: ["快讯"], topics: ["模型发布"])

    /// The fixture library with `fresh` added and the privacy article gone.
    static func changedSnapshot() -> LibrarySnapshot {
        var snapshot = Fixtures.snapshot()
        snapshot.articles = [fresh] + snapshot.articles.filter { $0.id != Fixtures.privacyID }
        return snapshot
    }

    @Test("the list and the counts follow, the status line says what changed, new articles are marked 新")
    func listFollows() {
        var driver = AppDriver()
        let effects = driver.send(.libraryChanged(Self.changedSnapshot(),
                                                  LibraryChanges(added: [Self.newID], removed: [Fixtures.privacyID])))
        #expect(effects.isEmpty)
        let screen = driver.lines.joined(separator: "\n")
        #expect(screen.contains("4 articles"))
        #expect(screen.contains("新刚写好的快讯") || screen.contains("新 刚写好的快讯"))
        #expect(!screen.contains("合成数据能解开隐私难题吗"))
        #expect(driver.status.contains("1 篇新文章 · 1 篇已删除"))
        // The topic count of 模型发布 went from 1 to 2.
        #expect(screen.contains("模型发布 (2)"))
    }

    @Test("the highlighted article stays highlighted when others arrive above it")
    func keepsSelection() {
        var driver = AppDriver()
        driver.press(.down)
        #expect(driver.library?.selectedArticle?.id == Fixtures.qwenID)
        driver.send(.libraryChanged(Self.changedSnapshot(), LibraryChanges(added: [Self.newID])))
        #expect(driver.library?.selectedArticle?.id == Fixtures.qwenID)
    }

    @Test("opening a new article drops its 新 mark")
    func markGoesWhenOpened() {
        var driver = AppDriver()
        driver.send(.libraryChanged(Self.changedSnapshot(), LibraryChanges(added: [Self.newID])))
        #expect(driver.lines.joined().contains("新"))
        driver.press(.home)
        #expect(driver.press(.enter) == [.loadArticle(Self.newID)])
        driver.send(.articleLoaded(Fixtures.shortArticle(Self.newID, title: "刚写好的快讯")))
        driver.press(.character("q"))
        #expect(driver.screen == .library)
        #expect(!driver.lines.joined().contains("新刚写好"))
        #expect(!driver.app.shared.fresh.contains(Self.newID))
    }

    @Test("an open article whose file changed is read again and shown at the same place")
    func openArticleReloads() throws {
        var driver = AppDriver.reading()
        driver.press(.character("j"), .character("j"))
        let top = try #require(driver.article?.top)
        let effects = driver.send(.libraryChanged(Fixtures.snapshot(), LibraryChanges(updated: [Fixtures.scaleID])))
        #expect(effects == [.loadArticle(Fixtures.scaleID)])
        #expect(driver.status.contains("1 篇已更新"))
        let edited = Fixtures.parse(Fixtures.scaleMarkdown.replacingOccurrences(of: "数据中立性：Scale AI 交易之后", with: "数据中立性（更新版）"),
                                    id: Fixtures.scaleID)
        driver.send(.articleLoaded(edited))
        #expect(driver.screen == .reader)
        #expect(driver.article?.article.title == "数据中立性（更新版）")
        #expect(driver.article?.top == top)
    }

    @Test("an article read again while a search in it is being typed keeps the prompt and the text typed")
    func openArticleReloadKeepsPrompt() {
        var driver = AppDriver.reading()
        driver.press(.character("/"))
        driver.type("数据")
        driver.send(.libraryChanged(Fixtures.snapshot(), LibraryChanges(updated: [Fixtures.scaleID])))
        driver.send(.articleLoaded(Fixtures.parse(Fixtures.scaleMarkdown, id: Fixtures.scaleID)))
        driver.type("中立")
        #expect(driver.status.contains("/数据中立"))
    }

    @Test("an open article whose file is deleted stays open, and the status line says so")
    func openArticleRemoved() {
        var driver = AppDriver.reading()
        var snapshot = Fixtures.snapshot()
        snapshot.articles.removeAll { $0.id == Fixtures.scaleID }
        let effects = driver.send(.libraryChanged(snapshot, LibraryChanges(removed: [Fixtures.scaleID])))
        #expect(effects.isEmpty)
        #expect(driver.screen == .reader)
        #expect(driver.status.contains("已删除"))
        driver.press(.character("q"))
        #expect(!driver.lines.joined().contains("Scale AI 交易之后"))
    }

    @Test("marks made in this session survive a change")
    func marksSurvive() {
        var driver = AppDriver()
        driver.press(.character("s"))
        let starred = driver.app.library?.readState.starred ?? []
        driver.send(.libraryChanged(Self.changedSnapshot(), LibraryChanges(added: [Self.newID])))
        #expect(driver.app.library?.readState.starred == starred)
    }
}
