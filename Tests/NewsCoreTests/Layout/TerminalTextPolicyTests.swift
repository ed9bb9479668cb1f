import Testing
@testable import NewsCore

/// The policy of ``TerminalText``, class by class (issue #6, "Terminal safety").
@Suite("Which characters may reach a terminal, and what stands in for the others")
struct TerminalTextPolicyTests {
    /// Unsafe by Unicode's own properties, written independently of the code under test: controls
    /// (Cc), bidi controls (Bidi_Control, UAX #9), line and paragraph separators, unassigned (Cn).
    static func unsafeByProperties(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        switch properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator, .unassigned: return true
        default: return properties.isBidiControl
        }
    }

    static let bidiControls: [(String, UInt32)] = [
        ("LRE", 0x202A), ("RLE", 0x202B), ("PDF", 0x202C), ("LRO", 0x202D), ("RLO", 0x202E),
        ("LRI", 0x2066), ("RLI", 0x2067), ("FSI", 0x2068), ("PDI", 0x2069),
        ("LRM", 0x200E), ("RLM", 0x200F), ("ALM", 0x061C),
    ]

    @Test("the unsafe set is exactly the controls, bidi controls, separators and unassigned points, over all of Unicode")
    func unsafeSetMatchesUnicodeProperties() {
        var disagreements: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }  // surrogates
            if TerminalText.isUnsafe(scalar) != Self.unsafeByProperties(scalar) {
                disagreements.append(String(value, radix: 16))
            }
        }
        #expect(disagreements.isEmpty, "U+\(disagreements.prefix(10).joined(separator: ", U+"))")
    }

    @Test("every C0 control other than tab and newline shows as its Control Picture", arguments: Array(UInt32(0)..<0x20))
    func c0ControlsBecomePictures(value: UInt32) {
        guard value != 0x09 && value != 0x0A else { return }
        let control = String(Unicode.Scalar(value)!)
        let picture = String(Unicode.Scalar(0x2400 + value)!)
        for mode in [TerminalText.LineBreaks.spaces, .kept, .markers] {
            #expect(TerminalText.sanitize("a" + control + "b", lineBreaks: mode) == "a" + picture + "b")
        }
    }

    @Test("ESC loses its power in OSC, CSI and DCS sequences and shows as ␛")
    func escapeSequencesAreShown() {
        let hostile = "\u{1B}]0;pwned\u{07}\u{1B}]52;c;cHduZWQ=\u{07}\u{1B}[2J\u{1B}P1;2|q\u{1B}\\"
        #expect(TerminalText.sanitize(hostile) == "␛]0;pwned␇␛]52;c;cHduZWQ=␇␛[2J␛P1;2|q␛\\")
    }

    @Test("DEL shows as ␡")
    func deleteShowsAsPicture() {
        #expect(TerminalText.sanitize("a\u{7F}b") == "a␡b")
    }

    @Test("every C1 control, the 8-bit CSI U+009B among them, shows as the marker", arguments: Array(UInt32(0x80)...0x9F))
    func c1ControlsBecomeMarkers(value: UInt32) {
        let text = "前" + String(Unicode.Scalar(value)!) + "后"
        #expect(TerminalText.sanitize(text) == "前\u{FFFD}后")
        #expect(TerminalText.sanitizeName(text) == "前\u{FFFD}后")
    }

    @Test("every bidi embedding, override, isolate and mark shows as the marker", arguments: bidiControls)
    func bidiControlsBecomeMarkers(name: String, value: UInt32) {
        let text = "abc" + String(Unicode.Scalar(value)!) + "def"
        #expect(TerminalText.sanitize(text) == "abc\u{FFFD}def", "\(name)")
    }

    @Test("line and paragraph separators act as newlines: spaces in prose, kept as \\n, marked in names")
    func separatorsActAsNewlines() {
        for separator in ["\u{2028}", "\u{2029}"] {
            #expect(TerminalText.sanitize("甲" + separator + "乙") == "甲 乙")
            #expect(TerminalText.sanitize("甲" + separator + "乙", keepNewlines: true) == "甲\n乙")
            #expect(TerminalText.sanitizeName("甲" + separator + "乙") == "甲\u{FFFD}乙")
        }
    }

    @Test("a name shows its newline and tab as ␊ and ␉, so it stays one line")
    func namesMarkLineBreaks() {
        #expect(TerminalText.sanitizeName("2025/new\nline\tname.md") == "2025/new␊line␉name.md")
        #expect(TerminalText.sanitize("2025/new\nline\tname.md") == "2025/new line name.md")
    }

    @Test("unassigned code points and noncharacters show as the marker")
    func unassignedBecomesMarker() {
        for value: UInt32 in [0x0378, 0xFDD0, 0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF, 0xE0080] {
            let text = "x" + String(Unicode.Scalar(value)!) + "y"
            #expect(TerminalText.sanitize(text) == "x\u{FFFD}y", "U+\(String(value, radix: 16))")
        }
    }

    @Test("joiners, variation selectors, emoji tags, ZWSP, soft hyphens, private use and combining marks are kept")
    func harmlessInvisiblesAreKept() {
        let family = "👨\u{200D}👩\u{200D}👧"
        let england = "🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}"
        let samples = [family, england, "❤\u{FE0F}", "数据\u{200B}中心", "ZWNJ\u{200C}", "co\u{AD}operate",
                       "\u{E000}", "e\u{301}", "𠀀𪚥", "ひらがな", "한국어", "العربية", "עברית"]
        for sample in samples {
            #expect(TerminalText.sanitize(sample) == sample, "\(sample.debugDescription)")
        }
    }

    @Test("the output of every mode holds no unsafe character, and sanitizing twice changes nothing more")
    func outputIsSafeAndStable() {
        var everything = String.UnicodeScalarView()
        for value in UInt32(0)...0x3000 { if let scalar = Unicode.Scalar(value) { everything.append(scalar) } }
        let text = String(everything)
        for mode in [TerminalText.LineBreaks.spaces, .markers] {
            let once = TerminalText.sanitize(text, lineBreaks: mode)
            #expect(!once.unicodeScalars.contains(where: Self.unsafeByProperties))
            #expect(TerminalText.sanitize(once, lineBreaks: mode) == once)
        }
        let kept = TerminalText.sanitize(text, keepNewlines: true)
        #expect(!kept.unicodeScalars.contains { $0 != "\n" && Self.unsafeByProperties($0) })
    }
}
