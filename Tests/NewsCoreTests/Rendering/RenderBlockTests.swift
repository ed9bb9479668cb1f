import Testing
@testable import NewsCore

@Suite("How each kind of block is drawn")
struct RenderBlockTests {
    private func render(_ body: String, width: Int) -> RenderedArticle {
        DocumentRenderer(width: width).render(RenderingFixtures.parse("---\ntitle: T\n---\n\n" + body))
    }

    /// The body's lines: everything after the header's rule, up to the references.
    private func body(_ body: String, width: Int) -> [String] {
        let lines = render(body, width: width).plainLines
        let start = (lines.firstIndex { $0.hasPrefix("──") } ?? -1) + 1
        return Array(lines[start...])
    }

    @Test("the lead quote has a bar on every line and wraps narrower than the body on wide screens")
    func leadQuote() throws {
        let text = String(repeating: "导语文字很长，", count: 30)
        let lines = body("> \(text)\n\n\(text)\n", width: 100)
        let quote = lines.prefix { !$0.isEmpty }
        #expect(quote.count > 1)
        #expect(quote.allSatisfy { $0.hasPrefix("│ ") })
        #expect(quote.map { DisplayWidth.of($0) }.max()! <= 64)
        #expect(lines.drop { !$0.isEmpty }.dropFirst().map { DisplayWidth.of($0) }.max()! > 64)
    }

    @Test("list continuation lines align with the item's text, nested lists one level further in")
    func hangingIndents() {
        let lines = body("- 一二三四五六七八九十\n  - 甲乙丙丁戊己庚辛\n\n10. 十\n", width: 12)
        #expect(lines == ["• 一二三四五", "  六七八九十", "  ◦ 甲乙丙丁", "    戊己庚辛", "", "10. 十"])
    }

    @Test("code keeps its spaces and marks where a long line continues; it is never reflowed")
    func codeIsCut() {
        let lines = body("```\nlet  x = 1234567890abcdef\nshort\n```\n", width: 14)
        #expect(lines == ["  let  x = 123", "  ↪4567890abcd", "  ↪ef", "  short"])
    }

    @Test("a table is drawn with box characters, columns padded by display width")
    func tableBox() {
        let lines = body("| 名称 | n |\n|---|--:|\n| 甲 | 1 |\n| Scale | 22 |\n", width: 40)
        #expect(lines == [
            "┌───────┬────┐",
            "│ 名称  │  n │",
            "├───────┼────┤",
            "│ 甲    │  1 │",
            "│ Scale │ 22 │",
            "└───────┴────┘",
        ])
    }

    @Test("a table too wide for a narrow screen becomes 列：值 lines")
    func tableStacks() {
        let lines = body("| 甲 | 乙 | 丙 |\n|---|---|---|\n| 一 | 二 | 三 |\n", width: 8)
        #expect(lines == ["甲：一", "乙：二", "丙：三"])
    }

    @Test("a column without a header stacks as its cell alone, no line starting with ：")
    func tableStacksWithoutHeader() {
        let lines = body("|  | 个人账号 | 公司账号 |\n|---|---|---|\n| 价格 | 99 美元 | 299 美元 |\n", width: 10)
        #expect(lines == ["价格", "个人账号：", "99 美元", "公司账号：", "299 美元"])
    }

    @Test("a footnote of prose holding a link shows its whole sentence; one that opens with its link is a citation")
    func proseFootnoteWithLink() {
        let body = "引文[^1]，来源[^2]。\n\n[^1]: 上面的引用摘自Rob Pike的[演讲](https://e.com/talk)。\n[^2]: [报告标题](https://e.com/r)·新华网\n"
        let lines = render(body, width: 60).plainLines
        #expect(lines.contains("[1] 上面的引用摘自Rob Pike的演讲。"))
        #expect(lines.contains("[2] 报告标题 — 新华网"))
        #expect(lines.contains("    https://e.com/talk"))
    }

    @Test("images show their alt text and path; thematic breaks are a rule")
    func imagesAndRules() {
        let lines = body("![图](/a.png)\n\n---\n", width: 20)
        #expect(lines == ["[图片: 图] /a.png", "", String(repeating: "─", count: 20)])
    }

    @Test("footnote markers are glued to the text and styled as markers")
    func markerStyle() throws {
        let rendered = render("文字[^1]。\n\n[^1]: 注。\n", width: 40)
        let line = try #require(rendered.lines.first { $0.text.hasPrefix("文字") })
        #expect(line.text == "文字[1]。")
        #expect(line.spans.contains(StyledSpan("[1]", style: .marker)))
    }

    @Test("headings are bold, the top two levels underlined; emphasis and links styled")
    func inlineStyles() throws {
        let rendered = render("## 大\n\n### 小\n\n**粗**_斜_[链](https://x.example)\n", width: 40)
        let spans = rendered.lines.flatMap(\.spans)
        #expect(spans.contains(StyledSpan("大", style: [.bold, .heading, .underline])))
        #expect(spans.contains(StyledSpan("小", style: [.bold, .heading])))
        #expect(spans.contains(StyledSpan("粗", style: .bold)))
        #expect(spans.contains(StyledSpan("斜", style: .italic)))
        #expect(spans.contains(StyledSpan("链", style: .link)))
    }

    @Test("the header shows the date with its own offset, topics, tags, summary and image")
    func header() {
        let article = RenderingFixtures.parse("""
            ---
            title: 标题
            date: 2025-06-25T09:10:04+08:00
            tags: [甲, Scale AI]
            main_topics: [主题一]
            summary: 摘要。
            featured_image: /i.jpg
            ---

            正文。
            """)
        let lines = DocumentRenderer(width: 40).render(article).plainLines
        #expect(Array(lines.prefix(6)) == ["标题", "2025-06-25 09:10 +08:00", "主题 主题一", "标签 #甲 #Scale AI", "摘要。", "[图片] /i.jpg"])
    }

    @Test("a hard break ends a line as a paragraph's end does; soft wraps continue the paragraph")
    func hardBreaks() throws {
        let rendered = render("一二三四五六七八九十  \n甲乙\n", width: 12)
        let start = try #require(rendered.plainLines.firstIndex { $0.hasPrefix("一") })
        #expect(Array(rendered.plainLines[start...]) == ["一二三四五六", "七八九十", "甲乙"])
        #expect(rendered.lineInfo[start...].map(\.kind) == [.text(isLast: false), .text(isLast: true), .text(isLast: true)])
    }

    @Test("a footnote marker inside a table cell is anchored where the cell draws it")
    func markersInTables() throws {
        let rendered = render("| 甲 | 乙 |\n|---|---|\n| 一 | 二[^1] |\n\n[^1]: 注。\n", width: 40)
        let reference = try #require(rendered.anchors.footnoteReferences.first)
        let line = rendered.lines[reference.line].text
        #expect(line == "│ 一 │ 二[1] │")
        #expect(reference.column == DisplayWidth.of("│ 一 │ 二"))
    }
}
