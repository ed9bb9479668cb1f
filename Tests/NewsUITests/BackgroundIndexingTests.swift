import NewsCore
import Testing
@testable import NewsUI

/// After a first build the bodies are parsed and search is filled in the background: every
/// screen's status line says how far, below what matters more, and a search meanwhile says it
/// covered only part of the library.
@Suite("The background work after a first build on the status line")
struct BackgroundIndexingTests {
    static let bodies = "正文 3,200 / 10,000 · 400 篇/秒 · 约 17 秒"
    static let search = "搜索索引 6,200 / 10,000 · 1,200 篇/秒 · 约 4 秒"

    @Test("the line replaces the key hints while the work runs, follows it, and goes once it is done")
    func lineFollowsTheWork() {
        var driver = AppDriver()
        let hints = driver.status
        driver.send(.indexing(Self.bodies))
        #expect(driver.status.contains(Self.bodies))
        driver.send(.indexing(Self.search))
        #expect(driver.status.contains(Self.search))
        #expect(!driver.status.contains("正文"))
        #expect(driver.send(.indexing(nil)).isEmpty)
        #expect(driver.status == hints)
    }

    @Test("keys go on as usual while the line shows, and it stays through them")
    func keysStillWork() {
        var driver = AppDriver()
        driver.send(.indexing(Self.bodies))
        driver.press(.down)
        #expect(driver.library?.selectedArticle?.id == Fixtures.qwenID)
        #expect(driver.status.contains(Self.bodies))
    }

    @Test("a change on disk wins the start of the line until the next key; the work's line stays at the end when both fit whole")
    func messageFirst() {
        var driver = AppDriver(width: 100)
        driver.send(.indexing(Self.bodies))
        driver.send(.libraryChanged(LibraryChangeTests.changedSnapshot(), LibraryChanges(added: [LibraryChangeTests.newID])))
        #expect(driver.status.hasPrefix(" 1 篇新文章"))
        #expect(driver.status.hasSuffix(Self.bodies))
        driver.press(.down)
        #expect(driver.status == " " + Self.bodies)
    }

    @Test("where both do not fit, a message is shown whole and the work's line waits for the next key")
    func messageWinsAlone() {
        var driver = AppDriver(width: 60)
        driver.send(.indexing(Self.bodies))
        driver.send(.articleLoadFailed(Fixtures.privacyID, reason: "the file is gone"))
        #expect(driver.status == " Could not open 2025/05/privacy: the file is gone")
        driver.send(.indexing(Self.search))
        #expect(driver.status == " Could not open 2025/05/privacy: the file is gone")
        driver.press(.down)
        #expect(driver.status == " " + Self.search)
    }

    @Test("the highlighted hit's snippet wins over the line: the user asked for it")
    func snippetWins() {
        var driver = AppDriver()
        driver.send(.indexing(Self.search))
        driver.send(.searchFinished(query: "数据", results: [
            SearchResult(id: Fixtures.privacyID, snippet: "合成数据的隐私", highlights: [2..<4]),
        ]))
        driver.press(.character("j"))
        #expect(driver.status.contains("合成数据的隐私"))
        #expect(!driver.status.contains("搜索索引 "))
    }

    @Test("in an article the line replaces the hints and keeps the reading position at the end")
    func articleShowsTheLine() {
        var driver = AppDriver.reading()
        driver.send(.indexing(Self.bodies))
        #expect(driver.status.contains(Self.bodies))
        #expect(driver.status.hasSuffix("%"))
    }

    @Test("a search that covered part of the library says so, and runs again by itself once the work is done")
    func partialSearchRunsAgain() {
        var driver = AppDriver(width: 100)
        driver.send(.indexing(Self.search))
        driver.press(.character("/"))
        #expect(driver.type("数据") == [])
        #expect(driver.press(.enter) == [.searchLibrary(query: "数据")])
        driver.send(.searchFinished(query: "数据", results: [SearchResult(id: Fixtures.scaleID)], coverage: 62))
        #expect(driver.lines[0].contains("/数据 搜索索引未完成 (62%)"))
        #expect(driver.status.contains("1 articles match “数据” · 搜索索引未完成 (62%)，结果可能不全"))
        #expect(driver.send(.indexing(nil)) == [.searchLibrary(query: "数据")])
        driver.send(.searchFinished(query: "数据", results: [SearchResult(id: Fixtures.scaleID), SearchResult(id: Fixtures.privacyID)]))
        #expect(driver.lines[0].contains("/数据"))
        #expect(!driver.lines[0].contains("未完成"))
        #expect(driver.status.contains("搜索索引已完成 · 2 articles match “数据”"))
    }

    @Test("a search that covered the whole library is not run again when the work ends")
    func completeSearchStays() {
        var driver = AppDriver()
        driver.send(.indexing(Self.search))
        driver.send(.searchFinished(query: "数据", results: [SearchResult(id: Fixtures.scaleID)]))
        #expect(driver.send(.indexing(nil)).isEmpty)
        #expect(!driver.lines[0].contains("未完成"))
    }
}
