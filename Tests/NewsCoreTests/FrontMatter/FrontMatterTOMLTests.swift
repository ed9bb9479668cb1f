import Foundation
import Testing
@testable import NewsCore

@Suite("Front matter: TOML")
struct FrontMatterTOMLTests {
    @Test("TOML fields, dates with offsets and extra values are read")
    func tomlArticle() throws {
        let result = FrontMatterParser.parse("""
            +++
            title = "芯片出口管制新规"
            date = 2025-06-25T09:10:04+08:00
            lastmod = 2025-06-26
            local = 2025-06-26T10:00:00
            tags = ["芯片", " 政策 ", "芯片"]
            main_topics = "政策与监管"
            weight = 5
            [params]
            series = "出口管制"
            +++
            正文

            """)
        let front = result.frontMatter
        #expect(result.diagnostics.isEmpty)
        #expect(front.format == .toml)
        #expect(front.title == "芯片出口管制新规")
        let date = try #require(front.date)
        #expect(date.utcOffsetSeconds == 28_800)
        #expect(date.instant == Date(timeIntervalSince1970: 1_750_813_804))
        #expect(front.tags == ["芯片", "政策"])
        #expect(front.topics == ["政策与监管"])
        #expect(front.extra["weight"] == .integer(5))
        #expect(front.extra["params"] == .table(["series": .string("出口管制")]))
        guard case .date(let lastmod)? = front.extra["lastmod"], case .date(let local)? = front.extra["local"] else {
            Issue.record("lastmod and local should be dates")
            return
        }
        #expect(lastmod.isDateOnly)
        #expect(lastmod.day == "2025-06-26")
        #expect(local.iso8601 == "2025-06-26T10:00:00+00:00")
        #expect(result.body == "正文\n")
    }

    @Test("A TOML date written as a string is read like a YAML one")
    func tomlStringDate() {
        let result = FrontMatterParser.parse("+++\ndate = \"2023-04-01 10:00:00\"\n+++\n")
        #expect(result.frontMatter.date?.iso8601 == "2023-04-01T10:00:00+00:00")
    }

    @Test("A TOML table header that does not start with a key is reported on its line, not a crash; the title is kept")
    func headerWithoutKey() {
        for header in ["[数据]", "[<<", "[", "[[ #", "[."] {
            let result = FrontMatterParser.parse("+++\ntitle = \"甲\"\n\(header)\n+++\n正文\n")
            #expect(result.diagnostics.map(\.severity) == [.warning], "\(header)")
            #expect(result.frontMatter.title == "甲")
            #expect(result.diagnostics.first?.line == 3)
            #expect(result.body == "正文\n")
        }
    }

    @Test("A TOML field of the wrong type is reported on its key's line, the key quoted or spaced, after long Chinese lines")
    func wrongTypeOnItsKeyLine() {
        let summary = String(repeating: "数据中心的冷却=改造，", count: 40)
        for key in ["draft", "\"draft\"", "  'draft'  "] {
            let result = FrontMatterParser.parse("+++\ntitle = \"甲\"\nsummary = \"\(summary)\"\n\(key) = \"也许\"\n+++\n正文\n")
            #expect(result.diagnostics.map(\.line) == [4], "\(key)")
            #expect(result.diagnostics.first?.message.contains("'draft' should be true or false") == true, "\(key)")
        }
    }

    @Test("A closing brace inside a TOML array is an error, not a crash")
    func braceInArray() {
        for (value, line) in [("[}", 2), ("[1, }", 2), ("[ # note\n}", 3), ("{a = [}]}", 2)] {
            let result = FrontMatterParser.parse("+++\ntags = \(value)\n+++\n正文\n")
            #expect(result.diagnostics.map(\.severity) == [.error], "\(value)")
            #expect(result.diagnostics.first?.line == line, "\(value)")
        }
    }

    @Test("Brackets inside TOML arrays and multi-line strings are not taken for headers")
    func bracketsInValues() {
        let result = FrontMatterParser.parse(#"""
            +++
            title = "甲"
            related = [
              { name = "乙" },
            ]
            summary = """
            [<编者按>]
            """
            [params]
            "键" = 1
            +++

            """#)
        #expect(result.diagnostics.isEmpty)
        #expect(result.frontMatter.summary == "[<编者按>]")
        #expect(result.frontMatter.extra["related"] == .array([.table(["name": .string("乙")])]))
        #expect(result.frontMatter.extra["params"] == .table(["键": .integer(1)]))
    }
}
