import Foundation
import Testing
@testable import NewsCore

@Suite("Assembling an article from a file")
struct ArticleParserTests {
    private let fileTime = Date(timeIntervalSince1970: 1_750_000_000)

    private func parse(_ text: String, path: String = "2025/06/a.md", id: String = "2025/06/a") -> Article {
        ArticleParser.parse(data: Data(text.utf8), path: path, id: ArticleID(id), modificationDate: fileTime)
    }

    @Test("a missing title falls back to the opening H1, then to the file name, never to a later heading")
    func fallsBackForTitle() {
        #expect(parse("---\ndate: 2025-06-01\n---\n\n# 第一个标题\n\n正文。\n").title == "第一个标题")
        #expect(parse("---\ndate: 2025-06-01\n---\n\n### 小节\n\n正文。\n").title == "a")
        #expect(parse("---\ndate: 2025-06-01\n---\n\n正文。\n", path: "x/bundle/index.md", id: "x/bundle").title == "bundle")
    }

    @Test("a missing date falls back to the day of the file time with a warning")
    func fallsBackForDate() {
        let article = parse("---\ntitle: 无日期\n---\n\n正文。\n")
        #expect(article.date.day == ArticleDate(instant: fileTime, utcOffsetSeconds: TimeZone.current.secondsFromGMT(for: fileTime)).day)
        #expect(article.date.isDateOnly)
        #expect(article.dateSource == .modificationTime)
        #expect(article.problems.contains { $0.severity == .warning && $0.message.contains("modification day") })
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

    @Test("a file that is neither UTF-8 nor GB18030 becomes an unreadable article with one error")
    func marksUndecodableFilesUnreadable() {
        let article = ArticleParser.parse(data: Data([0xD6, 0xD0, 0xFF, 0xC4]), path: "bad.md", id: ArticleID("bad"),
                                          modificationDate: fileTime)
        #expect(!article.isReadable)
        #expect(article.problems.count == 1)
        #expect(article.problems.first?.description == "bad.md:1: error: invalid UTF-8 at byte offset 0, and not GB18030 either; file skipped")
    }

    @Test("a GBK file is read as GB18030, with a warning saying so")
    func readsGBK() {
        // 「# 中文」 then 「正文」 in GBK.
        let bytes: [UInt8] = [0x23, 0x20, 0xD6, 0xD0, 0xCE, 0xC4, 0x0A, 0x0A, 0xD5, 0xFD, 0xCE, 0xC4]
        let article = ArticleParser.parse(data: Data(bytes), path: "gbk.md", id: ArticleID("gbk"), modificationDate: fileTime)
        #expect(article.isReadable)
        #expect(article.title == "中文")
        #expect(article.problems.contains { $0.message == "not UTF-8; read as GB18030" })
    }
}
