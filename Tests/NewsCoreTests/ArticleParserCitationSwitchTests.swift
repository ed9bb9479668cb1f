import Foundation
import Testing
@testable import NewsCore

@Suite("Parsing without citations")
struct ArticleParserCitationSwitchTests {
    private let source = """
        ---
        title: 芯片出口新规
        date: 2025-05-12T08:00:00+08:00
        tags: [GPU]
        ---

        新规限制高端GPU出口[^1]，另有未定义的引用[^9]。

        ## 引用

        [^1]: [标题](https://example.com/a?b=1#c)·示例网·作者（2025/6/23）·检索日期2025/6/25
        """

    @Test("skipping citations changes nothing the index keeps: summary, problems and body are the same")
    func indexFieldsAreUnchanged() {
        let data = Data(source.utf8), date = Date(timeIntervalSince1970: 0)
        let full = ArticleParser.parse(data: data, path: "a.md", id: ArticleID("a"), modificationDate: date)
        let light = ArticleParser.parse(data: data, path: "a.md", id: ArticleID("a"), modificationDate: date,
                                        parsingCitations: false)
        #expect(full.citations.count == 1)
        #expect(light.citations.isEmpty)
        #expect(ArticleSummary(light) == ArticleSummary(full))
        #expect(light.problems == full.problems)
        #expect(!light.problems.isEmpty)
        #expect(light.document == full.document)
    }
}
