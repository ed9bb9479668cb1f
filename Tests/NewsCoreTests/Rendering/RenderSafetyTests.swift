import Testing
@testable import NewsCore

@Suite("Untrusted article text never reaches the terminal raw")
struct RenderSafetyTests {
    /// An article with escape sequences, C0/C1 controls, DEL and bidi overrides in every field.
    static let hostile = """
        ---
        title: "标题\\e]0;owned\\a\\e[2J"
        date: 2025-06-25T09:10:04+08:00
        summary: "摘要\\u009b31m\\u007f\\u202e反转"
        tags: ["标签\\e[5m", "\\u2066隔离"]
        main_topics: ["主题\\u0085"]
        featured_image: "/img/\\e[8m.jpg"
        ---

        > 导语\u{1B}[31m红色\u{1B}[0m[^1]。

        ### 标题\u{1B}[1m\u{9B}2J

        正文\u{7}\u{8}\u{202E}倒序\u{202C}，[链接\u{1B}](https://example.com/\u{1B}[2J) 和 `code\u{1B}[4m`。

        - 列表\u{1B}[7m项
          1. 嵌套\u{1}控制字符

        | 列\u{1B}[1m | 值 |
        |---|---|
        | 格\u{9B}子 | \u{1B}c重置 |

        ```
        \tcode\u{1B}[2J\u{7F}
        ```

        ## 引用

        [^1]: [来源\u{1B}[31m](https://example.com/a\u{1B}b)·媒体\u{1B}[0m·作者（2025/6/24）·检索日期2025/6/25
        [^2]: 说明\u{1B}]8;;http://evil\u{1B}\\\\链接\u{1B}]8;;\u{1B}\\\\
        """

    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true
        default: return false
        }
    }

    @Test("no control character, escape or bidi override is in any rendered span or anchor", arguments: [8, 20, 40, 80])
    func rendersNoControlBytes(width: Int) {
        let article = RenderingFixtures.parse(Self.hostile)
        let rendered = DocumentRenderer(width: width).render(article)
        for line in rendered.lines {
            for span in line.spans {
                #expect(!span.text.unicodeScalars.contains(where: Self.isUnsafe), "\(span.text.debugDescription)")
            }
        }
        for link in rendered.anchors.links {
            #expect(!link.url.unicodeScalars.contains(where: Self.isUnsafe))
        }
        #expect(rendered.plainLines.joined().contains("␛"))  // shown, not obeyed
        #expect(rendered.lines.allSatisfy { DisplayWidth.of($0.text) <= width })
    }

    @Test("tabs in code expand to the next four-column stop")
    func expandsTabs() {
        let article = RenderingFixtures.parse("```\n\tx\nab\tc\n```\n")
        let lines = DocumentRenderer(width: 40).render(article).plainLines
        #expect(lines.contains("      x"))
        #expect(lines.contains("  ab  c"))
        #expect(!lines.joined().contains("\t"))
    }
}
