import Testing
@testable import NewsCore

/// `> [!NOTE]` alerts (GitHub, Hugo's blockquote alerts, Obsidian callouts) show a label, not
/// their marker.
@Suite("Blockquote alerts show a label")
struct BlockquoteAlertTests {
    @Test("the marker becomes a bold label above the quote's text; a title after it replaces the type")
    func labels() {
        let blocks = ArticleBodyParser.parse("> [!NOTE]\n> 自 v1.8.0 起支持。\n\n> [!QUESTION]+ Can alerts fold?\n> 可以。\n\n> [!WARNING] 小心\n> 数据会丢失。\n\n> [!TIP]\n\n> 普通引用 [!NOTE]\n").blocks
        #expect(blocks == [
            .blockQuote([.paragraph([.strong([.text("Note")]), .hardBreak, .text("自 v1.8.0 起支持。")])]),
            .blockQuote([.paragraph([.strong([.text("Can alerts fold?")]), .hardBreak, .text("可以。")])]),
            // Between two Chinese characters the line break is gone: no title can be told apart.
            .blockQuote([.paragraph([.strong([.text("Warning")]), .hardBreak, .text("小心数据会丢失。")])]),
            .blockQuote([.paragraph([.strong([.text("Tip")])])]),
            .blockQuote([.paragraph([.text("普通引用 [!NOTE]")])]),
        ])
    }

    @Test("what is not a marker stays text: a link, other characters in the brackets")
    func notMarkers() {
        #expect(BlockquoteAlert.marker(in: "[!NOTE] 标题")! == ("Note", "标题"))
        #expect(BlockquoteAlert.marker(in: "[!注意]") == nil)
        #expect(BlockquoteAlert.marker(in: "[!A B]") == nil)
        #expect(BlockquoteAlert.marker(in: "[NOTE]") == nil)
    }
}
