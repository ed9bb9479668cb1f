import Testing
@testable import NewsCore

@Suite("Shortcodes are rendered as what they mean, never raw")
struct ShortcodeExpanderTests {
    private func blocks(_ body: String) -> [Block] { ArticleBodyParser.parse(body).blocks }

    @Test("figure, img and asset_img are images with their caption")
    func images() {
        #expect(blocks(#"{{< figure src="/images/a.png" caption="架构图" >}}"#) == [
            .paragraph([.image(source: "/images/a.png", title: nil, alt: [.text("架构图")])]),
        ])
        #expect(blocks(#"{% asset_img post-image "spaced asset.jpg" 500 400 "示意 图" %}"#) == [
            .paragraph([.image(source: "spaced asset.jpg", title: nil, alt: [.text("示意 图")])]),
        ])
    }

    @Test("a figure's alt is alt (else its caption's text); a caption that says more follows it as text with its links")
    func figureCaption() {
        let caption = "照片由[Jr Korpa](https://unsplash.com/@jrkorpa)拍摄，来自[Unsplash](https://unsplash.com/)"
        let credit: [Inline] = [
            .text("照片由"), .link(destination: "https://unsplash.com/@jrkorpa", title: nil, content: [.text("Jr Korpa")]),
            .text("拍摄，来自"), .link(destination: "https://unsplash.com/", title: nil, content: [.text("Unsplash")]),
        ]
        #expect(blocks("{{< figure src=\"abstract.jpg\" alt=\"抽象紫色艺术品\" caption=\"\(caption)\" >}}\n后文\n") == [
            .paragraph([.image(source: "abstract.jpg", title: nil, alt: [.text("抽象紫色艺术品")])]),
            .paragraph(credit), .paragraph([.text("后文")]),
        ])
        #expect(blocks("{{< figure src=\"abstract.jpg\" caption=\"\(caption)\" >}}") == [
            .paragraph([.image(source: "abstract.jpg", title: nil, alt: [.text("照片由Jr Korpa拍摄，来自Unsplash")])]),
            .paragraph(credit),
        ])
        #expect(blocks("{{< figure src=\"a.jpg\" alt=\"图\" caption=\"1. 步骤\" >}}").last == .paragraph([.text("1. 步骤")]))
    }

    @Test("Congo's screenshot is an image")
    func screenshot() {
        let document = ArticleBodyParser.parse(#"{{< screenshot src="github-pages-source.jpg" alt="GitHub Pages 屏幕截图" >}}"#)
        #expect(document.blocks == [
            .paragraph([.image(source: "github-pages-source.jpg", title: nil, alt: [.text("GitHub Pages 屏幕截图")])]),
        ])
        #expect(document.diagnostics.isEmpty)
    }

    @Test("ref and relref become internal links, inside a link's parentheses too")
    func references() {
        #expect(blocks(#"见[配置]({{< ref "/docs/configuration" >}})与{{< relref "b.md" >}}"#) == [
            .paragraph([.text("见"), .link(destination: "ref:/docs/configuration", title: nil, content: [.text("配置")]),
                        .text("与"), .link(destination: "ref:b.md", title: nil, content: [.text("b.md")])]),
        ])
        #expect(blocks("{% post_link hello-world '你好' %}") == [
            .paragraph([.link(destination: "ref:hello-world", title: nil, content: [.text("你好")])]),
        ])
    }

    @Test("post_link's escape flag is no part of the title; with false the title's HTML is read")
    func postLinkEscapeFlag() {
        #expect(blocks("{% post_link hexo-4-released '<b>bold</b> custom title' false %}") == [
            .paragraph([.link(destination: "ref:hexo-4-released", title: nil,
                              content: [.strong([.text("bold")]), .text(" custom title")])]),
        ])
        #expect(blocks("{% post_link hexo-4-released 'a < b' true %}") == [
            .paragraph([.link(destination: "ref:hexo-4-released", title: nil, content: [.text("a < b")])]),
        ])
        #expect(blocks("{% post_link hello false %}") == [
            .paragraph([.link(destination: "ref:hello", title: nil, content: [.text("hello")])]),
        ])
    }

    @Test("highlight and codeblock content is code, never read as Markdown")
    func codeBlocks() {
        #expect(blocks("{{< highlight python >}}\n# python 2.7\n>>> print 1\n{{< /highlight >}}\n") == [
            .codeBlock(CodeBlock(info: "python", text: "# python 2.7\n>>> print 1\n", isFenced: true)),
        ])
        #expect(blocks("{% codeblock lang:objc %}\n[rectangle setX: 10];\n{% endcodeblock %}\n") == [
            .codeBlock(CodeBlock(info: "objc", text: "[rectangle setX: 10];\n", isFenced: true)),
        ])
    }

    @Test("a Hexo codeblock's title and link are a line above the code")
    func codeblockCaption() {
        let code = CodeBlock(info: "", text: "array.map(callback[, thisArg])\n", isFenced: true)
        #expect(blocks("{% codeblock Array.map %}\narray.map(callback[, thisArg])\n{% endcodeblock %}\n") == [
            .paragraph([.text("Array.map")]), .codeBlock(code),
        ])
        let url = "http://underscorejs.org/#compact"
        #expect(blocks("{% codeblock _.compact \(url) Underscore.js %}\narray.map(callback[, thisArg])\n{% endcodeblock %}\n") == [
            .paragraph([.text("_.compact "), .link(destination: url, title: nil, content: [.text("Underscore.js")])]),
            .codeBlock(code),
        ])
        #expect(blocks("{% codeblock lang:js line_number:false %}\nx\n{% endcodeblock %}\n") == [
            .codeBlock(CodeBlock(info: "js", text: "x\n", isFenced: true)),
        ])
    }

    @Test("code-toggle content is a code block in its lang, else none")
    func codeToggle() {
        let json = "{\n    \"logo\": \"/images/logo.png\",\n    \"codeBlock\": {\n        \"maxLines\": 10\n    }\n}\n"
        #expect(blocks("{{< code-toggle filename=\"params\" >}}\n\(json){{</ code-toggle >}}\n") == [
            .codeBlock(CodeBlock(info: "", text: json, isFenced: true)),
        ])
        #expect(blocks("{{< code-toggle lang=\"toml\" >}}\n[params]\nlogo = 1\n{{< /code-toggle >}}\n") == [
            .codeBlock(CodeBlock(info: "toml", text: "[params]\nlogo = 1\n", isFenced: true)),
        ])
    }

    @Test("embeds are one link line")
    func embeds() {
        let url = "https://www.youtube.com/watch?v=abc"
        #expect(blocks("{{< youtube abc >}}") == [
            .paragraph([.text("[视频] "), .link(destination: url, title: nil, content: [.text(url)])]),
        ])
        let bilibili = "https://www.bilibili.com/video/BV1x"
        #expect(blocks("{{< bilibili BV1x >}}") == [
            .paragraph([.text("[视频] "), .link(destination: bilibili, title: nil, content: [.text(bilibili)])]),
        ])
        // Hugo's privacy-friendly `_simple` forms are the same embeds.
        let vimeo = "https://vimeo.com/48912912", tweet = "https://twitter.com/DesignReviewed/status/1085"
        #expect(blocks("{{< vimeo_simple 48912912 >}}") == [
            .paragraph([.text("[视频] "), .link(destination: vimeo, title: nil, content: [.text(vimeo)])]),
        ])
        #expect(blocks("{{< twitter_simple user=\"DesignReviewed\" id=\"1085\" >}}") == [
            .paragraph([.text("[推文] "), .link(destination: tweet, title: nil, content: [.text(tweet)])]),
        ])
    }

    @Test("paired shortcodes show their inner content; an admonition's title is a bold line")
    func paired() {
        #expect(blocks("{{< notice warning \"小心\" >}}\n内容 **粗**\n{{< /notice >}}\n") == [
            .paragraph([.strong([.text("小心")])]), .paragraph([.text("内容 "), .strong([.text("粗")])]),
        ])
        #expect(blocks("{{% details \"更多\" %}}\n隐藏的\n{{% /details %}}\n") == [
            .paragraph([.text("▸ "), .strong([.text("更多")])]), .paragraph([.text("隐藏的")]),
        ])
        #expect(blocks("{% note info %}\n提示\n{% endnote %}\n") == [.paragraph([.text("提示")])])
    }

    @Test("Hexo's note shows the words after its class as a bold title, a lone class none")
    func hexoNoteTitle() {
        #expect(blocks("{% note tip 禁用布局 %}\n内容\n{% endnote %}\n") == [
            .paragraph([.strong([.text("禁用布局")])]), .paragraph([.text("内容")]),
        ])
        #expect(blocks("{% note warn \"警告！\" %}\n内容\n{% endnote %}\n") == [
            .paragraph([.strong([.text("警告！")])]), .paragraph([.text("内容")]),
        ])
        #expect(blocks("{% note warn Mac 用户 %}\n内容\n{% endnote %}\n").first == .paragraph([.strong([.text("Mac 用户")])]))
        #expect(blocks("{% note default no-icon %}\n内容\n{% endnote %}\n") == [.paragraph([.text("内容")])])
    }

    @Test("Hexo's blockquote is a quote ending with its attribution, the source a link when a URL is given")
    func hexoBlockquote() {
        #expect(blocks("{% blockquote David Levithan, Wide Awake %}\nDo not just seek happiness.\n\nSeek it for all.\n{% endblockquote %}\n后文\n") == [
            .blockQuote([
                .paragraph([.text("Do not just seek happiness.")]), .paragraph([.text("Seek it for all.")]),
                .paragraph([.text("— David Levithan, Wide Awake")]),
            ]),
            .paragraph([.text("后文")]),
        ])
        let url = "https://twitter.com/devdocs/status/356095192085962752"
        #expect(blocks("{% blockquote @DevDocs \(url) %}\nNEW: 语法高亮\n{% endblockquote %}\n") == [
            .blockQuote([
                .paragraph([.text("NEW: 语法高亮")]),
                .paragraph([.text("— @DevDocs, "), .link(destination: url, title: nil,
                                                        content: [.text("twitter.com/devdocs/status/356095192085962752")])]),
            ]),
        ])
        #expect(blocks("{% blockquote %}\n引文 {% post_link a 'A' %}\n{% endblockquote %}\n") == [
            .blockQuote([.paragraph([.text("引文 "), .link(destination: "ref:a", title: nil, content: [.text("A")])])]),
        ])
    }

    @Test("an unknown single shortcode shows nothing and is reported with its line")
    func unknown() {
        let document = ArticleBodyParser.parse("前\n\n文字{{< icon \"github\" >}}后\n")
        #expect(document.blocks == [.paragraph([.text("前")]), .paragraph([.text("文字后")])])
        #expect(document.diagnostics.contains { $0.line == 3 && $0.message.contains("unknown shortcode `icon`") })
    }

    @Test("an unbalanced closing shortcode is reported; shortcodes in code stay as written")
    func unbalancedAndCode() {
        let document = ArticleBodyParser.parse("文字\n{{< /alert >}}\n\n```\n{{< figure src=x >}}\n```\n\n`{% raw %}`\n")
        #expect(document.diagnostics.contains { $0.line == 2 && $0.message.contains("never opened") })
        #expect(document.blocks.dropFirst() == [
            .codeBlock(CodeBlock(info: "", text: "{{< figure src=x >}}\n", isFenced: true)),
            .paragraph([.code("{% raw %}")]),
        ])
    }

    @Test("Hugo's escaped shortcodes show as the tags they stand for, in code as in prose, closings too")
    func escapedShortcodes() {
        let body = "```md\n{{</* alert \"twitter\" */>}}\n**警告**\n{{</* /alert */>}}\n```\n\n写作 `{{%/* note */%}}` 或 {{</* figure src=\"a.png\" */>}}。\n\n{{</* /alert */>}}\n"
        let document = ArticleBodyParser.parse(body)
        #expect(document.blocks == [
            .codeBlock(CodeBlock(info: "md", text: "{{< alert \"twitter\" >}}\n**警告**\n{{< /alert >}}\n", isFenced: true)),
            .paragraph([.text("写作 "), .code("{{% note %}}"), .text(" 或 {{< figure src=\"a.png\" >}}。")]),
            .paragraph([.text("{{< /alert >}}")]),
        ])
        #expect(document.diagnostics.isEmpty)
    }

    @Test("Hexo's {% raw %} in a code span shows the tags it shields as written, and only them")
    func hexoRawInCodeSpan() {
        let body = "写 `{% raw %}{% post_link hexo-3-8-released %}{% endraw %}` 即可，`{% post_link x %}` 照旧。\n"
        #expect(blocks(body) == [.paragraph([
            .text("写 "), .code("{% post_link hexo-3-8-released %}"), .text(" 即可，"), .code("{% post_link x %}"), .text(" 照旧。"),
        ])])
    }

    @Test("a fence line with a language opens a block and never closes one: shortcodes after the block expand")
    func fenceWithInfoNeverCloses() {
        let body = "```\nplain\n```go\nstill code\n```\n\n见[这里]({{< ref \"a.md\" >}})\n"
        #expect(ArticleBodyParser.parse(body).blocks.last == .paragraph([
            .text("见"), .link(destination: "ref:a.md", title: nil, content: [.text("这里")]),
        ]))
    }

    @Test("lines of later problems are the original file's after a replacement adds lines")
    func lineMapping() {
        let document = ArticleBodyParser.parse("文字{{< youtube abc >}}文字\n\n正文[^x]\n")
        #expect(document.diagnostics.contains { $0.line == 3 && $0.message.contains("x") })
    }

    @Test("hostile shortcode input finishes")
    func hostile() {
        for input in [String(repeating: "{%", count: 30_000), String(repeating: "{{< a >}}", count: 5_000),
                      String(repeating: "{{< a >}}", count: 3_000) + String(repeating: "{{< /a >}}", count: 3_000),
                      "`" + String(repeating: "{% raw %}", count: 20_000) + "`\n`" + String(repeating: "{% raw %}x{% endraw %}", count: 5_000) + "`"] {
            _ = ArticleBodyParser.parse(input)
        }
    }
}
