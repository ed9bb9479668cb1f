import Testing
@testable import NewsCore

/// A Latin word with closing punctuation glued after it, at narrow widths: the mark never starts
/// a line, the letters before it go down with it (clreq §3.1.7 allows pulling characters down).
@Suite("Words followed by punctuation at narrow widths")
struct WrapperWordPunctuationTests {
    private static let closing = Set(Typesetting.closing)
    private static let opening = Set(Typesetting.opening)

    /// The texts of `text` wrapped at `width` after `prefix` on every line.
    private func lines(_ text: String, width: Int, prefix: String = "") -> [String] {
        _ = Typesetting.localePinned
        let spans = prefix.isEmpty ? [] : [StyledSpan(prefix)]
        return Wrapper(width: width, firstPrefix: spans, continuationPrefix: spans)
            .wrap([StyledSpan(text)]).lines.map(\.line.text)
    }

    /// Each line without `prefix`; fails the test when a line lacks it.
    private func bodies(_ lines: [String], prefix: String) -> [Substring] {
        lines.map { line in
            #expect(line.hasPrefix(prefix), "\(line)")
            return line.dropFirst(prefix.count)
        }
    }

    /// Lines (after the first) starting with closing or (before the last) ending with opening marks.
    private func violations(_ bodies: [Substring]) -> [Substring] {
        bodies.enumerated().filter { index, body in
            (index > 0 && body.first.map(Self.closing.contains) == true)
                || (index + 1 < bodies.count && body.last.map(Self.opening.contains) == true)
        }.map(\.element)
    }

    @Test("a word that fits alone but not with its comma takes its last letter down with the comma")
    func fittingWordLendsItsLastLetter() {
        let wrapped = lines("公司Databricks，估值六百亿", width: 15, prefix: "    ")
        #expect(wrapped == ["    公司", "    Databrick", "    s，估值六百", "    亿"])
    }

    @Test("a word wider than the line is cut so that its rest fits with its semicolon")
    func overlongWordRestFitsWithMark() {
        let wrapped = lines("模型Anthropic；一二", width: 10, prefix: "│ ")
        #expect(wrapped == ["│ 模型Anth", "│ ropic；", "│ 一二"])
    }

    @Test("an opening mark before a word that cannot fit never ends a line")
    func openingMarkStaysWithWord() {
        let wrapped = lines("一（Databricks）二", width: 12)
        #expect(violations(wrapped.map { $0[...] }).isEmpty, "\(wrapped)")
        #expect(wrapped.joined() == "一（Databricks）二")
    }

    @Test("words glued to punctuation never leave a mark at a line start, at widths 8…18, in lists and quotes",
          arguments: ["", "│ ", "  ", "    ", "      "])
    func noForbiddenEdgeAtNarrowWidths(prefix: String) {
        let texts = ["公司Databricks，估值", "模型Anthropic；一二三", "说“OpenAI”。", "（Nvidia）、AMD！",
                     "见https://example.com/a，又", "一二三Scale，AI。", "词supercalifragilistic」。二"]
        for text in texts {
            // From 5 columns a letter and the two marks of `a）、` fit on a line; narrower, some
            // mark must start one.
            for width in 8...18 where width - prefix.count >= 5 {
                let body = bodies(lines(text, width: width, prefix: prefix), prefix: prefix)
                #expect(violations(body).isEmpty, "width \(width) \(prefix)|: \(body)")
                #expect(body.joined() == text, "width \(width): \(body)")
                #expect(body.allSatisfy { DisplayWidth.of(String($0)) <= width - DisplayWidth.of(prefix) })
            }
        }
    }
}
