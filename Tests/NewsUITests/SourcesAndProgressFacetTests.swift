import NewsCore
import NewsReading
import Testing
@testable import NewsUI

/// `来源 Sources` and `◐ 在读 In progress` in the facet pane (issue #17).
@Suite("Sources and In progress facets")
struct SourcesAndProgressFacetTests {
    private static func snapshot(positions: [ArticleID: ReadingPosition] = [:]) -> LibrarySnapshot {
        var articles = Fixtures.summaries
        articles[0].outlets = ["智东西", "路透社"]
        articles[0].bodyBlocks = 10
        articles[2].outlets = ["路透社"]
        articles[2].bodyBlocks = 10
        return LibrarySnapshot(rootPath: "/news", articles: articles, readState: ReadState(positions: positions))
    }

    @Test("outlets are a facet group with counts, and choosing one filters the list")
    func sources() throws {
        var driver = AppDriver(width: 100, height: 30, snapshot: Self.snapshot())
        let rows = try #require(driver.library?.facetRows)
        let heading = try #require(rows.firstIndex(of: .heading("来源 Sources")))
        #expect(Array(rows[(heading + 1)...]) == [.outlet("路透社", count: 2), .outlet("智东西", count: 1)])
        driver.press(.tab, .character("G"), .character("k"), .enter)
        #expect(driver.library?.filter.outlet == "路透社")
        #expect(driver.library?.visibleIDs == [Fixtures.scaleID, Fixtures.nvidiaID])
        #expect(driver.lines[0].contains("来源:路透社"))
    }

    @Test("an outlet with control characters is drawn sanitized")
    func hostileOutlet() {
        var articles = Fixtures.summaries
        articles[0].outlets = ["坏\u{1B}[2J媒体"]
        let driver = AppDriver(width: 100, height: 30, snapshot: LibrarySnapshot(rootPath: "/news", articles: articles))
        #expect(!driver.lines.joined().unicodeScalars.contains { $0.value == 0x1B })
    }

    @Test("articles left part-way are the In progress facet; read to the end or unopened they are not")
    func inProgress() throws {
        let positions = [Fixtures.scaleID: ReadingPosition(block: 3, offset: 0),
                         Fixtures.nvidiaID: ReadingPosition(block: 10, offset: 0)]
        var driver = AppDriver(width: 100, height: 30, snapshot: Self.snapshot(positions: positions))
        let rows = try #require(driver.library?.facetRows)
        let row = try #require(rows.firstIndex(of: .inProgress(count: 1)))
        #expect(driver.lines[1 + row].contains("◐ 在读 In progress (1)"))
        driver.press(.tab)
        for _ in 0..<row { driver.press(.character("j")) }
        driver.press(.enter)
        #expect(driver.library?.visibleIDs == [Fixtures.scaleID])
    }

    @Test("with nothing in progress the pane has no In progress row")
    func noProgressRow() {
        let driver = AppDriver(width: 100, height: 30, snapshot: Self.snapshot())
        #expect(driver.library?.facetRows.contains { if case .inProgress = $0 { return true } else { return false } } == false)
    }
}

extension SourcesAndProgressFacetTests {
    @Test("leaving an article with its end on screen keeps the end, so it is not in progress; leaving mid-way is")
    func leavingAtTheEnd() throws {
        var driver = AppDriver.reading(width: 80, height: 24)
        driver.press(.end)
        let atEnd = driver.press(.character("q"))
        guard case .savePosition(_, let end)? = atEnd.first else { throw ExpectationFailedError() }
        #expect(!ReadingProgress.isInProgress(end, bodyBlocks: Fixtures.scaleArticle.document.blocks.count))
        driver.open()
        driver.press(.home, .character("j"), .character("j"))
        let midway = driver.press(.character("q"))
        guard case .savePosition(_, let place)? = midway.first else { throw ExpectationFailedError() }
        #expect(ReadingProgress.isInProgress(place, bodyBlocks: Fixtures.scaleArticle.document.blocks.count))
    }
}

private struct ExpectationFailedError: Error {}
