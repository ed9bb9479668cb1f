import Foundation
import Testing
@testable import NewsCore

@Suite("Titles and dates as real libraries write them")
struct TitleAndDateFallbackTests {
    private let fileTime = Date(timeIntervalSince1970: 1_750_000_000)

    private func parse(_ text: String, id: String = "posts/a") -> Article {
        ArticleParser.parse(data: Data(text.utf8), path: id + ".md", id: ArticleID(id), modificationDate: fileTime)
    }

    @Test("the opening H1 is the title and is no longer part of the body")
    func openingHeadingIsTitle() {
        let article = parse("<!-- note -->\n# iOS 摸鱼周报 #99\n\n本期内容。\n\n## 小节\n")
        #expect(article.title == "iOS 摸鱼周报 #99")
        #expect(article.titleSource == .heading)
        // The comment before it does not stop the H1 being taken; comments never reach the document.
        #expect(article.document.blocks == [.paragraph([.text("本期内容。")]), .heading(level: 2, content: [.text("小节")])])
        #expect(article.problems.contains { $0.message == ArticleParser.FallbackWarning.titleFromHeading })
    }

    @Test("an H1 repeating the front matter title is shown once")
    func repeatedHeadingIsDropped() {
        let article = parse("---\ntitle: 同一标题\ndate: 2020-01-01\n---\n# 同一标题\n\n正文。\n")
        #expect(article.title == "同一标题")
        #expect(article.titleSource == .frontMatter)
        #expect(article.document.blocks == [.paragraph([.text("正文。")])])
    }

    @Test("without title or opening H1 the file name is the title, with a warning")
    func fileNameIsTitle() {
        let article = parse("正文第一段。\n\n# 后面的标题\n", id: "notes/读书笔记")
        #expect(article.title == "读书笔记")
        #expect(article.titleSource == .fileName)
        #expect(article.problems.contains { $0.message == ArticleParser.FallbackWarning.titleFromFileName })
    }

    @Test("publishDate and pubDate stand in for a missing date; date wins over both")
    func publishDates() {
        #expect(parse("---\ntitle: t\npublishDate: 2021-03-04\n---\n正文。\n").date.day == "2021-03-04")
        #expect(parse("---\ntitle: t\npubDate: '2021-05-06 10:00:00'\n---\n正文。\n").dateSource == .publishDate)
        #expect(parse("---\ntitle: t\ndate: 2020-01-02\npublishDate: 2021-03-04\n---\n正文。\n").date.day == "2020-01-02")
    }

    @Test("a date at the start of the file name, in Jekyll's and Hexo's shapes")
    func fileNameDates() {
        let shapes = ["2017-06-19-notebooks": "2017-06-19", "20151202_swift": "2015-12-02", "2019_04_12-x": "2019-04-12",
                      "posts/2018-1-5 随笔": "2018-01-05"]
        for (id, day) in shapes {
            let article = parse("---\ntitle: t\n---\n正文。\n", id: id)
            #expect(article.date.day == day, "\(id)")
            #expect(article.dateSource == .fileName, "\(id)")
            #expect(article.problems.contains { $0.message == ArticleParser.FallbackWarning.dateFromFileName })
        }
        for id in ["2017-13-40-bad", "issue-2017", "20151202123-long"] {
            #expect(parse("---\ntitle: t\n---\n正文。\n", id: id).dateSource == .modificationTime, "\(id)")
        }
    }

    @Test("equal dates order by id in natural order, highest first")
    func naturalOrderTiebreak() {
        let ids = ["issue-10", "issue-407", "issue-99", "issue-2", "issue-100"]
        let day = ArticleDate(instant: fileTime, isDateOnly: true)
        let sorted = ids.map { ArticleSummary(id: ArticleID($0), path: $0 + ".md", title: $0, date: day) }
            .sorted(by: ArticleOrder.newestFirst)
        #expect(sorted.map(\.id.rawValue) == ["issue-407", "issue-100", "issue-99", "issue-10", "issue-2"])
        let later = ArticleSummary(id: ArticleID("issue-1"), path: "", title: "", date: ArticleDate(instant: fileTime + 86_400))
        #expect(ArticleOrder.newestFirst(later, sorted[0]))
        #expect(NaturalOrder.compare("a/issue-9", "a/issue-10") == .orderedAscending)
        #expect(NaturalOrder.compare("v2.10", "v2.9") == .orderedDescending)
        #expect(NaturalOrder.compare("x", "x") == .orderedSame)
    }

    @Test("files copied together share their modification day, so a dateless newsletter lists its newest issue first")
    func datelessNewsletter() {
        let articles = (1...410).map { number in
            ArticleParser.parse(data: Data("# 第 \(number) 期\n\n本期内容很多，值得一读。\n".utf8), path: "issue-\(number).md",
                                id: ArticleID("issue-\(number)"),
                                // Written in name order (issue-1, issue-10, issue-100, …) a few milliseconds apart.
                                modificationDate: fileTime + Double("issue-\(number)".hashValue & 0xFF) / 1000)
        }
        let order = articles.sorted(by: ArticleOrder.newestFirst).map(\.id.rawValue)
        #expect(order.prefix(3) == ["issue-410", "issue-409", "issue-408"])
        #expect(order.last == "issue-1")
    }
}
