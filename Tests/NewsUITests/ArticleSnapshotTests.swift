import NewsCore
import Testing
@testable import NewsUI

/// Reader, link list and help snapshots at 80×24 and 40×12: the text of every row, compared with
/// literals recorded from the renderer and checked by eye (rows after the last one shown are empty).
@Suite("Article screen snapshots")
struct ArticleSnapshotTests {
    @Test("the reader shows the article's header and body with the selected citation in the status line")
    func reader() {
        expectScreen(SnapshotStates.driver("reader", width: 80, height: 24).app.render(), """
         数据中立性：Scale AI 交易之后                          约 2 分钟 · 609 字  1/4
         数据中立性：Scale AI 交易之后
         2025-06-25 09:10 +08:00
         主题 投融资与市场洞察
         标签 #数据中立性 #Scale AI #数据标注
         ──────────────────────────────────────────────────────────────────────────────
         │ Meta 以143亿美元收购Scale AI 49%的股份，押注“超级智能”。

         交易

         Meta 宣布投资 Scale AI[1]，谷歌随即暂停合作[2]。分析人士认为，这笔交易改变了数
         据标注行业的竞争格局，客户开始重新评估供应商的中立性与数据安全承诺。分析人士认
         为，这笔交易改变了数据标注行业的竞争格局，客户开始重新评估供应商的中立性与数据
         安全承诺。

         分析人士认为，这笔交易改变了数据标注行业的竞争格局，客户开始重新评估供应商的中
         立性与数据安全承诺。更多背景见官方博客。分析人士认为，这笔交易改变了数据标注行
         业的竞争格局，客户开始重新评估供应商的中立性与数据安全承诺。

         影响

         分析人士认为，这笔交易改变了数据标注行业的竞争格局，客户开始重新评估供应商的中
         立性与数据安全承诺。分析人士认为，这笔交易改变了数据标注行业的竞争格局，客户开
         [1] 智东西 · 2025-06-24                                                    47%
        """)
        expectScreen(SnapshotStates.driver("reader", width: 40, height: 12).app.render(), """
         数据中立性：Scale AI 交易之后      1/4
         2025-06-25 09:10 +08:00
         主题 投融资与市场洞察
         标签 #数据中立性 #Scale AI #数据标注
         ──────────────────────────────────────
         │ Meta 以143亿美元收购Scale AI 49%的股
         │ 份，押注“超级智能”。

         交易

         Meta 宣布投资 Scale AI[1]，谷歌随即暂
         [1] 智东西 · 2025-06-24            16%
        """)
    }

    @Test("following a reference shows its definition in the references")
    func readerJumped() {
        expectScreen(SnapshotStates.driver("readerJumped", width: 80, height: 24).app.render(), """
         数据中立性：Scale AI 交易之后                          约 2 分钟 · 609 字  1/4

         分析人士认为，这笔交易改变了数据标注行业的竞争格局，客户开始重新评估供应商的中
         立性与数据安全承诺。OpenAI 也在减少合作[1][2]。分析人士认为，这笔交易改变了数
         据标注行业的竞争格局，客户开始重新评估供应商的中立性与数据安全承诺。分析人士认
         为，这笔交易改变了数据标注行业的竞争格局，客户开始重新评估供应商的中立性与数据
         安全承诺。

         分析人士认为，这笔交易改变了数据标注行业的竞争格局，客户开始重新评估供应商的中
         立性与数据安全承诺。分析人士认为，这笔交易改变了数据标注行业的竞争格局，客户开
         始重新评估供应商的中立性与数据安全承诺。

         引用

         [1] Meta 投资 Scale AI — 智东西 · 作者 · 2025-06-24 (检索 2025-06-25)
             https://example.com/a?x=1#frag
         [2] 谷歌暂停与 Scale AI 的合作 — 路透社 · Reporter · 2025-06-23 (检索
             2025-06-25)
             https://example.org/b

         相关文章 Related
         • 英伟达财报：数据中心收入创新高  2025-05-30
         • 合成数据能解开隐私难题吗  2025-05-12
         [1] 智东西 · 2025-06-24                                                   100%
        """)
        expectScreen(SnapshotStates.driver("readerJumped", width: 40, height: 12).app.render(), """
         数据中立性：Scale AI 交易之后      1/4
         [1] Meta 投资 Scale AI — 智东西 · 作者
             · 2025-06-24 (检索 2025-06-25)
             https://example.com/a?x=1#frag
         [2] 谷歌暂停与 Scale AI 的合作 — 路透
             社 · Reporter · 2025-06-23 (检索
             2025-06-25)
             https://example.org/b

         相关文章 Related
         • 英伟达财报：数据中心收…  2025-05-30
         [1] 智东西 · 2025-06-24            98%
        """)
    }

    @Test("the link list numbers every citation with title, outlet, date and URL")
    func linkList() {
        expectScreen(SnapshotStates.driver("linkList", width: 80, height: 24).app.render(), """
         链接 Links — 数据中立性：Scale AI 交易之后                                   3
         1. Meta 投资 Scale AI — 智东西 · 2025-06-24
            https://example.com/a?x=1#frag
         2. 谷歌暂停与 Scale AI 的合作 — 路透社 · 2025-06-23
            https://example.org/b
         3. 官方博客
            https://example.org/blog
















         ? help  q back  Enter open URL  y copy  j down  k up
        """)
        expectScreen(SnapshotStates.driver("linkList", width: 40, height: 12).app.render(), """
         链接 Links — 数据中立性：Scale AI …  3
         1. Meta 投资 Scale … — 智东西 · 2025-…
            https://example.com/a?x=1#frag
         2. 谷歌暂停与 Scale… — 路透社 · 2025-…
            https://example.org/b
         3. 官方博客
            https://example.org/blog




         ? help  q back  Enter open URL  y cop…
        """)
    }

    @Test("help lists the reader's keys from the keymap")
    func help() {
        expectScreen(SnapshotStates.driver("help", width: 80, height: 24).app.render(), """
         帮助 Help — keys of 阅读 Reader
         q                 back one screen; quit from the library
         Q Ctrl-C          quit at once (the place in an open article is kept)
         ?                 this help
         s                 star or unstar the article
         u                 mark the article read or unread
         j ↓               scroll down one line
         k ↑               scroll up one line
         Space PgDn        scroll down one page
         b PgUp            scroll up one page
         g Home            go to the top
         G End             go to the bottom
         Tab               select the next footnote reference, link or image
         Shift-Tab         select the previous footnote reference, link or image
         Enter             follow the selection; an image shows full screen
         Backspace Ctrl-O  jump back to where you were
         o                 open the selected citation's URL, link or image
         y                 copy the selected URL to the clipboard (OSC 52)
         L                 list every citation and link
         t                 list the headings (outline) to jump to one
         /                 search in the article
         n                 next match
         N                 previous match
         q back  j down  k up
        """)
        expectScreen(SnapshotStates.driver("help", width: 40, height: 12).app.render(), """
         帮助 Help — keys of 阅读 Reader
         q            back one screen; quit
                      from the library
         Q Ctrl-C     quit at once (the place
                      in an open article is
                      kept)
         ?            this help
         s            star or unstar the
                      article
         u            mark the article read or
                      unread
         q back  j down  k up
        """)
    }
}
