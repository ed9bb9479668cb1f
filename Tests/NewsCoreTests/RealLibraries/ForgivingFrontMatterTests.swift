import Foundation
import Testing
@testable import NewsCore

@Suite("Forgiving front matter")
struct ForgivingFrontMatterTests {
    private func parse(_ text: String, id: String = "posts/fallback-name") -> Article {
        ArticleParser.parse(data: Data(text.utf8), path: id + ".md", id: ArticleID(id), modificationDate: Date())
    }

    @Test("Hexo front matter with no opening fence and no space after the colon")
    func hexoWithoutOpener() {
        let article = parse("title:拓展 Swift\ndate: 2016-03-01 10:00:00\ntags:\n- Swift\n- iOS\n---\n正文第一段，说明这篇文章的内容。\n")
        #expect(article.title == "拓展 Swift")
        #expect(article.date.day == "2016-03-01")
        #expect(article.tags == ["Swift", "iOS"])
        #expect(!article.title.contains("date"))
        let warning = article.problems.first { $0.message.contains("recovered") }
        #expect(warning?.line != nil)
        #expect(warning?.severity == .warning)
    }

    @Test("a BOM or blank line before the fence and a ------ closer")
    func fenceVariants() {
        let bom = ArticleParser.parse(data: Data([0xEF, 0xBB, 0xBF]) + Data("---\ntitle: 甲\n---\n正文。\n".utf8),
                                      path: "a.md", id: ArticleID("a"), modificationDate: Date())
        #expect(bom.title == "甲")
        #expect(parse("\n\n---\ntitle: 乙\ndate: 2020-01-01\n------\n正文。\n").title == "乙")
    }

    @Test("invalid YAML keeps its simple lines: title, date, tags, categories, with a warning naming the line")
    func salvagesInvalidYAML() {
        let text = """
            ---
            title: C++: 从入门到放弃
            date: 2019-04-12
            tags: [c++, 入门]
            categories:
              - 编程
            author: [unclosed
            ---
            正文。
            """
        let article = parse(text)
        #expect(article.title == "C++: 从入门到放弃")
        #expect(article.date.day == "2019-04-12")
        #expect(article.tags == ["c++", "入门"])
        #expect(article.topics == ["编程"])
        let warning = article.problems.first { $0.message.contains("recovered") }
        #expect(warning?.severity == .warning)
        #expect(warning?.line != nil)
        #expect(!article.problems.contains { $0.severity == .error })
    }

    @Test("front matter that cannot be salvaged leaves the file listed under its name")
    func unsalvageable() {
        let article = parse("---\n: : :\n  [\n---\n正文。\n")
        #expect(article.title == "fallback-name")
        #expect(article.problems.contains { $0.severity == .error })
    }
}
