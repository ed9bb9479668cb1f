import Testing
@testable import NewsCore

/// Bare URLs in prose become links the reader can select and open (GFM's autolink extension, as
/// Hugo, Hexo and GitHub render them), ending where Chinese text runs on.
@Suite("Bare URLs in prose are links")
struct BareURLLinkerTests {
    private func inlines(_ body: String) -> [Inline] {
        guard case .paragraph(let content)? = ArticleBodyParser.parse(body).blocks.first else { return [] }
        return content
    }

    private func link(_ url: String, destination: String? = nil) -> Inline {
        .autolink(destination: destination ?? url, text: url)
    }

    @Test("a URL after Chinese text ends at the next Chinese character or full-width punctuation")
    func chineseAround() {
        #expect(inlines("地址是：https://github.com/sofastack/sofa-boot，欢迎使用。\n")
                == [.text("地址是："), link("https://github.com/sofastack/sofa-boot"), .text("，欢迎使用。")])
        #expect(inlines("仓库在这里：https://github.com/a/b 。\n")
                == [.text("仓库在这里："), link("https://github.com/a/b"), .text(" 。")])
    }

    @Test("trailing punctuation and an unmatched ) are the sentence's; www. links get http://")
    func trailing() {
        #expect(inlines("See https://e.com/a_(b)_c. Or (www.example.org/x).\n") == [
            .text("See "), link("https://e.com/a_(b)_c"), .text(". Or ("),
            link("www.example.org/x", destination: "http://www.example.org/x"), .text(")."),
        ])
    }

    @Test("inside a word, a link, code or without a domain's period nothing is linked")
    func notLinked() {
        #expect(inlines("xhttps://e.com and https://localhost, 原文链接=https://e.com/a\n")
                == [.text("xhttps://e.com and https://localhost, 原文链接=https://e.com/a")])
        #expect(inlines("[站点](https://e.com) `https://e.com/code`\n")
                == [.link(destination: "https://e.com", title: nil, content: [.text("站点")]), .text(" "), .code("https://e.com/code")])
    }

    @Test("URLs in list items, headings, table cells and footnotes are linked too")
    func everywhere() {
        let document = ArticleBodyParser.parse("- SOFABoot：https://e.com/boot\n\n| 项目 | 地址 |\n|---|---|\n| A | https://e.com/a |\n\n注[^1]\n\n[^1]: 原文 https://e.com/n\n")
        guard case .list(let list) = document.blocks[0], case .paragraph(let item)? = list.items.first?.first,
              case .table(let table) = document.blocks[1] else {
            Issue.record("unexpected blocks: \(document.blocks)")
            return
        }
        #expect(item == [.text("SOFABoot："), link("https://e.com/boot")])
        #expect(table.rows[0][1] == [link("https://e.com/a")])
        #expect(document.footnotes[0].blocks == [.paragraph([.text("原文 "), link("https://e.com/n")])])
    }
}
