import Foundation
import Testing
@testable import NewsCore

@Suite("Summaries in Hugo's precedence")
struct SummaryPrecedenceTests {
    private func summary(_ text: String) -> String? {
        ArticleParser.parse(data: Data(text.utf8), path: "a.md", id: ArticleID("a"), modificationDate: Date()).summary
    }

    @Test("the text before <!--more--> wins over summary and description")
    func moreMarker() {
        let text = "---\ntitle: t\nsummary: 字段摘要\ndescription: 描述\n---\n# t\n\n第一段**导语**。\n\n第二段。\n\n<!--more-->\n\n正文。\n"
        #expect(summary(text) == "第一段导语。 第二段。")
    }

    @Test("a divider shown as an example in code is no divider; a video or link line is no summary")
    func dividerInCodeAndLinkLines() {
        let fenced = "---\ntitle: t\n---\n{% youtube abc123 %}\n\n文章讲的是摘要的写法，以及它在列表里怎样显示。\n\n```\n开头\n<!-- more -->\n```\n\n行内 `<!--more-->` 也不算。\n"
        #expect(summary(fenced) == "文章讲的是摘要的写法，以及它在列表里怎样显示。")
        #expect(summary("---\ntitle: t\n---\nhttps://example.com/a-very-long-address/with/many/parts\n\n真正的第一段正文在这里，它有足够的文字。\n")
                == "真正的第一段正文在这里，它有足够的文字。")
        #expect(summary("---\ntitle: t\n---\n导语在分隔之前。\n\n<!-- more -->\n\n正文。\n") == "导语在分隔之前。")
    }

    @Test("summary, then description")
    func frontMatterFields() {
        #expect(summary("---\ntitle: t\nsummary: 字段摘要\ndescription: 描述\n---\n正文内容。\n") == "字段摘要")
        #expect(summary("---\ntitle: t\ndescription: 描述\n---\n正文内容。\n") == "描述")
    }

    @Test("summaries are the text Hugo renders: no Markdown, shortcodes expanded")
    func plainSummaries() {
        let rich = "---\ntitle: t\nsummary: \"这是一个 _富_ 文本的 _简介_ \"\n---\n正文内容。\n"
        #expect(summary(rich) == "这是一个 富 文本的 简介")
        #expect(summary("---\ntitle: t\ndescription: \"**粗** 与 [链接](https://a.org)\"\n---\n正文。\n") == "粗 与 链接")
        let more = "---\ntitle: t\n---\n[FAQ]({{< ref \"/faq\" >}}) 页面是常见问题的集合。\n\n<!--more-->\n\n正文。\n"
        #expect(summary(more) == "FAQ 页面是常见问题的集合。")
    }

    @Test("a first build's head pass reads the same plain summary as the full parse")
    func headPassSummary() throws {
        let text = "---\ntitle: t\nsummary: \"这是一个 _富_ 文本的 _简介_ \"\n---\n正文内容。\n"
        guard case .decided(let head) = ArticleHeadParser.parse(head: Data(text.utf8), path: "a.md", id: ArticleID("a"),
                                                              modificationDate: Date(), fileSize: text.utf8.count) else {
            Issue.record("the head should decide the row")
            return
        }
        #expect(head.frontMatter.summary == "这是一个 富 文本的 简介")
        #expect(head.frontMatter.summary == summary(text))
    }

    @Test("else the first prose paragraph, skipping images, short labels, credit lines and code")
    func firstProseParagraph() {
        let text = """
            # 周报

            ![封面](https://example.com/a.png)

            **本期概要**

            整理编辑：zhangferry

            ```
            let code = 1
            ```

            > 这是一段真正的导语，讲述本期的主要内容和几个值得关注的新闻[^1]。

            [^1]: 来源
            """
        #expect(summary(text) == "这是一段真正的导语，讲述本期的主要内容和几个值得关注的新闻。")
    }

    @Test("a long CJK paragraph is cut at the sentence end near 120 characters")
    func cutsCJK() throws {
        let sentence = String(repeating: "字", count: 50) + "。"
        let text = "---\ntitle: t\n---\n" + String(repeating: sentence, count: 6) + "\n"
        let cut = try #require(summary(text))
        // Sentence ends at 102 and 153 characters: 102 is nearer to 120.
        #expect(cut == String(repeating: sentence, count: 2))
    }

    @Test("the nearest sentence end wins, before or after the target")
    func nearestSentenceEnd() throws {
        // Sentence ends at 115 and 170 characters: 115 is nearer to 120.
        let first = String(repeating: "字", count: 114) + "。"
        let second = String(repeating: "文", count: 54) + "。"
        let text = "---\ntitle: t\n---\n" + first + second + String(repeating: "尾", count: 20) + "\n"
        #expect(try #require(summary(text)) == first)
    }

    @Test("a long English paragraph is cut at the sentence end near 70 words")
    func cutsWords() throws {
        let sentence = Array(repeating: "word", count: 19).joined(separator: " ") + " end."
        let text = "---\ntitle: t\n---\n" + Array(repeating: sentence, count: 8).joined(separator: " ") + "\n"
        let cut = try #require(summary(text))
        #expect(cut == Array(repeating: sentence, count: 4).joined(separator: " "))
    }

    @Test("a short paragraph is kept whole; an article without prose has none")
    func shortAndNone() {
        #expect(summary("---\ntitle: t\n---\n短短的一段正文，不需要截断。\n") == "短短的一段正文，不需要截断。")
        #expect(summary("---\ntitle: t\n---\n```\ncode only\n```\n") == nil)
    }
}
