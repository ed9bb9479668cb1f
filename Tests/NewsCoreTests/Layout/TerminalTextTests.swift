import Testing
@testable import NewsCore

@Suite("Untrusted text is made safe for the terminal")
struct TerminalTextTests {
    @Test("escape sequences lose their ESC and show it as a visible picture")
    func neutralisesEscapeSequences() {
        let hostile = "标题\u{1B}]0;owned\u{07}\u{1B}[2J"
        let safe = TerminalText.sanitize(hostile)
        #expect(!safe.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        #expect(safe == "标题␛]0;owned␇␛[2J")
    }

    @Test("C1 controls, DEL and bidi overrides are replaced")
    func replacesC1AndBidi() {
        #expect(TerminalText.sanitize("a\u{9B}b\u{7F}c\u{202E}d\u{2066}e") == "a\u{FFFD}b␡c\u{FFFD}d\u{FFFD}e")
    }

    @Test("tabs and newlines become spaces unless newlines are kept")
    func flattensWhitespace() {
        #expect(TerminalText.sanitize("a\tb\nc") == "a b c")
        #expect(TerminalText.sanitize("a\nb", keepNewlines: true) == "a\nb")
    }

    @Test("ordinary Chinese and English text is returned unchanged")
    func leavesCleanTextAlone() {
        let text = "押注“超级智能”的时代，Scale AI。"
        #expect(TerminalText.sanitize(text) == text)
    }
}
