import Foundation
import Testing
@testable import NewsCore

@Suite("Inputs fuzz-layout found keep within the screen")
struct FuzzLayoutRegressionTests {
    /// `[^\xFF]:` at width 2: the label `[�]` (3 columns) was drawn as the definition's hanging
    /// prefix, which is never wrapped, so the line overflowed. Found as a 63-character label
    /// at width 40 in a library article, minimized by libFuzzer to these 7 bytes.
    @Test("a footnote label wider than the screen wraps instead of overflowing")
    func footnoteLabelWiderThanScreen() throws {
        let (width, _, article) = try FuzzFindings.layoutInput("layout-footnote-label-wider-than-screen")
        #expect(width == 2)
        let rendered = DocumentRenderer(width: width).render(article)
        #expect(FuzzFindings.overflowingLines(rendered, width: width) == [])
        let definition = try #require(rendered.anchors.footnoteDefinitions.first)
        #expect(rendered.lines[definition.line].text.hasPrefix("["))
    }

    @Test("a long footnote label keeps every character and the width, at every width", arguments: [8, 12, 20, 40])
    func longFootnoteLabel(width: Int) throws {
        let label = String(repeating: "标签", count: 20)
        let article = FuzzFindings.article(Data("正文[^\(label)]。\n\n[^\(label)]: [标题](https://example.com/a)·媒体（2025/6/24）\n".utf8))
        let rendered = DocumentRenderer(width: width).render(article)
        #expect(FuzzFindings.overflowingLines(rendered, width: width) == [])
        let definition = try #require(rendered.anchors.footnoteDefinitions.first)
        let shown = rendered.lines[definition.line...].map(\.text).joined().filter { !$0.isWhitespace }
        #expect(shown.contains("[" + label + "]"))
        #expect(shown.contains("标题"))
    }

    /// `[^a]:` then U+FE0F (VS16) at width 33: the definition's text starts with a lone VS16,
    /// which the wrapper measured as 0 columns, but drawn after the prefix `[a] ` it joins the
    /// space, and two columns are what `DisplayWidth` gives a character with VS16.
    @Test("text starting with a variation selector after a prefix stays within the width")
    func variationSelectorAfterPrefix() throws {
        let (width, _, article) = try FuzzFindings.layoutInput("layout-definition-starting-with-vs16")
        #expect(width == 33)
        let rendered = DocumentRenderer(width: width).render(article)
        #expect(FuzzFindings.overflowingLines(rendered, width: width) == [])
        #expect(rendered.plainLines.contains { $0.contains("Str5/.3cc5") })
    }

    @Test("a list item, quote or line after a hard break starting with VS16 fits every width", arguments: [6, 10, 21, 40])
    func variationSelectorAfterAnyPrefix(width: Int) {
        let text = "- \u{FE0F}\(String(repeating: "ab", count: 30))\n\n> \u{FE0F}\(String(repeating: "字", count: 30))\n\n"
            + "一行\\\n\u{FE0F}\(String(repeating: "x", count: 60))\n"
        let rendered = DocumentRenderer(width: width).render(FuzzFindings.article(Data(text.utf8)))
        #expect(FuzzFindings.overflowingLines(rendered, width: width) == [])
    }

    /// `main_topics: 謶` at width 6: the label `主题 ` (5 columns) was the prefix of the topic's
    /// line, leaving 1 column for a 2-column character.
    @Test("a topic next to its label at a narrow width moves below the label instead of overflowing")
    func topicLabelAtNarrowWidth() throws {
        let (width, _, article) = try FuzzFindings.layoutInput("layout-topic-label-at-narrow-width")
        #expect(width == 6)
        let rendered = DocumentRenderer(width: width).render(article)
        #expect(FuzzFindings.overflowingLines(rendered, width: width) == [])
        #expect(rendered.plainLines.contains { $0.contains("謶") })
    }

    @Test("tag and topic lines fit every narrow width and keep every name", arguments: Array(2...12))
    func nameListsAtNarrowWidths(width: Int) {
        let article = FuzzFindings.article(Data("---\ntags: [数据, AI]\nmain_topics: [芯片与硬件]\n---\n正文\n".utf8))
        let rendered = DocumentRenderer(width: width).render(article)
        #expect(FuzzFindings.overflowingLines(rendered, width: width) == [])
        let shown = rendered.plainLines.joined().filter { !$0.isWhitespace }
        for name in ["#数据", "#AI", "芯片与硬件"] { #expect(shown.contains(name), "\(name)") }
    }
}
