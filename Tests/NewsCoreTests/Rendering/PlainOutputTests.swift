import Testing
@testable import NewsCore

@Suite("Plain output reads well without colour")
struct PlainOutputTests {
    private func lines(_ body: String, width: Int = 40, plain: Bool = true) -> [String] {
        var renderer = DocumentRenderer(width: width)
        renderer.plain = plain
        let lines = renderer.render(RenderingFixtures.parse("---\ntitle: T\n---\n\n" + body)).plainLines
        let start = (lines.firstIndex { $0.hasPrefix("──") } ?? -1) + 1
        return Array(lines[start...])
    }

    @Test("heading levels show as #-marks in plain output only")
    func headingMarks() {
        #expect(lines("## 二级\n\n### 三级\n") == ["## 二级", "", "### 三级"])
        #expect(lines("## 二级\n", plain: false) == ["二级"])
    }

    @Test("each link and image gets a <number>, and the 链接 Links list gives every URL")
    func linkList() {
        let rendered = lines("见[甲](https://a.example/x)与<https://b.example>，![](img/c.png)和[内](#top)。\n")
        #expect(rendered == [
            "见甲<1>与https://b.example<2>，[图片]", "img/c.png<3>和内。", "", "链接 Links", "",
            "1. https://a.example/x", "2. https://b.example", "3. [图片] img/c.png",
        ])
    }

    @Test("a code block shows its language")
    func codeLanguage() {
        #expect(lines("```swift\nlet a = 1\n```\n") == ["  ‹swift›", "  let a = 1"])
    }

    @Test("an image with an empty alt prints [图片]")
    func emptyAlt() {
        #expect(lines("![](/a.png)\n", plain: false) == ["[图片] /a.png"])
    }

    @Test("the article's own references heading is kept")
    func referencesHeading() {
        let rendered = lines("正文[^1]\n\n## 参考资料\n\n[^1]: [标题](https://e.com)·媒体\n", plain: false)
        #expect(rendered.filter { $0 == "参考资料" }.count == 1)
        #expect(!rendered.contains("引用"))
    }

    @Test("headings and HTML ids are in-page targets a #link finds")
    func targets() {
        var renderer = DocumentRenderer(width: 40)
        renderer.plain = false
        let rendered = renderer.render(RenderingFixtures.parse(
            "---\ntitle: T\n---\n\n## 安装 步骤\n\n正文<sup id=\"a1\">[1](#f1)</sup>\n\n## 安装 步骤\n\n<b id=\"f1\">1</b> 注 [↩](#a1)\n"))
        let anchors = rendered.anchors
        #expect(anchors.targets.map(\.id) == ["安装-步骤", "a1", "安装-步骤-1", "f1"])
        let note = try! #require(anchors.target(forFragment: "#f1"))
        #expect(rendered.plainLines[note.line].hasPrefix("1 注"))
        #expect(anchors.target(forFragment: "#%E5%AE%89%E8%A3%85-%E6%AD%A5%E9%AA%A4")?.line == anchors.headings[0].line)
        #expect(anchors.links.map(\.url) == ["#f1", "#a1"])
        #expect(anchors.target(forFragment: "#missing") == nil)
    }

    @Test("a Hexo-style #link (`_` written `-`) finds its heading")
    func hexoHeadingIDs() {
        let rendered = DocumentRenderer(width: 40).render(RenderingFixtures.parse(
            "---\ntitle: T\n---\n\n### list_posts\n\n正文\n\n### list_categories\n\n见 [分类](#list-categories)\n"))
        let anchors = rendered.anchors
        #expect(anchors.target(forFragment: "#list-categories")?.line == anchors.headings[1].line)
        #expect(anchors.target(forFragment: "#list_categories")?.line == anchors.headings[1].line)
        #expect(anchors.target(forFragment: "#list-tags") == nil)
    }
}
