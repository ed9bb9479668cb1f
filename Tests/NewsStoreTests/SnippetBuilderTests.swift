import Foundation
import Testing
@testable import NewsStore

@Suite("Search snippets")
struct SnippetBuilderTests {
    private func marked(_ result: (text: String, highlights: [Range<Int>])?) -> String? {
        guard let result else { return nil }
        var characters = Array(result.text).map(String.init)
        for range in result.highlights.reversed() {
            characters.insert("]", at: range.upperBound)
            characters.insert("[", at: range.lowerBound)
        }
        return characters.joined()
    }

    @Test("the window starts a little before the first match, with ellipses where the text was cut")
    func window() {
        let text = String(repeating: "甲", count: 100) + "数据中心" + String(repeating: "乙", count: 100)
        let result = SnippetBuilder(SearchQuery("数据中心")).snippet(of: text)
        #expect(marked(result) == "…" + String(repeating: "甲", count: 16) + "[数据中心]" + String(repeating: "乙", count: 44) + "…")
    }

    @Test("the UTF-16 body gives the same snippet as the text")
    func utf16Body() {
        let text = "前言。" + String(repeating: "无关的内容，", count: 20) + "液冷改造正在普及，液冷是关键。"
        let builder = SnippetBuilder(SearchQuery("液冷"))
        let fromText = builder.snippet(of: text)
        let fromStored = builder.snippet(ofUTF16: IndexSchema.utf16Bytes(text))
        #expect(fromText?.text == fromStored?.text)
        #expect(fromText?.highlights == fromStored?.highlights)
        #expect(marked(fromStored)?.contains("[液冷]改造正在普及，[液冷]是关键。") == true)
    }

    @Test("every phrase is marked, Latin words case-blind and as prefixes, newlines become spaces")
    func severalPhrases() {
        let text = "Nvidia的H20\n受到影响，数据中心放缓。"
        let result = SnippetBuilder(SearchQuery("nvid 数据")).snippet(of: text)
        #expect(marked(result) == "[Nvidia]的H20 受到影响，[数据]中心放缓。")
    }

    @Test("text without a match gives no snippet, and characters outside the BMP survive the UTF-16 round trip")
    func noMatchAndAstralCharacters() {
        #expect(SnippetBuilder(SearchQuery("液冷")).snippet(of: "没有这个词") == nil)
        let text = "𠀋字与数据"
        #expect(IndexSchema.text(fromUTF16: IndexSchema.utf16Bytes(text)) == text)
        #expect(marked(SnippetBuilder(SearchQuery("数据")).snippet(ofUTF16: IndexSchema.utf16Bytes(text))) == "𠀋字与[数据]")
    }
}
