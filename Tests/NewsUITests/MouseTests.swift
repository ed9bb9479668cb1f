import NewsCore
import Testing
@testable import NewsUI

/// Clicks and the wheel in `update` (issue #7): a click selects, a click on what is selected
/// opens it, a click on a footnote marker follows it, the wheel scrolls.
@Suite("The mouse")
struct MouseTests {
    private func click(_ driver: inout AppDriver, row: Int, column: Int) -> [Effect] {
        driver.send(.mouse(MouseEvent(.press, row: row, column: column)))
    }

    @Test("in the library a click highlights an article and a second click opens it")
    func libraryClickSelectsThenOpens() throws {
        var driver = AppDriver()
        let column = LibraryScreen.paneWidth(driver.app.shared) + 5
        #expect(click(&driver, row: 2, column: column).isEmpty)
        let library = try #require(driver.library)
        #expect(library.list.selected == 1)
        let id = library.listing.ids[library.visible[1]]
        #expect(click(&driver, row: 2, column: column) == [.loadArticle(id)])
    }

    @Test("a click in the facet pane highlights a facet and a second click applies it")
    func facetClick() throws {
        var driver = AppDriver()
        let rows = try #require(driver.library?.facetRows)
        let tagRow = try #require(rows.firstIndex { if case .tag = $0 { return true } else { return false } })
        guard case .tag(let name, _) = rows[tagRow] else { return }
        _ = click(&driver, row: tagRow + 1, column: 2)
        #expect(driver.library?.focus == .facets)
        #expect(driver.library?.filter.tag == nil)
        _ = click(&driver, row: tagRow + 1, column: 2)
        #expect(driver.library?.filter.tag == name)
    }

    @Test("the wheel moves the list under the pointer three rows at a time")
    func libraryWheel() {
        var driver = AppDriver()
        driver.send(.mouse(MouseEvent(.wheelDown, row: 3, column: LibraryScreen.paneWidth(driver.app.shared) + 5)))
        #expect(driver.library?.list.selected == 3)
        driver.send(.mouse(MouseEvent(.wheelUp, row: 3, column: LibraryScreen.paneWidth(driver.app.shared) + 5)))
        #expect(driver.library?.list.selected == 0)
    }

    @Test("in the reader a click on a footnote marker jumps to its definition; Backspace comes back")
    func markerClickFollows() throws {
        var driver = AppDriver.reading()
        let reader = try #require(driver.article)
        let marker = try #require(reader.targets.first { if case .reference = $0.kind { return true } else { return false } })
        let before = reader.top
        _ = click(&driver, row: marker.line - reader.top + 1, column: marker.column + 1)
        #expect(driver.article?.selection == marker.kind)
        #expect(driver.article?.highlightedLabel != nil)
        #expect(driver.article?.top != before)
        driver.press(.backspace)
        #expect(driver.article?.top == before)
    }

    @Test("a click on a link selects it, a second click opens it, and a click on plain text does nothing")
    func linkClick() throws {
        var driver = AppDriver.reading(width: 80, height: 40)
        let reader = try #require(driver.article)
        let link = try #require(reader.targets.first { if case .link = $0.kind { return true } else { return false } })
        let row = link.line - reader.top + 1, column = link.column + 2
        #expect(click(&driver, row: row, column: column).isEmpty)
        #expect(driver.article?.selection == link.kind)
        #expect(click(&driver, row: row, column: column) == [.openURL("https://example.org/blog")])
        driver.press(.escape)
        #expect(click(&driver, row: 3, column: 70).isEmpty)
        #expect(driver.article?.selection == nil)
    }

    @Test("the wheel scrolls the reader three lines a notch")
    func readerWheel() {
        var driver = AppDriver.reading(width: 40, height: 12)
        driver.send(.mouse(MouseEvent(.wheelDown, row: 5, column: 5)))
        #expect(driver.article?.top == 3)
        driver.send(.mouse(MouseEvent(.wheelUp, row: 5, column: 5)))
        #expect(driver.article?.top == 0)
    }

    @Test("in the link list a click highlights an entry and a second click opens its URL")
    func linkListClick() throws {
        var driver = AppDriver.reading()
        driver.press(.character("L"))
        let url = try #require(driver.article?.article.citations[1].url)
        #expect(click(&driver, row: 3, column: 10).isEmpty)
        #expect(driver.opened(LinkListScreen.self)?.cursor.selected == 1)
        #expect(click(&driver, row: 4, column: 10) == [.openURL(url)])
    }

    @Test("on the help screen the wheel scrolls through the keys bound to scrolling")
    func helpWheel() {
        var driver = AppDriver.reading(width: 80, height: 10)
        driver.press(.character("?"))
        let first = driver.lines[1]
        driver.send(.mouse(MouseEvent(.wheelDown, row: 4, column: 4)))
        #expect(driver.lines[1] != first)
    }

    @Test("in the tag picker a click highlights an entry, a second click applies it, a click outside closes it")
    func pickerClick() throws {
        var driver = AppDriver()
        driver.press(.character("t"))
        let frame = PickerOverlay.frame(driver.app.shared)
        let second = try #require(driver.picker.map { $0.entries[$0.matches[1]].name })
        _ = click(&driver, row: frame.row + 3, column: frame.column + 4)
        #expect(driver.picker?.cursor.selected == 1)
        _ = click(&driver, row: frame.row + 3, column: frame.column + 4)
        #expect(driver.screen == .library)
        #expect(driver.library?.filter.tag == second)
        driver.press(.character("t"))
        _ = click(&driver, row: 0, column: 0)
        #expect(driver.screen == .library)
    }

    @Test("of two adjacent links, a click on the second selects the second")
    func adjacentLinks() throws {
        let article = Fixtures.parse("---\ntitle: t\ndate: 2025-01-01\n---\n\n见[甲乙](https://a.example/1)[丙丁](https://b.example/2)。\n",
                                     id: Fixtures.scaleID)
        var driver = AppDriver()
        driver.open(article)
        let reader = try #require(driver.article)
        let links = reader.targets.filter { if case .link = $0.kind { return true } else { return false } }
        #expect(links.count == 2)
        let second = links[1]
        #expect(links[0].column + links[0].width == second.column)
        _ = click(&driver, row: second.line - reader.top + 1, column: second.column + 1)
        #expect(driver.article?.selection == second.kind)
        #expect(click(&driver, row: second.line - reader.top + 1, column: second.column + 1) == [.openURL("https://b.example/2")])
    }

    @Test("a link wrapped over two lines is highlighted on both, and a click on its second line selects it")
    func wrappedLink() throws {
        let article = Fixtures.parse("---\ntitle: t\ndate: 2025-01-01\n---\n\n这是开头的一段文字，[一个非常非常长的链接文字跨越了两行](https://w.example/)结束。\n",
                                     id: Fixtures.scaleID)
        var driver = AppDriver(width: 30, height: 20)
        driver.open(article)
        let reader = try #require(driver.article)
        let link = try #require(reader.targets.first { if case .link = $0.kind { return true } else { return false } })
        let rest = try #require(link.continuation, "the link should wrap at this width")
        // A click on the second line's part selects the link.
        let row = link.line + 1 - reader.top + 1
        _ = click(&driver, row: row, column: rest.lowerBound + 2)
        #expect(driver.article?.selection == link.kind)
        // Both parts are drawn selected.
        let buffer = driver.app.render()
        #expect(buffer[link.line - reader.top + 1, link.column + 1].style.role == .selection)
        #expect(buffer[row, rest.lowerBound + 1].style.role == .selection)
    }
}
