import Testing
import NewsCore

@Suite("Footnote definitions and references")
struct BlocksFootnoteTests {
    @Test("a reference without a definition is an error on the line of its paragraph")
    func undefinedReference() {
        let document = MarkdownParser.parse("第一段。\n\n第二段，\n引用了不存在的脚注[^missing]。\n")
        #expect(document.footnotes.isEmpty)
        #expect(document.diagnostics == [
            Diagnostic(line: 3, severity: .error, message: "footnote reference [^missing] has no definition"),
        ])
    }

    @Test("a label defined twice keeps the first definition and reports the second")
    func duplicateLabel() {
        let document = MarkdownParser.parse("正文[^1]。\n\n[^1]: 第一个定义\n[^1]: 第二个定义\n")
        #expect(document.footnotes.map(\.source) == ["第一个定义"])
        #expect(document.footnotes.first?.referenceCount == 1)
        #expect(document.diagnostics == [
            Diagnostic(line: 4, severity: .error, message: "footnote [^1] is defined twice (line 3)"),
        ])
    }

    @Test("several references to one definition count, and the first reference decides the number")
    func referenceCountsAndOrdinals() {
        let markdown = "甲[^b]乙[^a]丙[^b][^b]。\n\n[^a]: A\n[^b]: B\n[^c]: C\n"
        let footnotes = MarkdownParser.parse(markdown).footnotes
        #expect(footnotes.map(\.label) == ["a", "b", "c"])
        #expect(footnotes.map(\.referenceCount) == [1, 3, 0])
        #expect(footnotes.map(\.ordinal) == [2, 1, 3])
    }

    @Test("references in headings, table cells and list items count too")
    func referencesOutsideParagraphs() {
        let markdown = "## 标题[^h]\n\n- 列表项[^l]\n\n| 列[^t] |\n| --- |\n| 格 |\n\n[^t]: T\n[^l]: L\n[^h]: H\n"
        let document = MarkdownParser.parse(markdown)
        #expect(document.footnotes.map(\.ordinal) == [3, 2, 1])
        #expect(document.diagnostics.isEmpty)
    }

    @Test("a footnote continues on lines indented by four spaces, with several paragraphs")
    func multiParagraphDefinition() {
        let markdown = "正文[^note]。\n\n[^note]: 第一段，\n    仍是第一段。\n\n    第二段。\n\n后文。\n"
        let document = MarkdownParser.parse(markdown)
        #expect(document.blocks.count == 2)
        #expect(document.blocks.last == .paragraph([.text("后文。")]))
        let footnote = document.footnotes.first
        #expect(footnote?.source == "第一段，\n仍是第一段。\n\n第二段。")
        #expect(footnote?.blocks.count == 2)
        #expect(footnote?.line == 3)
    }

    @Test("a footnote may start with indented content on the next line, such as a block quote")
    func definitionStartingOnNextLine() {
        let document = MarkdownParser.parse("文[^q]\n\n[^q]:\n    > 引文\n")
        #expect(document.footnotes.first?.blocks == [.blockQuote([.paragraph([.text("引文")])])])
        #expect(document.footnotes.first?.source == "> 引文")
    }

    @Test("definitions inside a block quote leave the flow too")
    func definitionInsideQuote() {
        let document = MarkdownParser.parse("> 引文[^1]\n>\n> [^1]: 出处\n")
        #expect(document.blocks.count == 1)
        guard case .blockQuote(let inner) = document.blocks.first else {
            Issue.record("expected a block quote")
            return
        }
        #expect(inner.count == 1)
        #expect(document.footnotes.map(\.source) == ["出处"])
        #expect(document.diagnostics.isEmpty)
    }

    @Test("a definition line interrupts the paragraph of the definition before it")
    func consecutiveDefinitions() {
        let document = MarkdownParser.parse("[^1]: 一\n[^2]: 二\n[^3]: 三")
        #expect(document.footnotes.map(\.source) == ["一", "二", "三"])
        #expect(document.footnotes.map(\.line) == [1, 2, 3])
        #expect(document.blocks.isEmpty)
    }
}
