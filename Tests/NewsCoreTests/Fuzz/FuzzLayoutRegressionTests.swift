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
}
