import Testing
@testable import NewsCore

@Suite("Citations: prose, bare URLs and broken dates")
struct CitationVariantTests {
    @Test("A prose definition keeps its text and has no title or URL")
    func proseOnly() {
        let source = "作者根据公开财报整理，数据截至2025年一季度。"
        let result = CitationFixture.citation(source)
        #expect(result.text == source)
        #expect(result.title == nil)
        #expect(result.url == nil)
        #expect(result.outlet == nil)
        #expect(result.published == nil)
    }

    @Test("A link inside prose gives the URL and the link text as title")
    func linkInProse() {
        let result = CitationFixture.citation("详见[国家统计局发布的公报](https://example.org/stats?year=2024)，其中第三部分有说明。")
        #expect(result.title == "国家统计局发布的公报")
        #expect(result.url == "https://example.org/stats?year=2024")
        #expect(result.outlet == nil)
    }

    @Test("A bare URL inside prose is found and stops at full-width punctuation")
    func bareURLInProse() {
        let result = CitationFixture.citation("原始数据见 https://example.net/data/2024.csv，由作者整理。")
        #expect(result.url == "https://example.net/data/2024.csv")
        #expect(result.title == nil)
    }

    @Test("A bare URL in English prose drops the sentence's final period")
    func bareURLTrailingPeriod() {
        #expect(CitationFixture.citation("See https://example.com/report.").url == "https://example.com/report")
    }

    @Test("A definition that is only a bare URL gives the URL")
    func bareURLOnly() {
        let result = CitationFixture.citation("https://example.com/news/2025/06/24/scale-ai?utm=x#top")
        #expect(result.url == "https://example.com/news/2025/06/24/scale-ai?utm=x#top")
        #expect(result.title == nil)
        #expect(result.outlet == nil)
    }

    @Test("A bare URL followed by the usual parts is read in the usual shape")
    func bareURLWithParts() {
        let result = CitationFixture.citation("https://example.com/a·新华网（2025/6/24）·检索日期2025/6/25")
        #expect(result.url == "https://example.com/a")
        #expect(result.outlet == "新华网")
        #expect(result.published == CalendarDay(year: 2025, month: 6, day: 24))
    }

    @Test("An autolink in angle brackets gives the URL")
    func autolink() {
        let result = CitationFixture.citation("<https://example.org/paper.pdf>·某研究所")
        #expect(result.url == "https://example.org/paper.pdf")
        #expect(result.outlet == "某研究所")
    }

    @Test("An impossible publication date is nil and does not end up in the author")
    func invalidPublicationDate() {
        let result = CitationFixture.citation("[标题](https://example.com/a)·新华网·记者甲（2025/13/45）·检索日期2025/2/30")
        #expect(result.published == nil)
        #expect(result.retrieved == nil)
        #expect(result.author == "记者甲")
    }

    @Test("A link followed by a sentence is not read as an outlet")
    func linkThenSentence() {
        let result = CitationFixture.citation("[白皮书](https://example.com/w)，这份文件首次提出了数据中立的定义。")
        #expect(result.url == "https://example.com/w")
        #expect(result.outlet == nil)
    }

    @Test("A link with only a date after it has a publication date and no outlet")
    func linkThenDate() {
        let result = CitationFixture.citation("[公告](https://example.com/notice)（2025/6/24）")
        #expect(result.published == CalendarDay(year: 2025, month: 6, day: 24))
        #expect(result.outlet == nil)
    }

    @Test("A prose definition over several paragraphs keeps all its text and its first link")
    func multiParagraphProse() {
        let source = "第一段说明。\n\n第二段引用了[报告](https://example.org/r)。"
        let result = CitationFixture.citation(source)
        #expect(result.text == source)
        #expect(result.url == "https://example.org/r")
        #expect(result.title == "报告")
    }

    @Test("A link the parser resolved from a reference definition is used when the source shows none")
    func linkFromBlocks() {
        let blocks: [Block] = [.paragraph([.text("参见"), .link(destination: "https://example.com/ref", title: nil, content: [.text("年报")])])]
        let result = CitationParser.citation(from: CitationFixture.footnote("参见[年报][ar]", blocks: blocks))
        #expect(result.url == "https://example.com/ref")
        #expect(result.title == "年报")
    }

    @Test("The title shown is the parser's plain text of the link when the parser read it")
    func titleFromParsedLink() {
        let blocks: [Block] = [.paragraph([
            .link(destination: "https://example.com/a", title: nil, content: [.strong([.text("重磅")]), .text("：新规出台")]),
            .text("·新华网"),
        ])]
        let result = CitationParser.citation(from: CitationFixture.footnote("[**重磅**：新规出台](https://example.com/a)·新华网", blocks: blocks))
        #expect(result.title == "重磅：新规出台")
        #expect(result.outlet == "新华网")
    }

    @Test("An image in prose is not taken as the cited link")
    func imageIsNotALink() {
        let result = CitationFixture.citation("图源：![图](https://example.com/i.png) 另见[原文](https://example.com/original)")
        #expect(result.url == "https://example.com/original")
    }

    @Test("Odd definitions never crash and always keep their text")
    func oddDefinitions() {
        for source in ["[", "[]()", "[未闭合](https://example.com", "·", "（）", "检索日期", "https://", "](", "<https://example.com",
                       String(repeating: "[", count: 5_000), "[a](b)·（9999/99/99）·检索日期0000/0/0"] {
            #expect(CitationFixture.citation(source).text == source.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }
}
