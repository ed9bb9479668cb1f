import Testing
@testable import NewsCore

/// A whole article body through ``MarkdownParser``: the inline rules for CJK text hold inside
/// real block structure (hard-wrapped paragraphs, block quotes, headings, citation footnotes).
@Suite("CJK article bodies")
struct CJKArticleTests {
    private let body = """
        > 据**路透社**报道，Meta以143亿美元收购Scale AI 49%的股份[^1][^3]，
        > 这笔交易引发了关于_数据中立性_的讨论。

        ### 押注**“超级智能”**的时代

        业内人士指出：**来都来了**。
        客户需要_专家级数据_，即
        高质量的标注。

        ## 引用

        [^1]: [Meta invests in Scale AI](https://example.com/a?b=1&c=2#frag)·Reuters·Jane Doe（2025/6/24）·检索日期2025/6/25
        [^3]: [另一篇报道](https://example.org/x.html)·outlet.example（2025/06/25）·检索日期2025/6/25
        """

    @Test("a hard-wrapped quoted lead keeps its emphasis, footnote references and joins its lines")
    func quotedLead() {
        let document = MarkdownParser.parse(body)
        #expect(document.blocks.first == .blockQuote([.paragraph([
            .text("据"), .strong([.text("路透社")]), .text("报道，Meta以143亿美元收购Scale AI 49%的股份"),
            .footnoteReference(label: "1"), .footnoteReference(label: "3"),
            .text("，这笔交易引发了关于"), .emphasis([.text("数据中立性")]), .text("的讨论。"),
        ])]))
    }

    @Test("a heading with bold quoted text is strong emphasis")
    func heading() {
        let document = MarkdownParser.parse(body)
        #expect(document.blocks.dropFirst().first == .heading(level: 3, content: [
            .text("押注"), .strong([.text("“超级智能”")]), .text("的时代"),
        ]))
    }

    @Test("a paragraph wrapped inside Chinese text reads as one line")
    func wrappedParagraph() {
        let document = MarkdownParser.parse(body)
        #expect(document.blocks.dropFirst(2).first == .paragraph([
            .text("业内人士指出："), .strong([.text("来都来了")]), .text("。客户需要"),
            .emphasis([.text("专家级数据")]), .text("，即高质量的标注。"),
        ]))
    }

    @Test("citation footnotes keep their links with query strings and fragments")
    func citationLinks() {
        let document = MarkdownParser.parse(body)
        guard case .paragraph(let content)? = document.footnotes.first?.blocks.first else {
            Issue.record("the first footnote has no paragraph")
            return
        }
        #expect(content.first == .link(destination: "https://example.com/a?b=1&c=2#frag", title: nil,
                                       content: [.text("Meta invests in Scale AI")]))
        #expect(content.dropFirst().first == .text("·Reuters·Jane Doe（2025/6/24）·检索日期2025/6/25"))
    }
}
