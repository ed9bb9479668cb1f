import Testing
@testable import NewsCore

@Suite("Wrapping rules")
struct WrapperRuleTests {
    private func lines(_ text: String, width: Int) -> [String] { Typesetting.lines(text, width: width) }

    @Test("unspaced Chinese fills each line to the column boundary")
    func fillsUnspacedChinese() {
        #expect(lines("一二三四五六七八九十", width: 8) == ["一二三四", "五六七八", "九十"])
    }

    @Test("a closing mark that would begin a line takes the character before it down")
    func pushesDownBeforeClosingPunctuation() {
        #expect(lines("一二三四。五六七八", width: 8) == ["一二三", "四。五六", "七八"])
        for mark in Typesetting.closing {
            let wrapped = lines("一二三四\(mark)五六七八", width: 8)
            #expect(wrapped.allSatisfy { $0.first != mark }, "\(mark): \(wrapped)")
        }
    }

    @Test("an opening mark that would end a line goes down with the character after it")
    func pushesDownOpeningPunctuation() {
        #expect(lines("一二三（四五）", width: 8) == ["一二三", "（四五）"])
        for mark in Typesetting.opening {
            let wrapped = lines("一二三\(mark)四五六七", width: 8)
            #expect(wrapped.allSatisfy { $0.last != mark }, "\(mark): \(wrapped)")
        }
    }

    @Test("closing punctuation never hangs past the width")
    func neverHangsPunctuation() {
        let wrapped = Typesetting.lines("一二三四，五六", width: 8)
        #expect(wrapped == ["一二三", "四，五六"])
    }

    @Test("a doubled dash or ellipsis moves down whole")
    func keepsDoubledMarksWhole() {
        #expect(lines("一二三——四五", width: 7) == ["一二三", "——四五"])
        #expect(lines("一二三……四五", width: 7) == ["一二", "三……四", "五"])
    }

    @Test("a footnote marker stays on the line of the character it annotates")
    func gluesMarkerToPrecedingCharacter() {
        let spans = [StyledSpan("一二三四"), StyledSpan("[1]", style: .marker), StyledSpan("五六")]
        #expect(Typesetting.lines(spans, width: 8) == ["一二三", "四[1]五", "六"])
    }

    @Test("a line may break after a footnote marker, even before a Latin word or a number")
    func breaksAfterMarkers() {
        let beforeWord = [StyledSpan("一二"), StyledSpan("[1]", style: .marker), StyledSpan("Scale AI")]
        #expect(Typesetting.lines(beforeWord, width: 8) == ["一二[1]", "Scale AI"])
        let beforeNumber = [StyledSpan("一二。"), StyledSpan("[2]", style: .marker), StyledSpan("2025年")]
        #expect(Typesetting.lines(beforeNumber, width: 10) == ["一二。[2]", "2025年"])
        let beforeComma = [StyledSpan("一二三"), StyledSpan("[3]", style: .marker), StyledSpan("，四")]
        #expect(Typesetting.lines(beforeComma, width: 10) == ["一二", "三[3]，四"])
    }

    @Test("Latin words and numbers are never split when they fit on a line")
    func keepsWordsWhole() {
        #expect(lines("收购Scale AI 49%的股份", width: 10) == ["收购Scale", "AI 49%的股", "份"])
        #expect(lines("well-known words", width: 10) == ["well-known", "words"])
    }

    @Test("a URL that fits stays whole on one line")
    func keepsURLsWhole() {
        #expect(lines("详见https://example.com/a/b-c一文", width: 30) == ["详见https://example.com/a/b-c", "一文"])
        #expect(lines("详见https://example.com/a/b-c一文", width: 26) == ["详见", "https://example.com/a/b-c", "一文"])
    }

    @Test("a word wider than the line is cut between characters, filling each line")
    func cutsOverlongWords() {
        let wrapped = lines("见https://example.com/path/to/story.html", width: 12)
        #expect(wrapped == ["见https://ex", "ample.com/pa", "th/to/story.", "html"])
    }

    @Test("a wide character never straddles the right edge")
    func wideCharacterNeverStraddles() {
        #expect(lines("a一二三", width: 4) == ["a一", "二三"])
        #expect(lines("abc一二", width: 4).allSatisfy { DisplayWidth.of($0) <= 4 })
    }

    @Test("spaces at a break vanish and take no room")
    func spacesVanishAtBreaks() {
        #expect(lines("hello world", width: 5) == ["hello", "world"])
        #expect(lines("hello    world again", width: 11) == ["hello", "world again"])
        #expect(lines("a b c", width: 80) == ["a b c"])
    }

    @Test("a \"\\n\" span is a hard break; a trailing one adds no empty line")
    func honoursHardBreaks() {
        let spans = [StyledSpan("一二"), StyledSpan("\n"), StyledSpan("三四"), StyledSpan("\n")]
        #expect(Typesetting.lines(spans, width: 80) == ["一二", "三四"])
        let blank = [StyledSpan("一"), StyledSpan("\n"), StyledSpan("\n"), StyledSpan("二")]
        #expect(Typesetting.lines(blank, width: 80) == ["一", "", "二"])
    }

    @Test("an empty paragraph is one empty line")
    func emptyParagraph() {
        #expect(Typesetting.lines([], width: 10) == [""])
        #expect(lines("", width: 10) == [""])
    }

    @Test("at width 1 each Chinese character sits alone on its line")
    func widthOneOverflowsOnlySingleCharacters() {
        #expect(lines("一二a", width: 1) == ["一", "二", "a"])
    }

    @Test("every width from 1 to 1000 lays out the whole text")
    func everyWidthTerminates() {
        _ = Typesetting.localePinned
        var generator = MixedTextGenerator(seed: 7)
        let spans = generator.paragraph(length: 600)
        let text = spans.map(\.text).joined()
        for width in 1...1000 {
            let paragraph = Wrapper(width: width).wrap(spans)
            #expect(paragraph.lines.last?.sourceRange.upperBound == text.count, "width \(width)")
        }
    }

    @Test("a CR LF pair is one hard break and vanishes")
    func crLFIsOneHardBreak() {
        #expect(lines("一二\r\n三四", width: 80) == ["一二", "三四"])
    }

    @Test("text with characters outside the BMP breaks between characters like any other")
    func breaksAroundAstralCharacters() {
        #expect(lines("📰中文📰中文𠀋字", width: 4) == ["📰中", "文📰", "中文", "𠀋字"])
    }

    @Test("a no-break space glues the words around it")
    func noBreakSpaceGlues() {
        #expect(lines("aa bb\u{A0}cc", width: 6) == ["aa", "bb\u{A0}cc"])
    }

    @Test("combining marks and emoji sequences are never split from their base")
    func keepsGraphemeClustersWhole() {
        let family = "👨\u{200D}👩\u{200D}👧"
        let wrapped = lines("e\u{301}e\u{301}e\u{301}\(family)\(family)", width: 2)
        #expect(wrapped == ["e\u{301}e\u{301}", "e\u{301}", family, family])
    }
}
