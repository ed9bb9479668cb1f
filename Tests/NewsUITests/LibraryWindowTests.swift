import Foundation
import NewsCore
import NewsReading
import Testing
@testable import NewsUI

/// Rows kept in memory that remember which positions were read.
private final class CountingRows: ArticleRows, @unchecked Sendable {
    private let inner: ArticleRowsInMemory
    private(set) var read: Set<Int> = []

    init(_ articles: [ArticleSummary]) { inner = ArticleRowsInMemory(articles) }

    func summaries(at positions: [Int]) -> [Int: ArticleSummary] {
        read.formUnion(positions)
        return inner.summaries(at: positions)
    }

    func paths() -> [(id: ArticleID, path: String)] { inner.paths() }
}

@Suite("The library list is a window: it filters and counts the listing, and reads only the rows it draws")
struct LibraryWindowTests {
    /// 1,000 articles, newest first; every even one tagged 偶数, every tenth in topic 整十.
    private static func articles() -> [ArticleSummary] {
        (0..<1000).map { (number: Int) -> ArticleSummary in
            let id = ArticleID(String(format: "a%04d", number))
            let date = ArticleDate(instant: Date(timeIntervalSince1970: Double(2_000_000_000 - number * 3600)))
            let tags: [String] = number % 2 == 0 ? ["偶数", "全部"] : ["全部"]
            let topics: [String] = number % 10 == 0 ? ["整十"] : []
            return ArticleSummary(id: id, path: "a\(number).md", title: "第\(number)篇", date: date, tags: tags, topics: topics)
        }
    }

    private static func driver(_ rows: CountingRows, _ articles: [ArticleSummary]) -> AppDriver {
        AppDriver(width: 100, height: 24, snapshot: LibrarySnapshot(rootPath: "/lib", listing: ArticleListing(articles), rows: rows))
    }

    @Test("the first screen reads the rows on screen only, and paging reads the next screenful")
    func readsDrawnRows() {
        let articles = Self.articles(), rows = CountingRows(articles)
        var driver = Self.driver(rows, articles)
        let first = driver.lines.joined(separator: "\n")
        #expect(first.contains("第0篇") && first.contains("1000 articles"))
        #expect(rows.read.count <= 22 && rows.read.allSatisfy { $0 < 22 })
        driver.press(.pageDown)
        let second = driver.lines.joined(separator: "\n")
        #expect(second.contains("第22篇"))
        #expect(rows.read.count <= 44 && rows.read.allSatisfy { $0 < 44 })
    }

    @Test("counts and filters come from the listing's numbers")
    func filtersAndCounts() {
        let articles = Self.articles(), rows = CountingRows(articles)
        var driver = Self.driver(rows, articles)
        let pane = driver.lines.joined(separator: "\n")
        #expect(pane.contains("全部 (1000)") && pane.contains("偶数 (500)") && pane.contains("整十 (100)"))
        let tagRow = driver.library?.facetRows.firstIndex(of: .tag("偶数", count: 500)) ?? -1
        #expect(tagRow > 0)
        driver.press(.tab)
        while let selected = driver.library?.pane.selected, selected < tagRow { driver.press(.down) }
        driver.press(.enter)
        let filtered = driver.lines.joined(separator: "\n")
        #expect(filtered.contains("500 articles") && filtered.contains("#偶数"))
        // Within 偶数, every tenth article is in 整十: 100 of the 500.
        #expect(filtered.contains("整十 (100)") && filtered.contains("全部 (500)"))
        #expect(driver.library?.visibleIDs.prefix(2).map(\.rawValue) == ["a0000", "a0002"])
        #expect(rows.read.count <= 44)
    }

    @Test("a live change replaces the listing and its rows; the highlight follows its article")
    func liveChange() {
        let articles = Self.articles()
        var driver = Self.driver(CountingRows(articles), articles)
        driver.press(.down, .down)
        #expect(driver.library?.selectedID?.rawValue == "a0002")
        let fresh = ArticleSummary(id: ArticleID("new"), path: "new.md", title: "新来的", date: ArticleDate(instant: Date(timeIntervalSince1970: 2_100_000_000)),
                                   tags: ["偶数"])
        let changed = [fresh] + articles.filter { $0.id.rawValue != "a0001" }
        let rows = CountingRows(changed)
        driver.send(.libraryChanged(LibrarySnapshot(rootPath: "/lib", listing: ArticleListing(changed), rows: rows),
                                    LibraryChanges(added: [fresh.id], removed: [ArticleID("a0001")])))
        #expect(driver.library?.selectedID?.rawValue == "a0002")
        let screen = driver.lines.joined(separator: "\n")
        #expect(screen.contains("新来的") && screen.contains("偶数 (501)") && !screen.contains("第1篇"))
        #expect(rows.read.allSatisfy { $0 < 22 })
    }

    @Test("drafts in the listing are left out of the list and its counts when hidden")
    func hiddenDrafts() {
        var articles = Array(Self.articles().prefix(4))
        articles[0].isDraft = true
        articles[2].isDraft = true
        let snapshot = LibrarySnapshot(rootPath: "/lib", listing: ArticleListing(articles), hidesDrafts: true,
                                       rows: ArticleRowsInMemory(articles))
        let driver = AppDriver(width: 100, height: 24, snapshot: snapshot)
        #expect(driver.library?.visibleIDs.map(\.rawValue) == ["a0001", "a0003"])
        let screen = driver.lines.joined(separator: "\n")
        #expect(screen.contains("2 articles") && screen.contains("全部 (2)") && !screen.contains("偶数"))
        #expect(snapshot.articles.map(\.id.rawValue) == ["a0001", "a0003"])
    }
}

@Suite("Links between articles reach the listed ones")
struct ListedPathsTests {
    @Test("a hidden draft's path is not offered to links; a shown one is")
    func draftsLeftOut() {
        var draft = ArticleSummary(id: ArticleID("d"), path: "d.md", title: "草稿", date: ArticleDate(instant: Date(timeIntervalSince1970: 0)))
        draft.isDraft = true
        let shown = ArticleSummary(id: ArticleID("s"), path: "s.md", title: "正文", date: ArticleDate(instant: Date(timeIntervalSince1970: 0)))
        let articles = [draft, shown]
        let hidden = LibrarySnapshot(rootPath: "/lib", listing: ArticleListing(articles), hidesDrafts: true, rows: ArticleRowsInMemory(articles))
        #expect(hidden.listedPaths().map(\.path) == ["s.md"])
        let all = LibrarySnapshot(rootPath: "/lib", listing: ArticleListing(articles), rows: ArticleRowsInMemory(articles))
        #expect(all.listedPaths().map(\.path) == ["d.md", "s.md"])
    }
}
