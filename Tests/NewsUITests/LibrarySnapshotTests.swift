import NewsCore
import Testing
@testable import NewsUI

/// Library, picker and problems snapshots at 80×24 and 40×12: the text of every row, compared with
/// literals recorded from the renderer and checked by eye (rows after the last one shown are empty).
@Suite("Library screen snapshots")
struct LibrarySnapshotTests {
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
