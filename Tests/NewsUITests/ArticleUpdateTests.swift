import NewsCore
import Testing
@testable import NewsUI

@Suite("Article screen keys")
struct ArticleUpdateTests {
    @Test("opening an article shows it, marks it read and says so to the runtime")
    func openingMarksRead() {
        var driver = AppDriver()
        let effects = driver.open()
        #expect(effects == [.setRead(Fixtures.scaleID, true)])
        #expect(driver.screen == .reader)
        #expect(driver.app.library?.readState.read.contains(Fixtures.scaleID) == true)
        #expect(driver.lines[1] == " 数据中立性：Scale AI 交易之后")
    }

    @Test("an article already read is not marked again")
    func alreadyRead() {
        var driver = AppDriver()
        driver.press(.down, .down)
        #expect(driver.press(.enter) == [.loadArticle(Fixtures.nvidiaID)])
        #expect(driver.send(.articleLoaded(Fixtures.shortArticle(Fixtures.nvidiaID, title: "英伟达"))).isEmpty)
    }

    @Test("a load failure stays on the library and says why")
    func loadFailure() {
        var driver = AppDriver()
        driver.press(.enter)
        driver.send(.articleLoadFailed(Fixtures.scaleID, reason: "file vanished"))
        #expect(driver.screen == .library)
        #expect(driver.status.contains("file vanished"))
    }

    @Test("j k and the arrows scroll by a line; Space PgDn b PgUp by a page; g G Home End to the ends")
    func scrolls() {
        var driver = AppDriver.reading()
        let page = ArticleScreen.page(driver.app.shared)
        driver.press(.character("j"), .down)
        #expect(driver.article?.top == 2)
        driver.press(.character("k"))
        #expect(driver.article?.top == 1)
        driver.press(.up, .up)
        #expect(driver.article?.top == 0, "never above the top")
        driver.press(.character(" "))
        #expect(driver.article?.top == min(page, driver.maxTop))
        driver.press(.character("b"))
        #expect(driver.article?.top == 0)
        driver.press(.pageDown, .pageUp)
        #expect(driver.article?.top == 0)
        driver.press(.character("G"))
        #expect(driver.article?.top == driver.maxTop)
        #expect(driver.status.hasSuffix("100%"))
        driver.press(.character("g"))
        #expect(driver.article?.top == 0)
        driver.press(.end, .home)
        #expect(driver.article?.top == 0)
    }

    @Test("/ searches the article; n and N go to the next and previous match; matches are highlighted")
    func searchesTheArticle() throws {
        var driver = AppDriver.reading(width: 40, height: 12)
        driver.press(.character("/"))
        driver.type("openai")
        driver.press(.enter)
        let search = try #require(driver.article?.search)
        #expect(search.matches.count == 1, "Latin letters match whatever their case")
        let match = search.matches[0]
        let reader = try #require(driver.article)
        #expect(reader.isVisible(match.line, page: ArticleScreen.page(driver.app.shared)))
        let buffer = driver.app.render()
        #expect(buffer[match.line - reader.top + 1, match.columns.lowerBound + 1].style.role == .match)

        driver.press(.character("/"))
        driver.type("竞争格局")
        driver.press(.enter)
        let all = try #require(driver.article?.search?.matches)
        #expect(all.count > 3)
        let first = try #require(driver.article?.search?.current)
        driver.press(.character("n"))
        #expect(driver.article?.search?.current == first + 1)
        driver.press(.character("N"), .character("N"))
        #expect(driver.article?.search?.current == (first - 1 + all.count) % all.count)
    }

    @Test("J and K open the next and previous article of the list, saving the place")
    func nextAndPreviousArticle() {
        var driver = AppDriver.reading()
        driver.press(.character("j"), .character("j"))
        let position = driver.article!.position
        #expect(driver.press(.character("J")) == [.savePosition(Fixtures.scaleID, position), .loadArticle(Fixtures.qwenID)])
        let qwen = Fixtures.shortArticle(Fixtures.qwenID, title: "通义千问")
        #expect(driver.send(.articleLoaded(qwen)) == [.setRead(Fixtures.qwenID, true)])
        #expect(driver.article?.article.id == Fixtures.qwenID)
        #expect(driver.library?.selectedArticle?.id == Fixtures.qwenID)
        #expect(driver.lines[0].hasSuffix("2/4"))
        // A short article shown whole was read to its end: that is the place kept.
        let rendered = driver.article!.rendered
        let end = rendered.position(atLine: rendered.lines.count - 1)
        let effects = driver.press(.character("K"))
        #expect(effects == [.savePosition(Fixtures.qwenID, end), .loadArticle(Fixtures.scaleID)])
        driver.send(.articleLoaded(Fixtures.scaleArticle))
        #expect(driver.article?.top == 2, "the place saved this session comes back")
        #expect(driver.press(.character("K")).isEmpty)
        #expect(driver.status.contains("first article"))
    }

    @Test("q leaves the reader, saving the place; reopening starts there")
    func quitSavesPosition() {
        var driver = AppDriver.reading()
        driver.press(.character(" "))
        let position = driver.article!.position
        let top = driver.article!.top
        #expect(driver.press(.character("q")) == [.savePosition(Fixtures.scaleID, position)])
        #expect(driver.screen == .library)
        driver.open()
        #expect(driver.article?.top == top)
    }

    @Test("a position from the stored reading state is where the article opens")
    func opensAtStoredPosition() throws {
        let rendered = DocumentRenderer(width: 78).render(Fixtures.scaleArticle)
        let stored = rendered.position(atLine: 12)
        var driver = AppDriver(snapshot: Fixtures.snapshot(readState: ReadState(positions: [Fixtures.scaleID: stored])))
        driver.open()
        #expect(driver.article?.top == 12)
    }

    @Test("Q and a quit request save the place, then quit")
    func quitNow() {
        var driver = AppDriver.reading()
        driver.press(.character("j"))
        let position = driver.article!.position
        #expect(driver.press(.character("Q")) == [.savePosition(Fixtures.scaleID, position), .quit])
        var other = AppDriver.reading()
        #expect(other.send(.quitRequested) == [.savePosition(Fixtures.scaleID, ReadingPosition(block: 0, offset: 0)), .quit])
        var library = AppDriver()
        #expect(library.send(.quitRequested) == [.quit])
    }

    @Test("s and u star and mark the open article")
    func starAndReadInReader() {
        var driver = AppDriver.reading()
        #expect(driver.press(.character("s")) == [.setStarred(Fixtures.scaleID, true)])
        #expect(driver.press(.character("u")) == [.setRead(Fixtures.scaleID, false)])
    }

    @Test("? shows the reader's keys")
    func readerHelp() {
        var driver = AppDriver.reading()
        driver.press(.character("?"))
        #expect(driver.lines.contains { $0.hasPrefix(" Backspace Ctrl-O") && $0.contains("jump back") })
        driver.press(.escape)
        #expect(driver.screen == .reader)
    }
}
