import Testing
@testable import NewsStore

@Suite("Search tokens")
struct SearchTokensTests {
    private func texts(_ text: String) -> [String] {
        SearchTokens.tokens(of: text).map(\.text)
    }

    @Test("CJK characters are single tokens, Latin words fold to lower case, punctuation separates")
    func mixedText() {
        #expect(texts("以143亿美元收购Scale AI 49%的股份。") == ["以", "143", "亿", "美", "元", "收", "购", "scale", "ai", "49", "的", "股", "份"])
    }

    @Test("full-width letters fold to ASCII and accented words to lower case")
    func folding() {
        #expect(texts("ＧＰＵ Über café") == ["gpu", "über", "café"])
    }

    @Test("kana are single tokens, and a malformed byte only separates")
    func kanaAndBadBytes() {
        #expect(texts("カメラAI") == ["カ", "メ", "ラ", "ai"])
        var bytes: [UInt8] = Array("ab".utf8) + [0xFF] + Array("cd".utf8)
        var found: [String] = []
        bytes.withUnsafeMutableBufferPointer { buffer in
            SearchTokens.scan(UnsafeBufferPointer(buffer)) { token, _, _ in
                found.append(String(decoding: token, as: UTF8.self))
                return true
            }
        }
        #expect(found == ["ab", "cd"])
    }

    @Test("token ranges point at the original bytes")
    func ranges() {
        var text = "Hi，数据"
        var ranges: [Range<Int>] = []
        text.withUTF8 { bytes in
            SearchTokens.scan(bytes) { _, range, _ in
                ranges.append(range)
                return true
            }
        }
        #expect(ranges == [0..<2, 5..<8, 8..<11])
    }

    @Test("queries become quoted phrases joined by AND, a trailing Latin word as a prefix")
    func queryExpression() {
        #expect(SearchQuery("数据中心").expression == "\"数 据 中 心\"")
        #expect(SearchQuery("Scale 数据").expression == "\"scale\" * AND \"数 据\"")
        #expect(SearchQuery("AI芯片").expression == "\"ai 芯 片\"")
        #expect(SearchQuery("  ，  ").isEmpty)
    }
}
