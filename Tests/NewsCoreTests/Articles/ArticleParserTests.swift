import Foundation
import Testing
@testable import NewsCore

@Suite("Assembling an article from a file")
struct ArticleParserTests {
    private let fileTime = Date(timeIntervalSince1970: 1_750_000_000)

    private func parse(_ text: String, path: String = "2025/06/a.md", id: String = "2025/06/a") -> Article {
        ArticleParser.parse(data: Data(text.utf8), path: path, id: ArticleID(id), modificationDate: fileTime)
    }

    @Test("a missing title falls back to the first heading, then to the file name")
    func fallsBackForTitle() {
        #expect(parse("---\ndate: 2025-06-01\n---\n\n### 第一个标题\n\n正文。\n").title == "第一个标题")
        #expect(parse("---\ndate: 2025-06-01\n---\n\n正文。\n", path: "x/bundle/index.md", id: "x/bundle").title == "bundle")
    }

    @Test("a missing date falls back to the file time with a warning")
    func fallsBackForDate() {
        let article = parse("---\ntitle: 无日期\n---\n\n正文。\n")
        #expect(article.date.instant == fileTime)
        #expect(article.problems.contains { $0.severity == .warning && $0.message.contains("modification time") })
    }

    @Test("problems in the body carry file line numbers, counting the front matter")
    func offsetsBodyLines() {
        let article = parse("---\ntitle: t\ndate: 2025-06-01\n---\n\n第一段。\n\n第二段[^missing]。\n")
        let problem = article.problems.first { $0.message.contains("[^missing]") }
        #expect(problem?.line == 8)
        #expect(problem?.path == "2025/06/a.md")
    }

    @Test("citations are read from the footnote definitions")
    func readsCitations() {
        let article = parse("""
            ---
            title: t
            date: 2025-06-01
            ---

            正文[^1]。

            ## 引用

            [^1]: [标题](https://example.com/a)·示例网·王五（2025/6/24）·检索日期2025/6/25
            """)
        #expect(article.citations.count == 1)
        #expect(article.citations.first?.url == "https://example.com/a")
        #expect(article.citations.first?.referenceCount == 1)
    }

    @Test("a file that is not UTF-8 becomes an unreadable article with one error")
    func marksUndecodableFilesUnreadable() {
        let article = ArticleParser.parse(data: Data([0xD6, 0xD0, 0xCE, 0xC4]), path: "gbk.md", id: ArticleID("gbk"),
                                          modificationDate: fileTime)
        #expect(!article.isReadable)
        #expect(article.problems.count == 1)
        #expect(article.problems.first?.description == "gbk.md:1: error: invalid UTF-8 at byte offset 0 (the file may be in another encoding such as GBK); file skipped")
    }
}
