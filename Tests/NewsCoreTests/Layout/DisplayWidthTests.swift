import Testing
@testable import NewsCore

@Suite("Display width")
struct DisplayWidthTests {
    @Test("Chinese characters and full-width punctuation take two columns, Latin one")
    func measuresMixedText() {
        #expect(DisplayWidth.of("中文") == 4)
        #expect(DisplayWidth.of("，。") == 4)
        #expect(DisplayWidth.of("Scale AI 49%") == 12)
        #expect(DisplayWidth.of("以143亿美元") == 2 + 3 + 6)
    }

    @Test("combining marks take no column of their own")
    func measuresCombiningMarks() {
        #expect(DisplayWidth.of("e\u{301}") == 1)
    }

    @Test("ambiguous-width punctuation is narrow, as the terminal draws it")
    func measuresAmbiguousPunctuation() {
        #expect(DisplayWidth.of("“”…·—") == 5)
    }

    @Test("emoji take two columns")
    func measuresEmoji() {
        #expect(DisplayWidth.of("📰") == 2)
    }
}
