import Testing
@testable import NewsCore

/// Soft line breaks inside a paragraph vanish between two CJK characters (Chinese has no spaces
/// between words, DESIGN.md "CJK typesetting") and stay soft breaks elsewhere.
@Suite("CJK soft line breaks")
struct CJKSoftBreakTests {
    private func parse(_ text: String) -> [Inline] {
        InlineParser(linkReferences: [:]).parse(text)
    }

    @Test("a line ending between two Han characters joins the lines without a space")
    func betweenHan() {
        #expect(parse("数据\n中立性") == [.text("数据中立性")])
    }

    @Test("a line ending after full-width punctuation before Han joins the lines")
    func afterFullWidthPunctuation() {
        #expect(parse("首先，\n其次。") == [.text("首先，其次。")])
    }

    @Test("a line ending between Chinese quotation marks and Han joins the lines")
    func quotationMarks() {
        #expect(parse("他说：“\n好。”\n然后离开") == [.text("他说：“好。”然后离开")])
    }

    @Test("a line ending between two Western quotation marks stays a soft break")
    func westernQuotes() {
        #expect(parse("“a”\n“b”") == [.text("“a”"), .softBreak, .text("“b”")])
    }

    @Test("a line ending between kana joins the lines")
    func betweenKana() {
        #expect(parse("これは\nペン") == [.text("これはペン")])
    }

    @Test("a line ending between Hangul syllables joins the lines")
    func betweenHangul() {
        #expect(parse("한국\n어") == [.text("한국어")])
    }

    @Test("a line ending between Han and a Latin word stays a soft break")
    func betweenHanAndLatin() {
        #expect(parse("收购\nScale AI") == [.text("收购"), .softBreak, .text("Scale AI")])
        #expect(parse("Scale AI\n收购") == [.text("Scale AI"), .softBreak, .text("收购")])
    }

    @Test("a line ending between Latin words stays a soft break")
    func betweenLatin() {
        #expect(parse("data\nneutrality") == [.text("data"), .softBreak, .text("neutrality")])
    }

    @Test("a line ending next to bold CJK text is judged by the characters inside the delimiters")
    func throughDelimiters() {
        #expect(parse("**重点**\n继续") == [.strong([.text("重点")]), .text("继续")])
        #expect(parse("开头\n**重点**") == [.text("开头"), .strong([.text("重点")])])
    }

    @Test("a line ending after a footnote reference that follows CJK punctuation joins the lines")
    func afterFootnoteReference() {
        #expect(parse("股份。[^1][^2]\n随后") == [
            .text("股份。"), .footnoteReference(label: "1"), .footnoteReference(label: "2"), .text("随后"),
        ])
    }

    @Test("spaces around a line ending between CJK characters are dropped too")
    func spacesAroundLineEnding() {
        #expect(parse("数据 \n 中立") == [.text("数据中立")])
    }

    @Test("two trailing spaces after CJK text still make a hard break")
    func hardBreakAfterCJK() {
        #expect(parse("第一行  \n第二行") == [.text("第一行"), .hardBreak, .text("第二行")])
    }
}
