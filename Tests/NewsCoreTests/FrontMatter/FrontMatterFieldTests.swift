import Foundation
import Testing
@testable import NewsCore

@Suite("Front matter: fields")
struct FrontMatterFieldTests {
    private func parse(_ yaml: String) -> FrontMatterParser.Result {
        FrontMatterParser.parse("---\n" + yaml + "\n---\n正文\n")
    }

    @Test("A full Hugo article's fields are read")
    func hugoArticle() {
        let result = parse("""
            title: "Meta 以143亿美元收购 Scale AI 49% 的股份：数据中立性何去何从？"
            date: 2025-06-25T09:10:04+08:00
            draft: false
            summary: 这笔交易让行业重新审视“数据中立”。
            featured_image: /images/YYYY/scale-ai.jpg
            tags: [数据中立性, Scale AI, 投融资]
            main_topics:
              - 投融资与市场洞察
            """)
        let front = result.frontMatter
        #expect(front.title == "Meta 以143亿美元收购 Scale AI 49% 的股份：数据中立性何去何从？")
        #expect(front.draft == false)
        #expect(front.summary == "这笔交易让行业重新审视“数据中立”。")
        #expect(front.featuredImage == "/images/YYYY/scale-ai.jpg")
        #expect(front.tags == ["数据中立性", "Scale AI", "投融资"])
        #expect(front.topics == ["投融资与市场洞察"])
        #expect(front.extra.isEmpty)
        #expect(result.diagnostics.isEmpty)
    }

    @Test("A timestamp keeps its +08:00 offset and its instant")
    func timestampOffset() throws {
        let date = try #require(parse("date: 2025-06-25T09:10:04+08:00").frontMatter.date)
        #expect(date.utcOffsetSeconds == 28_800)
        #expect(date.iso8601 == "2025-06-25T09:10:04+08:00")
        #expect(date.instant == Date(timeIntervalSince1970: 1_750_813_804))
        #expect(!date.isDateOnly)
    }

    @Test("A Z timestamp is UTC")
    func zuluTimestamp() throws {
        let date = try #require(parse("date: 2025-06-25T01:10:04Z").frontMatter.date)
        #expect(date.utcOffsetSeconds == 0)
        #expect(date.instant == Date(timeIntervalSince1970: 1_750_813_804))
    }

    @Test("A negative offset and fractional seconds are kept")
    func negativeOffset() throws {
        let date = try #require(parse("date: 2024-02-29 20:30:00.5 -05:00").frontMatter.date)
        #expect(date.utcOffsetSeconds == -18_000)
        #expect(date.iso8601 == "2024-02-29T20:30:00-05:00")
        #expect(date.instant.timeIntervalSince1970 == 1_709_256_600.5)
    }

    @Test("A date-only value is midnight UTC and marked date-only")
    func dateOnly() throws {
        let date = try #require(parse("date: 2025-06-25").frontMatter.date)
        #expect(date.isDateOnly)
        #expect(date.utcOffsetSeconds == 0)
        #expect(date.day == "2025-06-25")
        #expect(date.instant == Date(timeIntervalSince1970: 1_750_809_600))
    }

    @Test("Quoted date strings are read, a time without offset as UTC")
    func quotedDates() throws {
        let single = try #require(parse("date: '2018-01-01'").frontMatter.date)
        #expect(single.isDateOnly)
        #expect(single.day == "2018-01-01")
        let double = try #require(parse("date: \"2023-04-01 10:00:00\"").frontMatter.date)
        #expect(double.utcOffsetSeconds == 0)
        #expect(double.iso8601 == "2023-04-01T10:00:00+00:00")
        let slashes = try #require(parse("date: '2023/4/1 10:00'").frontMatter.date)
        #expect(slashes.iso8601 == "2023-04-01T10:00:00+00:00")
    }

    @Test("A quoted timestamp with an offset keeps the offset")
    func quotedOffset() {
        let date = parse("date: \"2025-06-25T09:10:04+08:00\"").frontMatter.date
        #expect(date?.utcOffsetSeconds == 28_800)
        #expect(date?.iso8601 == "2025-06-25T09:10:04+08:00")
    }

    @Test("A summary written as a block scalar has no trailing newline")
    func blockScalarSummary() {
        let result = parse("summary: >\n  第一句话。\n  第二句话。\n")
        #expect(result.frontMatter.summary == "第一句话。 第二句话。")
    }

    @Test("A missing date stays nil without a problem")
    func missingDate() {
        let result = parse("title: 无日期")
        #expect(result.frontMatter.date == nil)
        #expect(result.diagnostics.isEmpty)
    }

    @Test("An invalid date is left out with a warning naming it and its line")
    func invalidDate() {
        for value in ["not-a-date", "2025-13-45", "'2025-02-30'", "2025"] {
            let result = parse("title: 甲\ndate: \(value)")
            #expect(result.frontMatter.date == nil)
            #expect(result.frontMatter.title == "甲")
            #expect(result.diagnostics.count == 1)
            #expect(result.diagnostics.first?.severity == .warning)
            #expect(result.diagnostics.first?.line == 3)
            #expect(result.diagnostics.first?.message.hasPrefix("invalid date '") == true)
        }
    }

    @Test("Tags may be a flow list, a block list, an empty list, one string or missing")
    func tagShapes() {
        #expect(parse("tags: [AI, 芯片]").frontMatter.tags == ["AI", "芯片"])
        #expect(parse("tags:\n  - AI\n  - 芯片").frontMatter.tags == ["AI", "芯片"])
        #expect(parse("tags: []").frontMatter.tags == [])
        #expect(parse("tags:").frontMatter.tags == [])
        #expect(parse("tags: 数据中立性").frontMatter.tags == ["数据中立性"])
        #expect(parse("title: x").frontMatter.tags == [])
    }

    @Test("Tags are trimmed, empty ones dropped, duplicates dropped and the order kept")
    func tagCleanup() {
        let result = parse("tags: ['  Scale AI ', '', 芯片, Scale AI, 2024, 芯片]")
        #expect(result.frontMatter.tags == ["Scale AI", "芯片", "2024"])
        #expect(result.diagnostics.isEmpty)
    }

    @Test("Main topics take the same shapes as tags")
    func topics() {
        #expect(parse("main_topics: 投融资与市场洞察").frontMatter.topics == ["投融资与市场洞察"])
        #expect(parse("main_topics: [政策, 政策 ]").frontMatter.topics == ["政策"])
    }

    @Test("Draft accepts a bool or the strings true and false")
    func draftValues() {
        #expect(parse("draft: true").frontMatter.draft)
        #expect(parse("draft: 'true'").frontMatter.draft)
        #expect(parse("draft: \"False\"").frontMatter.draft == false)
        #expect(parse("title: x").frontMatter.draft == false)
    }

    @Test("A title that looks like a number keeps its written text")
    func numericTitle() {
        #expect(parse("title: 1.10").frontMatter.title == "1.10")
        #expect(parse("title: 2046").frontMatter.title == "2046")
    }

    @Test("Known keys match in any case, as Hugo does")
    func caseInsensitiveKeys() {
        let result = parse("Title: 大写\nTags: [甲]")
        #expect(result.frontMatter.title == "大写")
        #expect(result.frontMatter.tags == ["甲"])
    }

    @Test("Unknown fields are kept in extra with their types")
    func extraFields() throws {
        let result = parse("""
            author: [张三, 李四]
            slug: vendor-neutrality
            weight: 3
            ratio: 0.75
            toc: true
            lastmod: 2025-06-26T08:00:00+08:00
            params: {series: 数据中立, note: ~}
            aliases: []
            """)
        let extra = result.frontMatter.extra
        #expect(extra["author"] == .array([.string("张三"), .string("李四")]))
        #expect(extra["slug"] == .string("vendor-neutrality"))
        #expect(extra["weight"] == .integer(3))
        #expect(extra["ratio"] == .double(0.75))
        #expect(extra["toc"] == .bool(true))
        #expect(extra["params"] == .table(["series": .string("数据中立"), "note": .null]))
        #expect(extra["aliases"] == .array([]))
        guard case .date(let lastmod)? = extra["lastmod"] else {
            Issue.record("lastmod should be a date")
            return
        }
        #expect(lastmod.utcOffsetSeconds == 28_800)
        #expect(extra.count == 8)
    }

    @Test("Quoted numbers and yes/no stay text in extra")
    func quotedScalarsStayText() {
        let extra = parse("code: '007'\nanswer: yes\nversion: \"1.0\"").frontMatter.extra
        #expect(extra["code"] == .string("007"))
        #expect(extra["answer"] == .string("yes"))
        #expect(extra["version"] == .string("1.0"))
    }

    @Test("YAML merge keys fill in fields not written directly")
    func mergeKeys() {
        let result = parse("defaults: &d {author: 编辑部, toc: true}\nmeta:\n  <<: *d\n  toc: false")
        #expect(result.frontMatter.extra["meta"] == .table(["author": .string("编辑部"), "toc": .bool(false)]))
    }
}
