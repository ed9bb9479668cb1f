import NewsCore
import NewsReading
import XCTest

final class OutlineTests: XCTestCase {
    func testListsHeadingsInOrderWithTheirLevels() {
        let document = MarkdownParser.parse("""
            # 标题

            导语。

            ### 一、**背景**

            正文。

            ### 二、影响 `GPU`

            ## 引用

            [^1]: 来源
            """)
        XCTAssertEqual(Outline.entries(of: document), [
            OutlineEntry(level: 1, title: "标题"),
            OutlineEntry(level: 3, title: "一、背景"),
            OutlineEntry(level: 3, title: "二、影响 GPU"),
            OutlineEntry(level: 2, title: "引用"),
        ])
    }

    func testAnArticleWithoutHeadingsHasAnEmptyOutline() {
        XCTAssertEqual(Outline.entries(of: MarkdownParser.parse("只有一段。\n\n又一段。")), [])
    }

    func testHeadingsInsideQuotesAndListsCount() {
        let document = MarkdownParser.parse("> ## 引文标题\n\n- ### 列表里的标题\n")
        XCTAssertEqual(Outline.entries(of: document).map(\.title), ["引文标题", "列表里的标题"])
    }

    func testControlCharactersInAHeadingAreMadeVisible() {
        let document = MarkdownParser.parse("## 危险\u{1B}]0;pwned\u{07}标题\n")
        let title = Outline.entries(of: document).first?.title ?? ""
        XCTAssertFalse(title.unicodeScalars.contains { $0.value < 0x20 })
        XCTAssertTrue(title.hasPrefix("危险"))
    }
}
