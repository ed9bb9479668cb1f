import Testing
import NewsCore

/// A realistic Chinese news article body, parsed block by block.
@Suite("Blocks of a Chinese article")
struct BlocksArticleTests {
    static let article = """
        > 据报道，Meta以143亿美元收购Scale AI 49%的股份[^2]，创始人汪滔将加入Meta[^1]。

        ### 小标题：数据中立性

        Scale AI的客户包括谷歌、OpenAI等，
        交易后多家客户暂停合作[^3]。

        1. 第一点
           - 子项甲
           - 子项乙
        2. 第二点

        | 公司 | 估值（亿美元） |
        | :--- | ---: |
        | Scale AI | 290 |
        | 智东西 \\| 转载 |

        ## 引用

        [^1]: [Meta投资Scale AI：数据之争](https://example.com/a?b=1&c=2#frag)·智东西·张三（2025/6/24）·检索日期2025/6/25
        [^2]: [Another title](https://example.org/x.html)·outlet.example（2025/06/25）·检索日期2025/6/25
        [^3]: 未按格式书写的来源说明，
        懒惰续行也属于这条脚注。
        [^4]: [未被引用的来源](https://example.net/)·新华社（2025/6/20）·检索日期2025/6/25

        """

    @Test("the lead quote, headings, paragraph, nested list and table come out in order, footnotes removed")
    func blockOrder() throws {
        let blocks = MarkdownParser.parse(Self.article).blocks
        try #require(blocks.count == 6)
        guard case .blockQuote(let quote) = blocks[0], case .paragraph(let lead) = quote.first else {
            Issue.record("expected a lead block quote, got \(blocks[0])")
            return
        }
        #expect(lead.plainText.hasPrefix("据报道，Meta以143亿美元收购Scale AI 49%的股份"))
        #expect(blocks[1] == .heading(level: 3, content: [.text("小标题：数据中立性")]))
        guard case .paragraph(let body) = blocks[2] else {
            Issue.record("expected a paragraph, got \(blocks[2])")
            return
        }
        #expect(body.plainText.contains("交易后多家客户暂停合作"))
        #expect(blocks[5] == .heading(level: 2, content: [.text("引用")]))
    }

    @Test("an ordered list holds a nested bullet list in its first item, and both are tight")
    func nestedList() throws {
        let blocks = MarkdownParser.parse(Self.article).blocks
        guard case .list(let list) = blocks[3] else {
            Issue.record("expected a list, got \(blocks[3])")
            return
        }
        #expect(list.kind == .ordered(start: 1, delimiter: "."))
        #expect(list.isTight)
        try #require(list.items.count == 2)
        #expect(list.items[0].first == .paragraph([.text("第一点")]))
        guard case .list(let nested) = list.items[0].last else {
            Issue.record("expected a nested list, got \(list.items[0])")
            return
        }
        #expect(nested.kind == .bullet(marker: "-"))
        #expect(nested.items == [[.paragraph([.text("子项甲")])], [.paragraph([.text("子项乙")])]])
        #expect(list.items[1] == [.paragraph([.text("第二点")])])
    }

    @Test("a table with Chinese cells keeps its alignments, and an escaped pipe stays in its cell")
    func table() {
        guard case .table(let table) = MarkdownParser.parse(Self.article).blocks[4] else {
            Issue.record("expected a table")
            return
        }
        #expect(table.alignments == [.left, .right])
        #expect(table.header.map(\.plainText) == ["公司", "估值（亿美元）"])
        #expect(table.rows.map { $0.map(\.plainText) } == [["Scale AI", "290"], ["智东西 | 转载", ""]])
    }

    @Test("footnotes keep their labels, lines and source, numbered by first reference")
    func footnotes() throws {
        let footnotes = MarkdownParser.parse(Self.article).footnotes
        try #require(footnotes.count == 4)
        #expect(footnotes.map(\.label) == ["1", "2", "3", "4"])
        #expect(footnotes.map(\.ordinal) == [2, 1, 3, 4])
        #expect(footnotes.map(\.referenceCount) == [1, 1, 1, 0])
        #expect(footnotes.map(\.line) == [20, 21, 22, 24])
        #expect(footnotes[0].source
            == "[Meta投资Scale AI：数据之争](https://example.com/a?b=1&c=2#frag)·智东西·张三（2025/6/24）·检索日期2025/6/25")
        #expect(footnotes[2].source == "未按格式书写的来源说明，\n懒惰续行也属于这条脚注。")
    }

    @Test("a citation footnote's link keeps its query string and fragment")
    func citationLink() {
        let footnote = MarkdownParser.parse(Self.article).footnotes[0]
        guard case .paragraph(let content) = footnote.blocks.first,
              case .link(let destination, _, let title) = content.first else {
            Issue.record("expected a paragraph starting with a link, got \(footnote.blocks)")
            return
        }
        #expect(destination == "https://example.com/a?b=1&c=2#frag")
        #expect(title.plainText == "Meta投资Scale AI：数据之争")
        #expect(content.plainText.hasSuffix("·智东西·张三（2025/6/24）·检索日期2025/6/25"))
    }

    @Test("the unreferenced source is kept and reported as a warning only")
    func unreferencedDefinition() {
        let document = MarkdownParser.parse(Self.article)
        #expect(document.footnote(forLabel: "4")?.blocks.isEmpty == false)
        #expect(document.diagnostics == [
            Diagnostic(line: 24, severity: .warning, message: "footnote [^4] is defined but never referenced"),
        ])
    }
}
