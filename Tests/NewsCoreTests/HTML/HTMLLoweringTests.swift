import Testing
@testable import NewsCore

@Suite("Raw HTML in articles reads as a browser shows it")
struct HTMLLoweringTests {
    private func blocks(_ body: String) -> [Block] { ArticleBodyParser.parse(body).blocks }
    private func inlines(_ body: String) -> [Inline] {
        guard case .paragraph(let content)? = blocks(body).first else { return [] }
        return content
    }

    @Test("inline styles, line breaks, links and images; unknown tags keep their text")
    func inlineElements() {
        #expect(inlines("甲<b>粗</b><i>斜</i><u>下</u><s>删</s><kbd>Ctrl</kbd><br>乙<span class=x>丙</span>") == [
            .text("甲"), .strong([.text("粗")]), .emphasis([.text("斜")]), .styled(.underline, [.text("下")]),
            .strikethrough([.text("删")]), .code("Ctrl"), .hardBreak, .text("乙丙"),
        ])
        #expect(inlines(#"见<a href="https://e.com" title="t">这里</a><img src="a.png" alt="图">"#) == [
            .text("见"), .link(destination: "https://e.com", title: "t", content: [.text("这里")]),
            .image(source: "a.png", title: nil, alt: [.text("图")]),
        ])
    }

    @Test("spaces around a URL attribute are stripped, as a browser strips them")
    func urlAttributeSpaces() {
        #expect(inlines("<a href=\"\n  https://x.com/a \">k</a><img src=\" b.png \" alt=\"图\">") == [
            .link(destination: "https://x.com/a", title: nil, content: [.text("k")]),
            .image(source: "b.png", title: nil, alt: [.text("图")]),
        ])
    }

    @Test("comments are never shown, inline or as blocks, and <!--more--> marks the summary")
    func comments() {
        let document = ArticleBodyParser.parse("导语<!--# 私人笔记 -->。\n\n<!--more-->\n\n<!--\n多行\n笔记\n-->\n正文\n")
        #expect(document.blocks == [.paragraph([.text("导语。")]), .paragraph([.text("正文")])])
        #expect(document.summaryBlockCount == 1)
    }

    @Test("an unterminated <!-- hides everything after it and is reported")
    func unterminatedComment() {
        let document = ArticleBodyParser.parse("可见。\n\n还可见<!-- 从这里起\n\n不可见\n")
        #expect(document.blocks == [.paragraph([.text("可见。")]), .paragraph([.text("还可见")])])
        #expect(document.diagnostics.contains { $0.message.contains("unterminated HTML comment") && $0.line == 3 })
    }

    @Test("sup and sub as Unicode when every character has a form, else ^(…) and _(…)")
    func scripts() {
        #expect(inlines("10<sup>3</sup> H<sub>2</sub>O x<sup>TM</sup>") == [
            .text("10³ H₂O x^(TM)"),
        ])
    }

    @Test("HTML footnotes: the marker links to the note, the note has an anchor and a way back")
    func htmlFootnotes() {
        let document = ArticleBodyParser.parse(#"正文<sup id="a1">[1](#f1)</sup>。"# + "\n\n" + #"<b id="f1">1</b> 注释 [↩](#a1)"# + "\n")
        #expect(document.blocks == [
            .paragraph([.text("正文"), .anchor(id: "a1"), .link(destination: "#f1", title: nil, content: [.text("[1]")]), .text("。")]),
            .paragraph([.anchor(id: "f1"), .strong([.text("1")]), .text(" 注释 "), .link(destination: "#a1", title: nil, content: [.text("↩")])]),
        ])
    }

    @Test("block containers become paragraphs; blockquote a quote; details a ▸ summary line")
    func blockContainers() {
        let body = "<div class=\"caption\">\n<p>第一段</p><p>第二段</p>\n</div>\n\n<blockquote>引文</blockquote>\n\n<details>\n<summary>展开</summary>\n\n内容 **粗**\n\n</details>\n"
        #expect(blocks(body) == [
            .paragraph([.text("第一段")]), .paragraph([.text("第二段")]),
            .blockQuote([.paragraph([.text("引文")])]),
            .paragraph([.text("▸ "), .strong([.text("展开")])]),
            .paragraph([.text("内容 "), .strong([.text("粗")])]),
        ])
    }

    @Test("tables, headings with ids, lists and pre")
    func structures() {
        let body = "<table><tr><th>名</th><th>值</th></tr><tr><td>甲</td><td>1</td></tr></table>\n\n<h3 id=\"x\">小节</h3>\n\n<ul><li>一<li>二</ul>\n\n<pre class=\"language-go\">a  :=\n  1</pre>\n"
        #expect(blocks(body) == [
            .table(Table(alignments: [.none, .none], header: [[.text("名")], [.text("值")]], rows: [[[.text("甲")], [.text("1")]]])),
            .heading(level: 3, content: [.anchor(id: "x"), .text("小节")]),
            .list(ListBlock(kind: .bullet(marker: "-"), isTight: true, items: [[.paragraph([.text("一")])], [.paragraph([.text("二")])]])),
            .codeBlock(CodeBlock(info: "go", text: "a  :=\n  1\n", isFenced: true)),
        ])
    }

    @Test("embedded players become one [视频]/[音频] link line; scripts and styles vanish")
    func mediaAndHidden() {
        let body = "<iframe src=\"https://player.example/v/1\" allowfullscreen></iframe>\n\n<audio controls><source src=\"a.mp3\"></audio>\n\n<script>alert(1)</script>\n<style>p{}</style>\n\n正文\n"
        #expect(blocks(body) == [
            .paragraph([.text("[视频] "), .link(destination: "https://player.example/v/1", title: nil, content: [.text("https://player.example/v/1")])]),
            .paragraph([.text("[音频] "), .link(destination: "a.mp3", title: nil, content: [.text("a.mp3")])]),
            .paragraph([.text("正文")]),
        ])
    }

    @Test("bad nesting and unclosed tags still show all the text")
    func badNesting() {
        #expect(inlines("<b>一<i>二</b>三</i>四") == [.strong([.text("一"), .emphasis([.text("二")])]), .text("三四")])
        #expect(inlines("<b>没有关闭") == [.strong([.text("没有关闭")])])
    }

    @Test("deep HTML nesting stays shallow and shows its text")
    func deepNesting() {
        let body = String(repeating: "<b>", count: 5_000) + "深" + String(repeating: "</b>", count: 5_000)
        #expect(inlines(body).plainText == "深")
    }

    @Test("Hugo-style custom heading ids move to an anchor")
    func customHeadingID() {
        #expect(blocks("## 安装步骤 {#install}\n") == [.heading(level: 2, content: [.anchor(id: "install"), .text("安装步骤")])])
        #expect(HeadingID.slug("Hello, 世界 Again!") == "hello-世界-again")
    }

    @Test("breaks = true makes every line ending in prose a line break")
    func hardBreaks() {
        let text = "原文链接=https://e.com\n作者=甲\n译者=乙\n"
        #expect(ArticleBodyParser.parse(text, options: MarkdownOptions(breaks: true)).blocks
            == [.paragraph([.text("原文链接=https://e.com"), .hardBreak, .text("作者=甲"), .hardBreak, .text("译者=乙")])])
        #expect(ArticleBodyParser.parse(text).blocks
            == [.paragraph([.text("原文链接=https://e.com"), .softBreak, .text("作者=甲译者=乙")])])
    }
}
