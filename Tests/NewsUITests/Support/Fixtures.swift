import Foundation
import NewsCore
@testable import NewsUI

/// A small library and a Chinese article with footnotes, built in the test (no files).
enum Fixtures {
    static let scaleID = ArticleID("2025/06/scale-ai")
    static let qwenID = ArticleID("2025/06/qwen")
    static let nvidiaID = ArticleID("2025/05/nvidia")
    static let privacyID = ArticleID("2025/05/privacy")

    /// A date at 09:00 in UTC+8 on `day` (`2025-06-25`).
    static func date(_ day: String) -> ArticleDate {
        let instant = ISO8601DateFormatter().date(from: day + "T09:00:00+08:00")!
        return ArticleDate(instant: instant, utcOffsetSeconds: 8 * 3600)
    }

    static let summaries: [ArticleSummary] = [
        ArticleSummary(id: scaleID, path: "2025/06/scale-ai.md", title: "数据中立性：Scale AI 交易之后",
                       date: date("2025-06-25"), tags: ["数据中立性", "Scale AI", "数据标注"], topics: ["投融资与市场洞察"]),
        ArticleSummary(id: qwenID, path: "2025/06/qwen.md", title: "通义千问开源新一代模型",
                       date: date("2025-06-20"), tags: ["Qwen", "开源"], topics: ["模型发布"]),
        ArticleSummary(id: nvidiaID, path: "2025/05/nvidia.md", title: "英伟达财报：数据中心收入创新高",
                       date: date("2025-05-30"), tags: ["NVIDIA", "芯片"], topics: ["投融资与市场洞察"]),
        ArticleSummary(id: privacyID, path: "2025/05/privacy.md", title: "合成数据能解开隐私难题吗",
                       date: date("2025-05-12"), tags: ["合成数据", "数据标注", "隐私"], topics: ["数据与隐私"]),
    ]

    static func snapshot(problems: [Problem] = [], readState: ReadState? = nil) -> LibrarySnapshot {
        LibrarySnapshot(rootPath: "/home/reader/news", articles: summaries, problems: problems,
                        readState: readState ?? ReadState(read: [nvidiaID], starred: [qwenID]))
    }

    static let filler = "分析人士认为，这笔交易改变了数据标注行业的竞争格局，客户开始重新评估供应商的中立性与数据安全承诺。"

    /// The Chinese article: a lead quote, two sections with footnote references, an inline
    /// link, and a `## 引用` list of citations in the library's usual shape.
    static let scaleMarkdown = """
    ---
    title: 数据中立性：Scale AI 交易之后
    date: 2025-06-25T09:10:04+08:00
    tags: [数据中立性, Scale AI, 数据标注]
    main_topics: [投融资与市场洞察]
    ---

    > Meta 以143亿美元收购Scale AI 49%的股份，押注**“超级智能”**。

    ### 交易

    Meta 宣布投资 Scale AI[^1]，谷歌随即暂停合作[^2]。\(filler)\(filler)

    \(filler)更多背景见[官方博客](https://example.org/blog)。\(filler)

    ### 影响

    \(filler)\(filler)\(filler)

    \(filler)OpenAI 也在减少合作[^1][^2]。\(filler)\(filler)

    \(filler)\(filler)

    ## 引用

    [^1]: [Meta 投资 Scale AI](https://example.com/a?x=1#frag)·智东西·作者（2025/6/24）·检索日期2025/6/25
    [^2]: [谷歌暂停与 Scale AI 的合作](https://example.org/b)·路透社·Reporter（2025/6/23）·检索日期2025/6/25
    """

    static let scaleArticle: Article = parse(scaleMarkdown, id: scaleID)

    static func parse(_ markdown: String, id: ArticleID) -> Article {
        ArticleParser.parse(data: Data(markdown.utf8), path: id.rawValue + ".md", id: id,
                            modificationDate: Date(timeIntervalSince1970: 1_750_000_000))
    }

    /// A short article for the neighbours of the list (J/K).
    static func shortArticle(_ id: ArticleID, title: String) -> Article {
        parse("---\ntitle: \(title)\ndate: 2025-06-20\n---\n\n\(filler)\n", id: id)
    }
}
