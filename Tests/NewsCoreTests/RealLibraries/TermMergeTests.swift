import Testing
@testable import NewsCore

@Suite("Terms merged as Hugo merges them")
struct TermMergeTests {
    @Test("case and full-width/half-width forms fold to one key")
    func folding() {
        #expect(TermKey("Golang") == TermKey("golang"))
        #expect(TermKey("ＡＩ") == TermKey("AI"))
        #expect(TermKey("ｇｏｌａｎｇ") == TermKey("Golang"))
        #expect(TermKey("ｶﾀｶﾅ") == TermKey("カタカナ"))
        #expect(TermKey("数据") != TermKey("数字"))
    }

    @Test("the most used spelling is shown, counts are added per article")
    func mostUsedSpelling() {
        let articles: [[String]] = [["Golang"], ["golang", "AI"], ["golang"], ["ＡＩ"], ["Golang", "golang"]]
        let vocabulary = TermVocabulary(articles)
        #expect(vocabulary.entries == [.init(name: "golang", count: 4), .init(name: "AI", count: 2)])
        #expect(vocabulary.spelling(of: "GOLANG") == "golang")
        #expect(vocabulary.spellings(of: ["Golang", "golang", "ＡＩ", "新词"]) == ["golang", "AI", "新词"])
    }

    @Test("between equally used spellings the first seen wins")
    func tieGoesToFirstSeen() {
        #expect(TermVocabulary([["Swift"], ["SWIFT"]]).entries == [.init(name: "Swift", count: 2)])
        #expect(TermVocabulary([["SWIFT"], ["Swift"]]).entries == [.init(name: "SWIFT", count: 2)])
    }
}
