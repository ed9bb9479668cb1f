import Testing
@testable import NewsCore

/// The scalar reading of citation tails (the fast path) must agree with the `Character` reading.
@Suite("Performance: citation tails read by scalars match the Character reading")
struct CitationTailEquivalenceTests {
    /// Pieces real tails are made of, plus awkward ones (spaces, stray brackets, impossible dates).
    private static let pieces = [
        "·", "・", " · ", "智东西", "张三", "outlet.example", "Reuters", "（2025/6/24）", "(2025-06-24)",
        "（2025/13/45）", "2025/6/24", "2025年6月24日", "检索日期", "检索于：", "Retrieved on ", "accessed: ",
        "2025/6/25", "２０２５/６/２５", "（", "）", "(", ")", "，", "。", "这是一句话", " ", "\u{3000}", "\t",
        "Zoë", "a\u{2014}b", "ＡＢＣ",
    ]

    @Test("Generated tails give the same outlet, author and dates both ways")
    func generatedTails() {
        var generator = SeededRandom(seed: 7)
        for _ in 0..<4000 {
            let count = Int.random(in: 1...9, using: &generator)
            let tail = (0..<count).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            #expect(CitationTail.parse(tail[...]) == CitationTail.parseByCharacters(tail[...]), "\(tail)")
        }
    }

    @Test("A tail with a combining mark is read by Characters: the accented dot is no separator")
    func combiningMarkTail() {
        let tail = "·新华网·\u{B7}\u{301}记者甲（2025/6/24）"
        #expect(CitationTail.parse(tail[...]) == CitationTail.parseByCharacters(tail[...]))
        #expect(CitationTail.parse(tail[...]).author == "\u{B7}\u{301}记者甲")
    }

    @Test("The Greek ano teleia, canonically a middle dot, still separates parts")
    func anoTeleiaTail() {
        let tail = "·新华网\u{387}记者甲"
        #expect(CitationTail.parse(tail[...]).author == "记者甲")
    }
}
