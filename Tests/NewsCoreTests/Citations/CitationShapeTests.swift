import Testing
@testable import NewsCore

@Suite("Citations: the usual shape")
struct CitationShapeTests {
    @Test("A full citation gives title, URL with query and fragment, outlet, author and both dates")
    func fullCitation() {
        let source = "[Meta 以143亿美元入股 Scale AI：数据中立性何去何从，行业怎么看](https://example.com/a?b=1&c=2#frag)·科技日报·张三（2025/6/24）·检索日期2025/6/25"
        let result = CitationParser.citation(from: CitationFixture.footnote(source, label: "3", references: 2))
        #expect(result == Citation(
            label: "3", title: "Meta 以143亿美元入股 Scale AI：数据中立性何去何从，行业怎么看",
            url: "https://example.com/a?b=1&c=2#frag", outlet: "科技日报", author: "张三",
            published: CalendarDay(year: 2025, month: 6, day: 24), retrieved: CalendarDay(year: 2025, month: 6, day: 25),
            text: source, referenceCount: 2))
    }

    @Test("A citation without an author puts the date on the outlet")
    func noAuthor() {
        let result = CitationFixture.citation("[另一个标题](https://example.org/x.html)·outlet.example（2025/06/25）·检索日期2025/6/25")
        #expect(result.outlet == "outlet.example")
        #expect(result.author == nil)
        #expect(result.published == CalendarDay(year: 2025, month: 6, day: 25))
        #expect(result.retrieved == CalendarDay(year: 2025, month: 6, day: 25))
        #expect(result.url == "https://example.org/x.html")
    }

    @Test("Dates are read as 2025/6/24, 2025/06/24, 2025-06-24 and 2025年6月24日")
    func dateSpellings() {
        for written in ["2025/6/24", "2025/06/24", "2025-06-24", "2025年6月24日"] {
            let result = CitationFixture.citation("[芯片新规解读](https://example.net/chips)·财经周刊（\(written)）·检索日期\(written)")
            #expect(result.published == CalendarDay(year: 2025, month: 6, day: 24), "published \(written)")
            #expect(result.retrieved == CalendarDay(year: 2025, month: 6, day: 24), "retrieved \(written)")
            #expect(result.outlet == "财经周刊")
        }
    }

    @Test("A missing retrieval date leaves it nil and keeps the rest")
    func noRetrievalDate() {
        let result = CitationFixture.citation("[美联储维持利率不变](https://example.com/fed)·华尔街见闻·李四（2025/6/18）")
        #expect(result.retrieved == nil)
        #expect(result.published == CalendarDay(year: 2025, month: 6, day: 18))
        #expect(result.author == "李四")
    }

    @Test("A missing publication date leaves it nil and keeps the author")
    func noPublicationDate() {
        let result = CitationFixture.citation("[美联储维持利率不变](https://example.com/fed)·华尔街见闻·李四·检索日期2025/6/25")
        #expect(result.published == nil)
        #expect(result.outlet == "华尔街见闻")
        #expect(result.author == "李四")
        #expect(result.retrieved == CalendarDay(year: 2025, month: 6, day: 25))
    }

    @Test("ASCII parentheses around the publication date work like full-width ones")
    func asciiParentheses() {
        let result = CitationFixture.citation("[OpenAI 发布新模型](https://example.com/openai)·Reuters·Jane Doe (2025/6/24)·检索日期2025/6/25")
        #expect(result.author == "Jane Doe")
        #expect(result.published == CalendarDay(year: 2025, month: 6, day: 24))
    }

    @Test("A katakana middle dot and spaces around the dots are taken as separators")
    func lenientSeparators() {
        let result = CitationFixture.citation("[英伟达财报超预期](https://example.com/nv) · 第一财经 ・ 王五（2025/5/29） · 检索日期 2025/6/1")
        #expect(result.outlet == "第一财经")
        #expect(result.author == "王五")
        #expect(result.published == CalendarDay(year: 2025, month: 5, day: 29))
        #expect(result.retrieved == CalendarDay(year: 2025, month: 6, day: 1))
    }

    @Test("Retrieval markers 检索于 and Retrieved, with a colon, are understood")
    func retrievalMarkers() {
        #expect(CitationFixture.citation("[标题](https://example.com/a)·新华网·检索于2025/6/25").retrieved == CalendarDay(year: 2025, month: 6, day: 25))
        #expect(CitationFixture.citation("[标题](https://example.com/a)·新华网·检索日期：2025年6月25日").retrieved == CalendarDay(year: 2025, month: 6, day: 25))
        let english = CitationFixture.citation("[Title](https://example.com/a)·The Outlet·Retrieved: 2025-06-25")
        #expect(english.retrieved == CalendarDay(year: 2025, month: 6, day: 25))
        #expect(english.outlet == "The Outlet")
        #expect(CitationFixture.citation("[Title](https://example.com/a)·Outlet·retrieved 2025/6/25").retrieved == CalendarDay(year: 2025, month: 6, day: 25))
    }

    @Test("A title with escaped brackets keeps the brackets and loses the backslashes")
    func escapedBrackets() {
        let result = CitationFixture.citation("[\\[快讯\\] 苹果发布会：新品一览](https://example.com/apple?id=7)·36氪（2025/6/10）")
        #expect(result.title == "[快讯] 苹果发布会：新品一览")
        #expect(result.url == "https://example.com/apple?id=7")
        #expect(result.outlet == "36氪")
    }

    @Test("A URL with parentheses inside keeps them")
    func urlWithParentheses() {
        let result = CitationFixture.citation("[数据中立性](https://example.org/wiki/Neutrality_(data))·维基百科")
        #expect(result.url == "https://example.org/wiki/Neutrality_(data)")
        #expect(result.outlet == "维基百科")
    }

    @Test("Several authors after the outlet are kept together as the author")
    func severalAuthors() {
        let result = CitationFixture.citation("[报告](https://example.com/r)·经济观察报·赵六·钱七（2025/3/1）")
        #expect(result.outlet == "经济观察报")
        #expect(result.author == "赵六·钱七")
        #expect(result.published == CalendarDay(year: 2025, month: 3, day: 1))
    }

    @Test("The text is the definition as written, trimmed")
    func textIsSource() {
        let result = CitationFixture.citation("  [标题](https://example.com/a)·新华网  \n")
        #expect(result.text == "[标题](https://example.com/a)·新华网")
    }
}
