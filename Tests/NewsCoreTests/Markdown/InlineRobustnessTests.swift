import Testing
@testable import NewsCore

/// Pathological inputs (100,000 delimiters, brackets, backticks, `<`) finish and give sensible
/// output: the parser is near-linear and never recurses on input depth. No timing is asserted;
/// a quadratic regression shows up as a test that does not finish.
@Suite("Inline parser robustness")
struct InlineRobustnessTests {
    private static let count = 100_000

    private func parse(_ text: String) -> [Inline] {
        InlineParser(linkReferences: ["a": LinkReference(destination: "/a")]).parse(text)
    }

    /// Whether `inlines` is exactly `text` as one run (a Bool, so a failure prints no 100 KB value).
    private func isPlainText(_ inlines: [Inline], _ text: String) -> Bool {
        inlines == [.text(text)]
    }

    /// The deepest container nesting in `inlines`, measured without recursion.
    private func depth(_ inlines: [Inline]) -> Int {
        var deepest = 0
        var pending: [(inlines: [Inline], level: Int)] = [(inlines, 0)]
        while let (items, level) = pending.popLast() {
            deepest = max(deepest, level)
            for item in items {
                switch item {
                case .emphasis(let inner), .strong(let inner), .strikethrough(let inner), .styled(_, let inner):
                    pending.append((inner, level + 1))
                case .link(_, _, let inner), .image(_, _, let inner):
                    pending.append((inner, level + 1))
                default: break
                }
            }
        }
        return deepest
    }

    @Test("a run of 100,000 asterisks stays text")
    func manyAsterisks() {
        let text = String(repeating: "*", count: Self.count)
        #expect(isPlainText(parse(text), text))
    }

    @Test("100,000 alternating underscores and letters give flat emphasis, not nested")
    func manyUnderscorePairs() {
        let result = parse(String(repeating: "_a_ ", count: Self.count / 4))
        #expect(result.count == Self.count / 4 * 2 - 1)
        #expect(depth(result) == 1)
    }

    @Test("100,000 unmatched openers before one closer make one emphasis")
    func manyOpenersOneCloser() {
        let result = parse(String(repeating: "*a ", count: Self.count / 3) + "b*")
        // Two of the 100,000 characters are the delimiters used.
        #expect(result.plainText.count == Self.count / 3 * 3 + 2 - 2)
        #expect(depth(result) == 1)
    }

    @Test("deeply nested strong delimiters give bounded nesting")
    func deeplyNestedStrong() {
        let half = String(repeating: "**", count: Self.count / 4)
        let result = parse(half + "x" + half)
        #expect(result.plainText == "x")
        #expect(depth(result) <= InlineTreeBuilder.maximumDepth + 1)
    }

    @Test("100,000 opening brackets stay text")
    func manyOpenBrackets() {
        let text = String(repeating: "[", count: Self.count)
        #expect(isPlainText(parse(text), text))
    }

    @Test("100,000 nested brackets around a link make one link and flat text")
    func deeplyNestedBrackets() {
        let open = String(repeating: "[", count: Self.count / 2)
        let close = String(repeating: "]", count: Self.count / 2)
        let result = parse(open + "x](/u)" + close.dropFirst())
        #expect(depth(result) == 1)
        #expect(result.contains(.link(destination: "/u", title: nil, content: [.text("x")])))
    }

    @Test("nested shortcut references inside 100,000 brackets do not nest links")
    func nestedShortcutReferences() {
        let result = parse(String(repeating: "[", count: Self.count / 2) + "a" + String(repeating: "]", count: Self.count / 2))
        #expect(depth(result) == 1)
    }

    @Test("nested images 10,000 deep parse with bounded nesting")
    func deeplyNestedImages() {
        let result = parse(String(repeating: "![", count: 10_000) + "x" + String(repeating: "](/i)", count: 10_000))
        #expect(depth(result) <= InlineTreeBuilder.maximumDepth + 1)
        #expect(result.plainText == "x")
    }

    @Test("100,000 backticks of growing run lengths stay text")
    func manyBacktickRuns() {
        var text = ""
        for length in 1...440 { text += String(repeating: "`", count: length) + "a" }
        #expect(parse(text).plainText == text)
    }

    @Test("100,000 lone backticks separated by spaces pair up into code spans")
    func manyBackticks() {
        let result = parse(String(repeating: "` ", count: Self.count / 2))
        #expect(result.allSatisfy { if case .code = $0 { true } else { $0 == .text(" ") } })
    }

    @Test("100,000 less-than signs and unclosed comments stay text")
    func manyAngleBrackets() {
        let text = String(repeating: "<", count: Self.count / 2) + String(repeating: "<!-- ", count: Self.count / 10)
            + String(repeating: "<?a ", count: Self.count / 10) + String(repeating: "<![CDATA[ ", count: Self.count / 20)
            + String(repeating: "<!X ", count: Self.count / 20) + "end"
        #expect(isPlainText(parse(text), text))
    }

    @Test("many links after many open brackets stay linear and make every link")
    func manyLinksAfterBrackets() {
        let result = parse(String(repeating: "[", count: Self.count / 2) + String(repeating: "[x](/u) ", count: Self.count / 20))
        let links = result.filter { if case .link = $0 { true } else { false } }
        #expect(links.count == Self.count / 20)
    }

    @Test("many unclosed inline links stay text")
    func manyUnclosedInlineLinks() {
        let text = String(repeating: "[x](b ", count: Self.count / 6) + "end"
        #expect(parse(text).plainText == text)
    }

    @Test("a single 100,000-character line of Chinese is one text run")
    func longChineseLine() {
        let text = String(repeating: "数据中立性，", count: Self.count / 6)
        #expect(isPlainText(parse(text), text))
    }

    @Test("100,000 closers without openers and mismatched runs stay text")
    func closersWithoutOpeners() {
        for unit in ["a_ ", "a** ", "*a_ ", "[ a_", "[ (](", "a]", "**x [a*b**c*](d) "] {
            let text = String(repeating: unit, count: Self.count / unit.count) + "end"
            let result = parse(text)
            #expect(depth(result) <= 2, "pattern \(unit)")
        }
    }

    @Test("a multiple of three closers after one strong opener does not rescan")
    func multipleOfThreeClosers() {
        let result = parse("a**b" + String(repeating: "c* ", count: Self.count / 3))
        #expect(result.plainText.hasPrefix("a**bc*"))
    }

    @Test("random markup with CJK never traps and never invents text")
    func randomMarkup() {
        // A fixed xorshift sequence, so a failure can be replayed.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % 1_000_003)
        }
        let pieces = ["*", "**", "_", "~~", "`", "[", "]", "(", ")", "![", "<", ">", "&amp;", "&", "\\", "\n", " ", "  ",
                      "\"", ":", "/", "a", "中", "文", "，", "。", "“", "”", "（", "）", "[^1]", "^", "http:", "@x.y",
                      "<!--", "-->", "<?", "]]>", "\u{FE01}", "\u{E0100}"]
        let parser = InlineParser(linkReferences: ["a": LinkReference(destination: "/a")])
        var invented: [String] = []
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0...(next() % 20) { text += pieces[next() % pieces.count] }
            let output = parser.parse(text).plainText
            if output.unicodeScalars.count > text.unicodeScalars.count { invented.append(text) }
        }
        #expect(invented.isEmpty)
    }
}
