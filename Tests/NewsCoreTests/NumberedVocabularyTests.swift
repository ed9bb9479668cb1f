import NewsCore
import Testing

@Suite("Terms already numbered merge as the same terms spelled out")
struct NumberedVocabularyTests {
    @Test("same shown spellings, counts and variants, whatever order the numbers were given in")
    func sameAsSpelledOut() {
        let lists: [[String]] = [["golang", "AI"], ["Golang"], ["ＡＩ", "ai", "芯片"], ["Golang", "芯片"], []]
        let spelled = TermVocabulary(lists)
        // Numbered in another order than the articles first use them (as a listing read in
        // the index's row order is).
        let spellings = ["芯片", "ai", "Golang", "ＡＩ", "AI", "golang"]
        let numbers = lists.map { $0.map { Int32(spellings.firstIndex(of: $0)!) } }
        var ends: [Int32] = [], total: Int32 = 0
        for list in numbers {
            total += Int32(list.count)
            ends.append(total)
        }
        let numbered = TermVocabulary(spellings: spellings, articleEnds: ends, numbers: numbers.flatMap { $0 })
        #expect(numbered.entries == spelled.entries)
        #expect(numbered.hasVariants == spelled.hasVariants)
        for term in ["golang", "GOLANG", "ai", "芯片", "没有"] {
            #expect(numbered.spelling(of: term) == spelled.spelling(of: term))
            #expect(numbered.variants(of: term) == spelled.variants(of: term))
        }
        // Golang is used twice, golang once: Golang shows. AI, ai and ＡＩ once each: the first
        // seen in the articles shows, though "ai" was numbered first.
        #expect(numbered.spelling(of: "golang") == "Golang")
        #expect(numbered.spelling(of: "ai") == "AI")
    }

    @Test("a spelling given twice in one article counts once, as spelled out")
    func repeatedInOneArticle() {
        let spelled = TermVocabulary([["芯片", "芯片", "AI"], ["ai"], ["ai"]])
        let numbered = TermVocabulary(spellings: ["芯片", "AI", "ai"], articleEnds: [3, 4, 5], numbers: [0, 0, 1, 2, 2])
        #expect(numbered.entries == spelled.entries)
        #expect(numbered.entries.map(\.count) == [3, 1])
        // "ai" in two articles, "AI" in one: "ai" shows.
        #expect(numbered.spelling(of: "AI") == "ai")
    }
}
