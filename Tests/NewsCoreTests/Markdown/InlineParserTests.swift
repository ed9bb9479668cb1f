import Testing
@testable import NewsCore

/// CommonMark inlines as a reader sees them: code, links, images, autolinks, HTML, escapes,
/// references and breaks (CommonMark 0.31 §6; the conformance suite covers the spec examples).
@Suite("Inline parser")
struct InlineParserTests {
    private let references = [
        "scale": LinkReference(destination: "https://scale.com", title: "Scale AI"),
        "路透社": LinkReference(destination: "https://reuters.com"),
    ]

    private func parse(_ text: String) -> [Inline] {
        InlineParser(linkReferences: references).parse(text)
    }

    // MARK: - Text and escapes

    @Test("plain Chinese text with Latin words stays one text run")
    func plainText() {
        #expect(parse("以143亿美元收购Scale AI 49%的股份") == [.text("以143亿美元收购Scale AI 49%的股份")])
    }

    @Test("backslash escapes show the punctuation itself")
    func backslashEscapes() {
        #expect(parse(#"\*不是强调\* \[不是链接\]"#) == [.text("*不是强调* [不是链接]")])
    }

    @Test("a backslash before a letter stays a backslash")
    func backslashBeforeLetter() {
        #expect(parse(#"C:\path"#) == [.text(#"C:\path"#)])
    }

    @Test("named and numeric character references are decoded")
    func characterReferences() {
        #expect(parse("&copy; &amp; &#20013; &#x6587; &nbsp;") == [.text("© & 中 文 \u{A0}")])
    }

    @Test("an unknown entity stays as written")
    func unknownEntity() {
        #expect(parse("&notanentity; &#;") == [.text("&notanentity; &#;")])
    }

    // MARK: - Code spans

    @Test("a code span keeps its content literally")
    func codeSpan() {
        #expect(parse("调用`**not bold**`函数") == [.text("调用"), .code("**not bold**"), .text("函数")])
    }

    @Test("a code span with double backticks may contain a backtick, and loses one padding space")
    func codeSpanWithBacktick() {
        #expect(parse("`` a`b ``") == [.code("a`b")])
    }

    @Test("an unmatched backtick run stays text")
    func unmatchedBackticks() {
        #expect(parse("``单独`") == [.text("``单独`")])
    }

    // MARK: - Links and images

    @Test("an inline link keeps its destination, title and content")
    func inlineLink() {
        #expect(parse(#"见[官网](https://example.com/a?b=1&c=2#frag "标题")。"#) == [
            .text("见"),
            .link(destination: "https://example.com/a?b=1&c=2#frag", title: "标题", content: [.text("官网")]),
            .text("。"),
        ])
    }

    @Test("a link destination in angle brackets may contain spaces")
    func angleDestination() {
        #expect(parse("[a](<my file.md>)") == [.link(destination: "my file.md", title: nil, content: [.text("a")])])
    }

    @Test("full, collapsed and shortcut reference links resolve through the definitions")
    func referenceLinks() {
        let link = Inline.link(destination: "https://scale.com", title: "Scale AI", content: [.text("Scale")])
        #expect(parse("[Scale][scale]") == [link])
        #expect(parse("[Scale][]") == [link])
        #expect(parse("[Scale]") == [link])
        #expect(parse("据[路透社]报道") == [.text("据"), .link(destination: "https://reuters.com", title: nil, content: [.text("路透社")]), .text("报道")])
    }

    @Test("an undefined reference stays text")
    func undefinedReference() {
        #expect(parse("[未定义][nothing]") == [.text("[未定义][nothing]")])
    }

    @Test("a link may not contain another link, but the inner one wins")
    func linkInsideLink() {
        #expect(parse("[外 [内](/in)](/out)") == [
            .text("[外 "), .link(destination: "/in", title: nil, content: [.text("内")]), .text("](/out)"),
        ])
    }

    @Test("an image keeps its alt text as inlines")
    func image() {
        #expect(parse(#"![图 *一*](/img.png "说明")"#) == [
            .image(source: "/img.png", title: "说明", alt: [.text("图 "), .emphasis([.text("一")])]),
        ])
    }

    @Test("emphasis inside link text is parsed")
    func emphasisInLink() {
        #expect(parse("[**粗**体](/x)") == [.link(destination: "/x", title: nil, content: [.strong([.text("粗")]), .text("体")])])
    }

    // MARK: - Autolinks and HTML

    @Test("a URI autolink keeps the address as its text")
    func uriAutolink() {
        #expect(parse("<https://example.com/x>") == [.autolink(destination: "https://example.com/x", text: "https://example.com/x")])
    }

    @Test("an email autolink gets a mailto destination")
    func emailAutolink() {
        #expect(parse("<editor@example.com>") == [.autolink(destination: "mailto:editor@example.com", text: "editor@example.com")])
    }

    @Test("inline HTML tags and comments are kept as HTML")
    func rawHTML() {
        #expect(parse(#"<sup>[1](#f1)</sup> <!-- 注 -->"#) == [
            .html("<sup>"), .link(destination: "#f1", title: nil, content: [.text("1")]), .html("</sup>"),
            .text(" "), .html("<!-- 注 -->"),
        ])
    }

    @Test("a less-than sign that starts nothing stays text")
    func lessThan() {
        #expect(parse("3 < 5 且 a<b") == [.text("3 < 5 且 a<b")])
    }

    // MARK: - Emphasis and strikethrough

    @Test("strong inside emphasis and emphasis inside strong both nest")
    func nestedEmphasis() {
        #expect(parse("***强而斜***") == [.emphasis([.strong([.text("强而斜")])])])
        #expect(parse("**强 *斜* 强**") == [.strong([.text("强 "), .emphasis([.text("斜")]), .text(" 强")])])
    }

    @Test("intraword asterisks between letters make emphasis, as CommonMark specifies")
    func intrawordAsterisks() {
        #expect(parse("foo*bar*baz") == [.text("foo"), .emphasis([.text("bar")]), .text("baz")])
    }

    @Test("double tildes strike through, triple tildes do not")
    func strikethrough() {
        #expect(parse("~~删除~~ ~~~不是~~~") == [.strikethrough([.text("删除")]), .text(" ~~~不是~~~")])
    }

    // MARK: - Footnote references

    @Test("footnote references in a row after CJK punctuation keep their labels")
    func footnoteReferences() {
        #expect(parse("股份。[^1][^3]随后") == [
            .text("股份。"), .footnoteReference(label: "1"), .footnoteReference(label: "3"), .text("随后"),
        ])
    }

    @Test("a footnote reference with a word label is kept as written, defined or not")
    func footnoteWordLabel() {
        #expect(parse("见注[^Note-A]") == [.text("见注"), .footnoteReference(label: "Note-A")])
    }

    @Test("a footnote reference after an exclamation mark keeps the mark")
    func footnoteAfterExclamation() {
        #expect(parse("真棒![^1]") == [.text("真棒!"), .footnoteReference(label: "1")])
    }

    @Test("a caret label with a space is not a footnote reference")
    func caretWithSpace() {
        #expect(parse("[^not a note]") == [.text("[^not a note]")])
    }

    // MARK: - Line breaks

    @Test("two trailing spaces or a backslash make a hard break")
    func hardBreaks() {
        #expect(parse("one  \ntwo\\\nthree") == [.text("one"), .hardBreak, .text("two"), .hardBreak, .text("three")])
    }

    @Test("a line ending between Latin words is a soft break without the surrounding spaces")
    func softBreakLatin() {
        #expect(parse("first line \n  second line") == [.text("first line"), .softBreak, .text("second line")])
    }

    @Test("trailing spaces at the very end are dropped")
    func trailingSpacesAtEnd() {
        #expect(parse("结尾  ") == [.text("结尾")])
    }
}
