import Testing
@testable import NewsCore

/// `MarkdownText.unescape`: backslash escapes and character references, as in link
/// destinations, titles and info strings (CommonMark 0.31 §2.4, §2.5).
@Suite("Markdown text unescaping")
struct InlineMarkdownTextTests {
    @Test("backslash before ASCII punctuation yields the punctuation")
    func backslashEscapes() {
        #expect(MarkdownText.unescape(#"\*\_\[\]\\"#) == #"*_[]\"#)
    }

    @Test("backslash before other characters is kept")
    func otherBackslashes() {
        #expect(MarkdownText.unescape(#"\a\中"#) == #"\a\中"#)
    }

    @Test("HTML5 named references decode, including two-code-point ones")
    func namedReferences() {
        #expect(MarkdownText.unescape("&ouml;&HilbertSpace;&ngE;") == "ö\u{210B}\u{2267}\u{338}")
    }

    @Test("names without a semicolon are not references")
    func missingSemicolon() {
        #expect(MarkdownText.unescape("&copy and &amp") == "&copy and &amp")
    }

    @Test("numeric references decode, and invalid code points become the replacement character")
    func numericReferences() {
        #expect(MarkdownText.unescape("&#35;&#X22;&#0;&#xD800;&#1234567;") == "#\"\u{FFFD}\u{FFFD}\u{FFFD}")
    }

    @Test("references to C1 controls show what a browser shows: Windows-1252's dashes and quotes, never a control")
    func windows1252References() {
        #expect(MarkdownText.unescape("1990&#150;2000 &#147;引号&#148; &#x85; &#128;") == "1990\u{2013}2000 \u{201C}引号\u{201D} \u{2026} \u{20AC}")
        // The five with no Windows-1252 character stay the control (which sanitizing then marks).
        #expect(MarkdownText.unescape("&#x81;&#x9D;") == "\u{81}\u{9D}")
        #expect(MarkdownText.unescape("&#x9B;") == "\u{203A}")
    }

    @Test("more than seven decimal digits is no reference")
    func tooManyDigits() {
        #expect(MarkdownText.unescape("&#12345678;") == "&#12345678;")
    }

    @Test("text without escapes or references comes back unchanged")
    func unchanged() {
        #expect(MarkdownText.unescape("数据中立性 data") == "数据中立性 data")
    }
}
