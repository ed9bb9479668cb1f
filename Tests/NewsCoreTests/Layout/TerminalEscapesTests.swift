import NewsCore
import Testing

/// OSC 52 and OSC 8, byte for byte (xterm ctlseqs; the OSC 8 hyperlink convention).
@Suite("Terminal escape sequences")
struct TerminalEscapesTests {
    @Test("OSC 52 puts base64 of the UTF-8 text on the clipboard selection c, ended by BEL")
    func clipboard() {
        #expect(TerminalEscapes.setClipboard("https://example.com/a?q=中") ==
            Array("\u{1B}]52;c;aHR0cHM6Ly9leGFtcGxlLmNvbS9hP3E95Lit".utf8) + [0x07])
        // Base64 keeps every byte of the payload printable, whatever the URL holds.
        let hostile = TerminalEscapes.setClipboard("x\u{1B}]0;t\u{07}\n")
        #expect(hostile.dropFirst(7).dropLast().allSatisfy { $0 > 0x20 && $0 < 0x7F })
    }

    @Test("OSC 8 wraps the text, with non-ASCII and spaces in the URL percent-encoded")
    func hyperlink() {
        #expect(TerminalEscapes.hyperlink("报道", url: "https://example.com/新闻 1") ==
            "\u{1B}]8;;https://example.com/%E6%96%B0%E9%97%BB%201\u{1B}\\报道\u{1B}]8;;\u{1B}\\")
    }

    @Test("a URL the link policy refuses (other schemes, relative, controls, bidi) is not made a hyperlink")
    func unsafeTargets() {
        for url in ["https://a.example/\u{1B}\\x", "https://a.example/\u{07}", "https://a.example/\u{9C}", "https://a.example/\u{202E}gpj", "",
                    "file:///etc/passwd", "javascript:alert(1)", "../other.md", "-o/tmp/x"] {
            #expect(TerminalEscapes.hyperlink("t", url: url) == nil, "\(url.debugDescription)")
        }
    }
}
