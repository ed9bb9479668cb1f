import NewsCore
import Testing
@testable import NewsUI

/// The outline screen and pinyin filtering in the pickers (issue #17).
@Suite("Outline and pinyin picking")
struct OutlineAndPinyinTests {
    @Test("t in the reader lists the headings, the current one marked; Enter jumps, Backspace in the reader returns")
    func outlineJumpsAndReturns() throws {
        var driver = AppDriver.reading(width: 80, height: 24)
        driver.press(.character("t"))
        #expect(driver.screen == .outline)
        let outline = try #require(driver.opened(OutlineScreen.self))
        let headings = outline.headings
        #expect(headings.count >= 2)
        #expect(driver.lines[1].hasPrefix(" ▸") == false || outline.current == 0)
        #expect(driver.lines.contains { $0.contains(headings[1].title) })
        driver.press(.down)
        driver.press(.enter)
        #expect(driver.screen == .reader)
        let reader = try #require(driver.article)
        #expect(reader.top == min(headings[1].line, reader.maxTop(page: ArticleScreen.page(driver.app.shared))))
        driver.press(.backspace)
        #expect(driver.article?.top == 0)
    }

    @Test("Backspace or Esc in the outline returns to the same place")
    func outlineCancels() {
        var driver = AppDriver.reading(width: 80, height: 24)
        driver.press(.character("j"), .character("j"))
        driver.press(.character("t"), .down, .backspace)
        #expect(driver.screen == .reader)
        #expect(driver.article?.top == 2)
        driver.press(.character("t"), .escape)
        #expect(driver.article?.top == 2)
    }

    @Test("the current heading is the one the top of the screen is under")
    func currentHeading() throws {
        var driver = AppDriver.reading(width: 80, height: 24)
        let headings = try #require(driver.article?.rendered.anchors.headings)
        try #require(headings.count >= 2)
        driver.press(.end)
        driver.press(.character("t"))
        let outline = try #require(driver.opened(OutlineScreen.self))
        let top = try #require(driver.article?.top)
        #expect(outline.current == headings.lastIndex { $0.line <= top })
        let row = 1 + (outline.current ?? 0) - outline.cursor.top
        #expect(driver.lines[row].hasPrefix(" ▸"))
    }

    @Test("an article without headings says so")
    func emptyOutline() {
        var driver = AppDriver()
        driver.press(.enter)
        _ = driver.send(.articleLoaded(Fixtures.parse("---\ntitle: 无标题\ndate: 2025-06-20\n---\n\n只有正文。\n",
                                                      id: Fixtures.scaleID)))
        driver.press(.character("t"))
        #expect(driver.lines.contains { $0.contains("This article has no headings") })
    }

    @Test("pinyin initials and full pinyin filter the tag picker, and the match is highlighted")
    func pinyinPicker() throws {
        var driver = AppDriver()
        driver.press(.character("t"))
        driver.type("sjbz")
        let picker = try #require(driver.picker)
        #expect(picker.matches.map { picker.entries[$0].name } == ["数据标注"])
        let buffer = driver.app.render()
        let row = try #require(buffer.lines.firstIndex { $0.contains("数据标注") })
        let column = try #require(buffer.lines[row].range(of: "数据标注").map { buffer.lines[row].distance(to: $0.lowerBound) })
        #expect(buffer[row, column].style.role == .match)
        driver.press(.backspace, .backspace, .backspace, .backspace)
        driver.type("shuju")
        #expect(driver.picker?.matches.map { driver.picker!.entries[$0].name }.contains("数据标注") == true)
    }

    @Test("a Traditional query finds Simplified tags in the picker")
    func traditionalPicker() {
        var driver = AppDriver()
        driver.press(.character("t"))
        driver.type("數據")
        #expect(driver.picker?.matches.map { driver.picker!.entries[$0].name }.contains("数据标注") == true)
    }
}

extension String {
    /// Display columns before `index` (for finding a cell in a rendered row).
    func distance(to index: String.Index) -> Int { DisplayWidth.of(self[..<index]) }
}
