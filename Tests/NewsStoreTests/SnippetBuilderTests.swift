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

    @Test("every phrase is marked, Latin words case-blind and as prefixes, newlines become spaces")
    func severalPhrases() {
        let text = "Nvidia的H20\n受到影响，数据中心放缓。"
        let result = SnippetBuilder(SearchQuery("nvid 数据")).snippet(of: text)
        #expect(marked(result) == "[Nvidia]的H20 受到影响，[数据]中心放缓。")
    }

    @Test("text without a match gives no snippet, and characters outside the BMP survive the pending text's UTF-16 round trip")
    func noMatchAndAstralCharacters() {
        #expect(SnippetBuilder(SearchQuery("液冷")).snippet(of: "没有这个词") == nil)
        let text = "𠀋字与数据"
        let pending = IndexSchema.utf16Bytes(text).withUnsafeBytes(IndexSchema.utf8Data(fromUTF16:))
        #expect(String(decoding: pending, as: UTF8.self) == text)
        #expect(marked(SnippetBuilder(SearchQuery("数据")).snippet(of: text)) == "𠀋字与[数据]")
    }
}
