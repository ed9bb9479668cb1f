import Foundation
import Testing
@testable import NewsCore

/// `:name:` emoji (Hugo's `emojify`, GitHub) show as the emoji, never in code, never a name the
/// table does not know.
@Suite("Emoji names show as emoji")
struct EmojiShortcodesTests {
    @Test("known names become emoji in prose, emphasis, links and footnotes; code, times and unknown names stay")
    func replaced() {
        let document = ArticleBodyParser.parse(
            "表情符号 :parachute: 与 *:see_no_evil:*，[赞 :+1:](https://e.com) `:smile:` 12:30:45 :not_an_emoji: ::smile:\n\n注[^1]\n\n[^1]: 见 :heart:\n")
        #expect(document.blocks.first == .paragraph([
            .text("表情符号 🪂 与 "), .emphasis([.text("🙈")]), .text("，"),
            .link(destination: "https://e.com", title: nil, content: [.text("赞 👍")]), .text(" "), .code(":smile:"),
            .text(" 12:30:45 :not_an_emoji: :😄"),
        ]))
        #expect(document.footnotes.first?.blocks == [.paragraph([.text("见 ❤️")])])
    }

    @Test("titles and summaries show emoji too, the same from a first build's head pass")
    func titles() throws {
        let text = "---\ntitle: \"表情符号 :parachute:\"\nsummary: \"猴子 :see_no_evil:\"\n---\n正文。\n"
        let article = ArticleParser.parse(data: Data(text.utf8), path: "a.md", id: ArticleID("a"), modificationDate: Date())
        #expect(article.title == "表情符号 🪂")
        #expect(article.summary == "猴子 🙈")
        guard case .decided(let head) = ArticleHeadParser.parse(head: Data(text.utf8), path: "a.md", id: ArticleID("a"),
                                                              modificationDate: Date(), fileSize: text.utf8.count) else {
            Issue.record("the head should decide the row")
            return
        }
        #expect(head.title == article.title)
        #expect(head.frontMatter.summary == "猴子 🙈")
    }

    @Test("every name in the table is one emoji, each a single code point (and VS16), so terminals agree on its width")
    func table() {
        #expect(EmojiNames.table.count == 1_999)
        for (name, emoji) in EmojiNames.table {
            #expect(emoji.unicodeScalars.filter { $0 != "\u{FE0F}" }.count == 1, "\(name)")
        }
    }
}
