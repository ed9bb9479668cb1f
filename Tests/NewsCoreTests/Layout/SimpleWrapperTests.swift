import Testing
@testable import NewsCore

@Suite("Interim wrapping by display width")
struct SimpleWrapperTests {
    private func wrap(_ text: String, width: Int) -> [String] {
        SimpleWrapper(width: width).wrap([StyledSpan(text)]).map(\.text)
    }

    @Test("unspaced Chinese wraps at the column boundary")
    func wrapsUnspacedChinese() {
        #expect(wrap("一二三四五六七八九十", width: 8) == ["一二三四", "五六七八", "九十"])
    }

    @Test("no line starts with closing punctuation")
    func keepsClosingPunctuationOffLineStart() {
        let lines = wrap("一二三四。五六七八", width: 8)
        #expect(lines == ["一二三", "四。五六", "七八"])
        #expect(lines.allSatisfy { !($0.first.map { "，。、）」".contains($0) } ?? false) })
    }

    @Test("no line ends with opening punctuation")
    func keepsOpeningPunctuationOffLineEnd() {
        let lines = wrap("一二三（四五）", width: 8)
        #expect(lines == ["一二三", "（四五）"])
    }

    @Test("Latin words and numbers stay whole")
    func keepsWordsWhole() {
        let lines = wrap("收购Scale AI 49%的股份", width: 10)
        #expect(lines.allSatisfy { $0.count > 0 })
        #expect(lines.joined(separator: "|").contains("Scale"))
        #expect(!lines.contains { $0.hasSuffix("Sca") })
    }

    @Test("a word wider than the line is broken hard")
    func breaksOverlongWords() {
        #expect(wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    }

    @Test("footnote markers stick to the character before them")
    func gluesFootnoteMarkers() {
        let spans = [StyledSpan("一二三"), StyledSpan("[1]", style: .marker), StyledSpan("四")]
        let lines = SimpleWrapper(width: 7).wrap(spans).map(\.text)
        #expect(lines == ["一二", "三[1]四"])
    }

    @Test("no line is wider than the width")
    func respectsWidth() {
        let text = String(repeating: "数据中立性成为行业新的关键词，Helix Platforms押注“超级智能”。", count: 5)
        for width in [10, 17, 33, 80] {
            #expect(wrap(text, width: width).allSatisfy { DisplayWidth.of($0) <= width })
        }
    }
}
