import Testing
@testable import NewsCore

@Suite("Line break opportunities")
struct LineBreakerTests {
    /// Character offsets where a line may start, for one unstyled text.
    private func offsets(_ text: String, _ strictness: LineBreaker.Strictness = .strict) -> [Int] {
        offsets([StyledSpan(text)], strictness)
    }

    private func offsets(_ spans: [StyledSpan], _ strictness: LineBreaker.Strictness = .strict) -> [Int] {
        _ = Typesetting.localePinned
        return LineBreaker(strictness: strictness).opportunities(in: spans).map(\.offset)
    }

    @Test("the typesetting tests run with LC_CTYPE pinned to C.UTF-8")
    func localeIsPinned() {
        #expect(Typesetting.localePinned)
        #expect(DisplayWidth.of("中") == 2)
    }

    @Test("a line may break between any two Chinese characters")
    func breaksBetweenIdeographs() {
        #expect(offsets("中文字") == [1, 2, 3])
    }

    @Test("a line may break after a space, not before it")
    func breaksAfterSpaces() {
        #expect(offsets("ab cd") == [3, 5])
    }

    @Test("a line feed is a mandatory break, other opportunities are optional")
    func reportsMandatoryBreaks() {
        _ = Typesetting.localePinned
        let found = LineBreaker().opportunities(in: [StyledSpan("中文"), StyledSpan("\n"), StyledSpan("字")])
        #expect(found == [
            .init(offset: 1, isMandatory: false), .init(offset: 3, isMandatory: true),
            .init(offset: 4, isMandatory: true),
        ])
    }

    @Test("strict breaking keeps the prolonged sound mark and small kana with what precedes them")
    func strictIsTheDefault() {
        #expect(!offsets("カーぁ").contains(1))
        #expect(!offsets("カーぁ").contains(2))
        #expect(offsets("カーぁ", .normal).contains(1))
        #expect(offsets("カーぁ", .loose).contains(2))
    }

    @Test("closing punctuation never begins a line, in any strictness", arguments: LineBreaker.Strictness.allCases)
    func noBreakBeforeClosingPunctuation(strictness: LineBreaker.Strictness) {
        for mark in Typesetting.closing {
            let text = "中文\(mark)字"
            #expect(!offsets(text, strictness).contains(2), "break before \(mark)")
        }
    }

    @Test("opening punctuation never ends a line, in any strictness", arguments: LineBreaker.Strictness.allCases)
    func noBreakAfterOpeningPunctuation(strictness: LineBreaker.Strictness) {
        for mark in Typesetting.opening {
            let text = "中文\(mark)字"
            #expect(!offsets(text, strictness).contains(3), "break after \(mark)")
        }
    }

    @Test("doubled dashes and ellipses never split, even in loose breaking", arguments: LineBreaker.Strictness.allCases)
    func doubledMarksStayTogether(strictness: LineBreaker.Strictness) {
        #expect(!offsets("他说——走", strictness).contains(3))
        #expect(!offsets("他说……走", strictness).contains(3))
    }

    @Test("hyphenated words, numbers and URLs offer no break inside")
    func keepsLatinUnitsWhole() {
        #expect(offsets("well-known 12,345.6 https://a.example/b/c") == [11, 20, 41])
    }

    @Test("a footnote marker is glued to the character before it")
    func gluesMarkers() {
        let spans = [StyledSpan("中文"), StyledSpan("[12]", style: .marker), StyledSpan("字")]
        let found = offsets(spans)
        #expect(!found.contains(2))
        #expect(!found.contains(3) && !found.contains(4) && !found.contains(5))
        #expect(found.contains(1) && found.contains(6))
    }

    @Test("an empty text has no opportunity")
    func emptyText() {
        #expect(offsets("").isEmpty)
    }
}

@Suite("Line break opportunities, ICU shortcut")
struct LineBreakerShortcutTests {
    @Test("sparing ICU the inside of ideograph runs changes no opportunity", arguments: LineBreaker.Strictness.allCases)
    func shortcutIsExact(strictness: LineBreaker.Strictness) {
        _ = Typesetting.localePinned
        var exact = LineBreaker(strictness: strictness)
        exact.skipsIdeographRuns = false
        let fast = LineBreaker(strictness: strictness)
        for seed in UInt64(1)...20 {
            var generator = MixedTextGenerator(seed: seed)
            let spans = generator.paragraph(length: 2_000)
            #expect(fast.opportunities(in: spans) == exact.opportunities(in: spans), "seed \(seed)")
        }
        let prose = [StyledSpan("中文字符串“引用”（括号）——破折号……省略号。一二三四五六七八九十")]
        #expect(fast.opportunities(in: prose) == exact.opportunities(in: prose))
    }
}
