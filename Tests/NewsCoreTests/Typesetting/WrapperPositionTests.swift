import Testing
@testable import NewsCore

@Suite("Wrapped line positions, markers and indents")
struct WrapperPositionTests {
    private func wrap(_ spans: [StyledSpan], width: Int, first: [StyledSpan] = [], rest: [StyledSpan] = []) -> WrappedParagraph {
        _ = Typesetting.localePinned
        return Wrapper(width: width, firstPrefix: first, continuationPrefix: rest).wrap(spans)
    }

    @Test("each line knows which characters of the paragraph it shows")
    func linesKnowTheirSourceRanges() {
        let paragraph = wrap([StyledSpan("hello world 一二三")], width: 6)
        #expect(paragraph.lines.map(\.line.text) == ["hello", "world", "一二三"])
        #expect(paragraph.lines.map(\.sourceRange) == [0..<6, 6..<12, 12..<15])
        #expect(paragraph.lines.map(\.contentRange) == [0..<5, 6..<11, 12..<15])
        #expect(paragraph.lines.map(\.width) == [5, 5, 6])
        #expect(paragraph.characterCount == 15)
    }

    @Test("a reading position finds the line showing it at any width")
    func readingPositionSurvivesResize() {
        var generator = MixedTextGenerator(seed: 11)
        let spans = generator.paragraph(length: 400)
        let characters = Array(spans.map(\.text).joined())
        let offset = 250
        for width in [20, 33, 80] {
            let paragraph = wrap(spans, width: width)
            let line = paragraph.lines[paragraph.lineIndex(forCharacterOffset: offset)]
            #expect(line.sourceRange.contains(offset))
            if line.contentRange.contains(offset) {
                #expect(line.line.text.contains(characters[offset]))
            }
        }
        let paragraph = wrap(spans, width: 40)
        #expect(paragraph.lineIndex(forCharacterOffset: -5) == 0)
        #expect(paragraph.lineIndex(forCharacterOffset: 10_000) == paragraph.lines.count - 1)
    }

    @Test("a footnote marker reports the line and column where it landed")
    func reportsMarkerPlacement() {
        let spans = [StyledSpan("一二三四五"), StyledSpan("[1]", style: .marker), StyledSpan("六七"),
                     StyledSpan("[2]", style: .marker)]
        let paragraph = wrap(spans, width: 9, first: [StyledSpan("• ")], rest: [StyledSpan("  ")])
        #expect(paragraph.lines.map(\.line.text) == ["• 一二三", "  四五[1]", "  六七[2]"])
        #expect(paragraph.markers == [
            MarkerPlacement(spanIndex: 1, characterOffset: 5, line: 1, column: 6),
            MarkerPlacement(spanIndex: 3, characterOffset: 10, line: 2, column: 6),
        ])
    }

    @Test("continuation lines hang under the text, not under the bullet")
    func hangingIndent() {
        let paragraph = wrap([StyledSpan("一二三四五六七八九十")], width: 8,
                             first: [StyledSpan("1. ", style: .bold)], rest: [StyledSpan("   ")])
        #expect(paragraph.lines.map(\.line.text) == ["1. 一二", "   三四", "   五六", "   七八", "   九十"])
        #expect(paragraph.lines.allSatisfy { $0.width <= 8 })
        #expect(paragraph.lines[0].line.spans.first == StyledSpan("1. ", style: .bold))
    }

    @Test("a prefix in the text's own style merges with it, as StyledLine.append merges spans")
    func prefixMergesLikeAppend() {
        let paragraph = wrap([StyledSpan("一二"), StyledSpan("三", style: .bold)], width: 20,
                             first: [StyledSpan("• "), StyledSpan("")])
        var expected = StyledLine()
        for span in [StyledSpan("• "), StyledSpan(""), StyledSpan("一二"), StyledSpan("三", style: .bold)] { expected.append(span) }
        #expect(paragraph.lines.map(\.line) == [expected])
        #expect(expected.spans.count == 2)
    }

    @Test("styles survive a line break in the middle of a span")
    func stylesSurviveBreaks() {
        let paragraph = wrap([StyledSpan("一二"), StyledSpan("三四五六", style: .bold), StyledSpan("七")], width: 6)
        #expect(paragraph.lines.map(\.line.spans) == [
            [StyledSpan("一二"), StyledSpan("三", style: .bold)],
            [StyledSpan("四五六", style: .bold)],
            [StyledSpan("七")],
        ])
    }

    @Test("a marker in a grapheme-cluster paragraph is located by characters, not code units")
    func markerOffsetsCountCharacters() {
        let spans = [StyledSpan("e\u{301}👨\u{200D}👩"), StyledSpan("[3]", style: .marker)]
        let paragraph = wrap(spans, width: 20)
        #expect(paragraph.characterCount == 5)
        #expect(paragraph.markers == [MarkerPlacement(spanIndex: 1, characterOffset: 2, line: 0, column: 3)])
    }
}

@Suite("Wrapping from several tasks")
struct WrapperConcurrencyTests {
    @Test("wrapping from many tasks at once gives the same lines as wrapping alone")
    func concurrentWrappingAgrees() async {
        _ = Typesetting.localePinned
        let paragraphs = (UInt64(1)...8).map { seed in
            var generator = MixedTextGenerator(seed: seed)
            return generator.paragraph(length: 800)
        }
        let alone = paragraphs.map { Wrapper(width: 37).wrap($0) }
        let together = await withTaskGroup(of: (Int, WrappedParagraph).self) { group in
            for (index, paragraph) in paragraphs.enumerated() {
                group.addTask { (index, Wrapper(width: 37).wrap(paragraph)) }
            }
            var results = [WrappedParagraph?](repeating: nil, count: paragraphs.count)
            for await (index, paragraph) in group { results[index] = paragraph }
            return results
        }
        #expect(together == alone.map { Optional($0) })
    }
}
