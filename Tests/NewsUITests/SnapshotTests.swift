import NewsCore
import Testing
@testable import NewsUI

/// Screen snapshots at 80×24 and 40×12: the text of every row, compared with literals recorded
/// from the renderer and checked by eye (rows after the last one shown are empty).
@Suite("Screen snapshots")
struct SnapshotTests {
    @Test("the library shows the facet pane beside the list, newest first, with unread and star marks")
    func library() {
        expectScreen(SnapshotStates.driver("library", width: 80, height: 24).app.render(), """
         newsreader  /home/reader/news                                       4 articles
          ★ 星标 Starred (1)    │ 2025-06-25 ●  数据中立性：Scale AI 交易…  #数据中立性
          ● 未读 Unread (3)     │ 2025-06-20 ●★ 通义千问开源新一代模型  #Qwen #开源
         主题 Topics            │ 2025-05-30    英伟达财报：数据中心收…  #NVIDIA #芯片
          投融资与市场洞察 (2)  │ 2025-05-12 ●  合成数据能解开隐私难题吗  #合成数据
          数据与隐私 (1)        │
          模型发布 (1)          │
         标签 Tags              │
          数据标注 (2)          │
          NVIDIA (1)            │
          Qwen (1)              │
          Scale AI (1)          │
          合成数据 (1)          │
          开源 (1)              │
          数据中立性 (1)        │
          芯片 (1)              │
          隐私 (1)              │
                                │
                                │
                                │
                                │
                                │
                                │
         ? help  q quit  Enter open  t tags  T topics  / search  x clear
        """)
        expectScreen(SnapshotStates.driver("library", width: 40, height: 12).app.render(), """
         newsreader  …/reader/news   4 articles
         2025-06-25 ●  数据中立性：Scale AI 交…
         2025-06-20 ●★ 通义千问开源新一代模型
         2025-05-30    英伟达财报：数据中心收…
         2025-05-12 ●  合成数据能解开隐私难题吗






         ? help  q quit  Enter open  t tags  T…
        """)
    }

    @Test("a narrow library shows the facet pane alone while it has the focus")
    func libraryFacets() {
        expectScreen(SnapshotStates.driver("libraryFacets", width: 80, height: 24).app.render(), """
         newsreader  /home/reader/news                                       4 articles
          ★ 星标 Starred (1)    │ 2025-06-25 ●  数据中立性：Scale AI 交易…  #数据中立性
          ● 未读 Unread (3)     │ 2025-06-20 ●★ 通义千问开源新一代模型  #Qwen #开源
         主题 Topics            │ 2025-05-30    英伟达财报：数据中心收…  #NVIDIA #芯片
          投融资与市场洞察 (2)  │ 2025-05-12 ●  合成数据能解开隐私难题吗  #合成数据
          数据与隐私 (1)        │
          模型发布 (1)          │
         标签 Tags              │
          数据标注 (2)          │
          NVIDIA (1)            │
          Qwen (1)              │
          Scale AI (1)          │
          合成数据 (1)          │
          开源 (1)              │
          数据中立性 (1)        │
          芯片 (1)              │
          隐私 (1)              │
                                │
                                │
                                │
                                │
                                │
                                │
         ? help  q quit  Tab pane  t tags  T topics  / search  x clear
        """)
        expectScreen(SnapshotStates.driver("libraryFacets", width: 40, height: 12).app.render(), """
         newsreader  …/reader/news   4 articles
          ★ 星标 Starred (1)
          ● 未读 Unread (3)
         主题 Topics
          投融资与市场洞察 (2)
          数据与隐私 (1)
          模型发布 (1)
         标签 Tags
          数据标注 (2)
          NVIDIA (1)
          Qwen (1)
         ? help  q quit  Tab pane  t tags  T t…
        """)
    }

    @Test("the tag picker is a box over the library, narrowed by the typed Chinese filter")
    func picker() {
        expectScreen(SnapshotStates.driver("picker", width: 80, height: 24).app.render(), """
         newsreader  /home/reader/news                                       4 articles
          ★ 星标 Starred (1)    │ 2025-06-25 ●  数据中立性：Scale AI 交易…  #数据中立性
          ● 未读 U┌─ 标签 Tags ──────────────────────────────────────────────┐#开源
         主题 Topi│> 数据▏                                                   │IA #芯片
          投融资与│ 数据标注                                             (2) │ 数据
          数据与隐│ 合成数据                                             (1) │
          模型发布│ 数据中立性                                           (1) │
         标签 Tags│                                                          │
          数据标注│                                                          │
          NVIDIA (│                                                          │
          Qwen (1)│                                                          │
          Scale AI│                                                          │
          合成数据│                                                          │
          开源 (1)│                                                          │
          数据中立│                                                          │
          芯片 (1)│                                                          │
          隐私 (1)│                                                          │
                  │                                                          │
                  │                                                          │
                  │                                                          │
                  │                                                          │
                  └──────────────────────────────────────────────────── 3/9 ─┘
                                │
         type to filter  ↓ down  ↑ up  Enter apply  Esc cancel
        """)
        expectScreen(SnapshotStates.driver("picker", width: 40, height: 12).app.render(), """
         newsreader  …/reader/news   4 articles
         2┌─ 标签 Tags ──────────────────────┐…
         2│> 数据▏                           │
         2│ 数据标注                     (2) │
         2│ 合成数据                     (1) │
          │ 数据中立性                   (1) │
          │                                  │
          │                                  │
          │                                  │
          │                                  │
          └──────────────────────────── 3/9 ─┘
         type to filter  ↓ down  ↑ up  Enter a…
        """)
    }

    @Test("the reader shows the article's header and body with the selected citation in the status line")
    func reader() {
        expectScreen(SnapshotStates.driver("reader", width: 80, height: 24).app.render(), """
         数据中立性：Scale AI 交易之后                                              1/4
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
         [1] 智东西 · 2025-06-24                                                    52%
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
         [1] 智东西 · 2025-06-24            17%
        """)
    }

    @Test("following a reference shows its definition in the references")
    func readerJumped() {
        expectScreen(SnapshotStates.driver("readerJumped", width: 80, height: 24).app.render(), """
         数据中立性：Scale AI 交易之后                                              1/4
         分析人士认为，这笔交易改变了数据标注行业的竞争格局，客户开始重新评估供应商的中
         立性与数据安全承诺。分析人士认为，这笔交易改变了数据标注行业的竞争格局，客户开
         始重新评估供应商的中立性与数据安全承诺。分析人士认为，这笔交易改变了数据标注行
         业的竞争格局，客户开始重新评估供应商的中立性与数据安全承诺。

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
         [1] 智东西 · 2025-06-24                                                   100%
        """)
        expectScreen(SnapshotStates.driver("readerJumped", width: 40, height: 12).app.render(), """
         数据中立性：Scale AI 交易之后      1/4

         引用

         [1] Meta 投资 Scale AI — 智东西 · 作者
             · 2025-06-24 (检索 2025-06-25)
             https://example.com/a?x=1#frag
         [2] 谷歌暂停与 Scale AI 的合作 — 路透
             社 · Reporter · 2025-06-23 (检索
             2025-06-25)
             https://example.org/b
         [1] 智东西 · 2025-06-24           100%
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
















         ? help  q back  Enter open URL  j down  k up
        """)
        expectScreen(SnapshotStates.driver("linkList", width: 40, height: 12).app.render(), """
         链接 Links — 数据中立性：Scale AI …  3
         1. Meta 投资 Scale … — 智东西 · 2025-…
            https://example.com/a?x=1#frag
         2. 谷歌暂停与 Scale… — 路透社 · 2025-…
            https://example.org/b
         3. 官方博客
            https://example.org/blog




         ? help  q back  Enter open URL  j dow…
        """)
    }

    @Test("help lists the reader's keys from the keymap")
    func help() {
        expectScreen(SnapshotStates.driver("help", width: 80, height: 24).app.render(), """
         帮助 Help — keys of 阅读 Reader
         q                 back one screen; quit from the library
         Q                 quit at once (the place in an open article is kept)
         ?                 this help
         s                 star or unstar the article
         u                 mark the article read or unread
         j ↓               scroll down one line
         k ↑               scroll up one line
         Space PgDn        scroll down one page
         b PgUp            scroll up one page
         g Home            go to the top
         G End             go to the bottom
         Tab               select the next footnote reference or link
         Shift-Tab         select the previous footnote reference or link
         Enter             follow the selection: jump to the footnote's definition
         Backspace Ctrl-O  jump back to where you were
         o                 open the selected citation's URL (or the link's)
         L                 list every citation and link
         /                 search in the article
         n                 next match
         N                 previous match
         J                 next article of the list
         K                 previous article of the list
         q back  j down  k up
        """)
        expectScreen(SnapshotStates.driver("help", width: 40, height: 12).app.render(), """
         帮助 Help — keys of 阅读 Reader
         q            back one screen; quit
                      from the library
         Q            quit at once (the place
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

    @Test("the problems screen lists each file and why it could not be read")
    func problems() {
        expectScreen(SnapshotStates.driver("problems", width: 80, height: 24).app.render(), """
         问题 Problems                                                     2 in 2 files
         2025/03/broken.md:2: error: front matter is not valid YAML: mapping values are
           not allowed here
         2025/04/binary.md: error: not UTF-8 text



















         q back  j down  k up
        """)
        expectScreen(SnapshotStates.driver("problems", width: 40, height: 12).app.render(), """
         问题 Problems             2 in 2 files
         2025/03/broken.md:2: error: front
           matter is not valid YAML: mapping
           values are not allowed here
         2025/04/binary.md: error: not UTF-8
           text





         q back  j down  k up
        """)
    }
}
