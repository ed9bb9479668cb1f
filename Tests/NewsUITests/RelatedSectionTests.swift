import NewsCore
import Testing
@testable import NewsUI

/// `相关文章 Related` after the references (issue #17).
@Suite("The Related section of the reader")
struct RelatedSectionTests {
    @Test("the section lists articles sharing tags or topics, never the article itself, newest first on a tie")
    func listsRelated() throws {
        var driver = AppDriver.reading(width: 80, height: 24)
        let related = try #require(driver.article?.related)
        #expect(related.map(\.id) == [Fixtures.nvidiaID, Fixtures.privacyID])
        driver.press(.end)
        let screen = driver.lines.joined(separator: "\n")
        #expect(screen.contains("相关文章 Related"))
        #expect(screen.contains("• 英伟达财报：数据中心收入创新高  2025-05-30"))
        #expect(!screen.contains("• 数据中立性"))
    }

    @Test("Tab reaches a related article, Enter opens it over this one, Backspace comes back to the same place")
    func opensAndReturns() throws {
        var driver = AppDriver.reading(width: 80, height: 24)
        driver.press(.end)
        let top = try #require(driver.article?.top)
        var effects: [Effect] = []
        for _ in 0..<20 where driver.article?.selection != .related(0) { driver.press(.tab) }
        #expect(driver.article?.selection == .related(0))
        effects = driver.press(.enter)
        #expect(effects.contains(.loadArticle(Fixtures.nvidiaID)))
        driver.send(.articleLoaded(Fixtures.shortArticle(Fixtures.nvidiaID, title: "英伟达财报：数据中心收入创新高")))
        #expect(driver.article?.article.id == Fixtures.nvidiaID)
        #expect(driver.app.stack.count == 3, "the related article opens over the first")
        driver.press(.backspace)
        #expect(driver.article?.article.id == Fixtures.scaleID)
        #expect(driver.article?.top == top)
        #expect(driver.app.stack.count == 2)
    }

    @Test("an article sharing nothing has no Related section")
    func noSection() {
        var driver = AppDriver(width: 80, height: 24)
        driver.press(.down)
        driver.press(.enter)
        driver.send(.articleLoaded(Fixtures.shortArticle(Fixtures.qwenID, title: "通义千问开源新一代模型")))
        #expect(driver.article?.related == [])
        driver.press(.end)
        #expect(!driver.lines.joined().contains("相关文章"))
    }
}
