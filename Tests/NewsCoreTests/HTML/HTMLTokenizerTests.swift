import Testing
@testable import NewsCore

@Suite("The HTML tokenizer reads what Markdown lets through, tolerantly")
struct HTMLTokenizerTests {
    @Test("tags with quoted, unquoted and bare attributes; names lowercased; entities decoded")
    func tagsAndAttributes() {
        let tokens = HTMLTokenizer.tokens(#"<A HREF="x?a=1&amp;b=2" target=_blank hidden>R&amp;D</A>"#)
        #expect(tokens == [
            .startTag(name: "a", attributes: ["href": "x?a=1&b=2", "target": "_blank", "hidden": ""], selfClosing: false),
            .text("R&D"),
            .endTag(name: "a"),
        ])
    }

    @Test("a CMS export's &#150; and &#147;…&#148; read as the dash and quotes a browser shows")
    func windows1252References() {
        #expect(HTMLTokenizer.tokens("<p>1998&#150;2008，&#147;新闻&#148;</p>") == [
            .startTag(name: "p", attributes: [:], selfClosing: false), .text("1998\u{2013}2008，\u{201C}新闻\u{201D}"), .endTag(name: "p"),
        ])
    }

    @Test("comments, including the author's private notes and an empty one")
    func comments() {
        #expect(HTMLTokenizer.tokens("a<!--# 私人笔记 -->b<!---->c") == [
            .text("a"), .comment("# 私人笔记 ", terminated: true), .text("b"), .comment("", terminated: true), .text("c"),
        ])
    }

    @Test("an unterminated comment swallows the rest and says so")
    func unterminatedComment() {
        #expect(HTMLTokenizer.tokens("可见<!-- 不可见 <b>x</b>") == [.text("可见"), .comment(" 不可见 <b>x</b>", terminated: false)])
    }

    @Test("script and style content is raw text, never tags")
    func rawText() {
        #expect(HTMLTokenizer.tokens("<script>if (a<b) {}</script>ok") == [
            .startTag(name: "script", attributes: [:], selfClosing: false), .rawText("if (a<b) {}"),
            .endTag(name: "script"), .text("ok"),
        ])
    }

    @Test("a lone < and a tag never closed stay text")
    func strayAngles() {
        #expect(HTMLTokenizer.tokens("a < b <c") == [.text("a < b <c")])
        #expect(HTMLTokenizer.tokens(#"<img src="x"#) == [.text(#"<img src="x"#)])
    }

    @Test("hostile runs of unclosed tags and quotes finish (linear scan)")
    func hostileRuns() {
        let inputs = [String(repeating: "<a ", count: 20_000), String(repeating: "<a x=\"", count: 20_000),
                      String(repeating: "<!", count: 20_000) + ">", String(repeating: "<b>", count: 20_000)]
        for input in inputs {
            let text = HTMLTokenizer.tokens(input).map { token -> String in
                if case .text(let text) = token { return text } else { return "" }
            }.joined()
            #expect(text.count <= input.count)
        }
    }
}
