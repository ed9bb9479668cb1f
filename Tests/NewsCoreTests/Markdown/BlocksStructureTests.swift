import Testing
import NewsCore

@Suite("Block structure")
struct BlocksStructureTests {
    @Test("ATX and setext headings, with closing hashes removed")
    func headings() {
        let document = MarkdownParser.parse("## 市场 ##\n\n总结\n===\n\n副标题\n---\n")
        #expect(document.blocks == [
            .heading(level: 2, content: [.text("市场")]),
            .heading(level: 1, content: [.text("总结")]),
            .heading(level: 2, content: [.text("副标题")]),
        ])
    }

    @Test("fenced code keeps its info string and lines; indented code is not fenced")
    func codeBlocks() {
        let document = MarkdownParser.parse("```swift\nlet 数 = 1\n  缩进\n```\n\n    plain\n\tcode\n")
        #expect(document.blocks == [
            .codeBlock(CodeBlock(info: "swift", text: "let 数 = 1\n  缩进\n", isFenced: true)),
            .codeBlock(CodeBlock(text: "plain\ncode\n", isFenced: false)),
        ])
    }

    @Test("a table's rows may be indented to align their pipes; indented code after a blank line is still code")
    func indentedTableRows() {
        let document = MarkdownParser.parse("   Name | Age\n--------|------\n    Bob | 27\n  Alice | 23\n\n    code\n")
        #expect(document.blocks == [
            .table(Table(alignments: [.none, .none], header: [[.text("Name")], [.text("Age")]],
                         rows: [[[.text("Bob")], [.text("27")]], [[.text("Alice")], [.text("23")]]])),
            .codeBlock(CodeBlock(text: "code\n", isFenced: false)),
        ])
    }

    @Test("an unclosed fence runs to the end of the document")
    func unclosedFence() {
        #expect(MarkdownParser.parse("~~~\n未闭合\n").blocks == [.codeBlock(CodeBlock(text: "未闭合\n", isFenced: true))])
    }

    @Test("HTML blocks and thematic breaks are kept as they are")
    func htmlAndRules() {
        let document = MarkdownParser.parse("<div class=\"note\">\n注意\n</div>\n\n***\n")
        #expect(document.blocks == [.htmlBlock("<div class=\"note\">\n注意\n</div>"), .thematicBreak])
    }

    @Test("a lazy line continues the paragraph of a block quote")
    func lazyContinuation() {
        let document = MarkdownParser.parse("> 第一行\n第二行\n")
        guard case .blockQuote(let inner) = document.blocks.first, case .paragraph(let content) = inner.first else {
            Issue.record("expected a quoted paragraph, got \(document.blocks)")
            return
        }
        #expect(document.blocks.count == 1)
        #expect(content.plainText.hasPrefix("第一行"))
        #expect(content.plainText.hasSuffix("第二行"))
    }

    @Test("blank lines between items make a list loose; ordered lists keep their start and delimiter")
    func looseOrderedList() {
        let document = MarkdownParser.parse("3) 甲\n\n4) 乙\n")
        guard case .list(let list) = document.blocks.first else {
            Issue.record("expected a list")
            return
        }
        #expect(list.kind == .ordered(start: 3, delimiter: ")"))
        #expect(!list.isTight)
        #expect(list.items.count == 2)
    }

    @Test("a change of bullet character starts a new list")
    func bulletChange() {
        let document = MarkdownParser.parse("- 甲\n- 乙\n+ 丙\n")
        #expect(document.blocks.count == 2)
    }

    @Test("link reference definitions vanish from the flow and resolve links anywhere")
    func linkReferenceDefinitions() {
        let document = MarkdownParser.parse("见[官网]。\n\n[官网]: https://example.com/首页 \"标题\"\n")
        #expect(document.blocks == [
            .paragraph([.text("见"), .link(destination: "https://example.com/首页", title: "标题", content: [.text("官网")]), .text("。")]),
        ])
    }

    @Test("a table interrupts a paragraph, and ends at a blank line")
    func tableAfterParagraph() {
        let document = MarkdownParser.parse("说明\n| 甲 | 乙 |\n| - | - |\n| 1 | 2 | 3 |\n\n后文\n")
        guard document.blocks.count == 3, case .table(let table) = document.blocks[1] else {
            Issue.record("expected paragraph, table, paragraph; got \(document.blocks)")
            return
        }
        #expect(document.blocks[0] == .paragraph([.text("说明")]))
        #expect(table.rows.map { $0.map(\.plainText) } == [["1", "2"]])
        #expect(document.blocks[2] == .paragraph([.text("后文")]))
    }

    @Test("a header row whose cell count differs from the delimiter row is not a table")
    func mismatchedTable() {
        let document = MarkdownParser.parse("| 甲 | 乙 |\n| --- |\n")
        #expect(document.blocks.count == 1)
        guard case .paragraph = document.blocks.first else {
            Issue.record("expected a paragraph")
            return
        }
    }

    @Test("CRLF line endings and a byte order mark read like plain newlines")
    func lineEndings() {
        let document = MarkdownParser.parse("\u{FEFF}# 标题\r\n\r\n正文\r\n")
        #expect(document.blocks == [.heading(level: 1, content: [.text("标题")]), .paragraph([.text("正文")])])
    }

    @Test("a NUL character becomes U+FFFD (CommonMark §2.3)")
    func insecureCharacter() {
        #expect(MarkdownParser.parse("甲\u{0}乙").blocks == [.paragraph([.text("甲\u{FFFD}乙")])])
    }

    @Test("an empty document has no blocks")
    func empty() {
        #expect(MarkdownParser.parse("") == Document())
        #expect(MarkdownParser.parse("\n \n\t\n") == Document())
    }
}
