import Foundation
import NewsCore
import Testing
@testable import NewsStore

@Suite("Searching the library")
struct SearchTests {
    private let library: TemporaryLibrary
    private let store: TemporaryStore
    private let catalog: LibraryCatalog

    init() throws {
        library = try TemporaryLibrary()
        store = try TemporaryStore()
        try library.write("chips.md", sampleArticle(
            title: "芯片出口新规", date: "2025-05-12T08:00:00+08:00", tags: ["GPU", "出口管制"], topics: ["芯片与硬件"],
            body: "新规限制高端GPU出口，Nvidia的H20受到影响。数据中心建设因此放缓。\n"))
        try library.write("power.md", sampleArticle(
            title: "数据中心的电力饥渴", date: "2025-08-19T08:00:00+08:00", tags: ["储能"], topics: ["能源"],
            body: "一座大型AI数据中心的用电量相当于一座中等城市。液冷改造正在普及。\n"))
        try library.write("scale.md", sampleArticle(
            title: "Scale AI的中立性之问", date: "2025-06-25T09:10:04+08:00", tags: ["Scale AI", "数据标注"], topics: ["投融资"],
            body: "Meta以143亿美元收购Scale AI 49%的股份，客户担心数据中立性。\n"))
        try library.write("draft.md", sampleArticle(
            title: "未完成的草稿", date: "2025-07-01", tags: ["储能"], draft: true, body: "草稿里也提到了数据。\n"))
        catalog = try store.open(library)
    }

    private func titles(_ query: String, _ options: SearchOptions = SearchOptions()) throws -> [String] {
        try catalog.search(query, options: options).map(\.title)
    }

    @Test("a two-character Chinese query finds every article containing it, title hits first")
    func twoCharacterChinese() throws {
        let found = try titles("数据")
        #expect(found.first == "数据中心的电力饥渴")
        #expect(Set(found) == ["数据中心的电力饥渴", "芯片出口新规", "Scale AI的中立性之问", "未完成的草稿"])
    }

    @Test("a one-character Chinese query is found, in the body too")
    func oneCharacterChinese() throws {
        #expect(try titles("冷") == ["数据中心的电力饥渴"])
        #expect(try titles("芯").first == "芯片出口新规")
    }

    @Test("longer Chinese queries must appear as a contiguous substring")
    func longerChinese() throws {
        #expect(try titles("中等城市") == ["数据中心的电力饥渴"])
        #expect(try titles("城市中等").isEmpty)
        #expect(try titles("数据中立性") == ["Scale AI的中立性之问"])
    }

    @Test("Latin words match case-insensitively and the last word as a prefix")
    func latinQueries() throws {
        #expect(try titles("nvidia") == ["芯片出口新规"])
        #expect(try titles("NVIDIA") == ["芯片出口新规"])
        #expect(try titles("scal") == ["Scale AI的中立性之问"])
        #expect(try titles("h20") == ["芯片出口新规"])
    }

    @Test("mixed queries need every part, and Latin glued to Chinese still matches")
    func mixedQueries() throws {
        #expect(try titles("AI 数据中心") == ["数据中心的电力饥渴"])
        #expect(try titles("GPU出口") == ["芯片出口新规"])
        #expect(try titles("Meta 收购") == ["Scale AI的中立性之问"])
        #expect(try titles("Meta 液冷").isEmpty)
    }

    @Test("tags and topics are searched, and filter like list --tag and --topic")
    func tagsAndFilters() throws {
        #expect(try titles("出口管制") == ["芯片出口新规"])
        #expect(try titles("数据", SearchOptions(tags: ["储能"], includeDrafts: false)) == ["数据中心的电力饥渴"])
        #expect(try titles("数据", SearchOptions(topics: ["芯片与硬件"])) == ["芯片出口新规"])
        #expect(try !titles("数据", SearchOptions(includeDrafts: false)).contains("未完成的草稿"))
        #expect(try titles("数据", SearchOptions(limit: 2)).count == 2)
    }

    @Test("a hit whose title matches ranks above a body-only hit")
    func titleFirst() throws {
        try library.write("mention.md", sampleArticle(
            title: "市场周报", date: "2025-09-01", body: "液冷液冷液冷液冷液冷，液冷是本周的关键词，液冷无处不在。\n"))
        try library.write("titled.md", sampleArticle(title: "液冷", date: "2025-01-01", body: "别的内容。\n"))
        let found = try store.open(library).search("液冷").map(\.title)
        #expect(found.first == "液冷")
        #expect(found.contains("市场周报"))
    }

    @Test("snippets are one line around the match, with the match highlighted")
    func snippetHighlights() throws {
        let hit = try #require(try catalog.search("中等城市").first)
        #expect(!hit.snippet.contains("\n"))
        let characters = Array(hit.snippet)
        let highlighted = hit.highlights.map { String(characters[$0]) }
        #expect(highlighted == ["中等城市"])
        let latin = try #require(try catalog.search("nvidia").first)
        #expect(latin.highlights.map { String(Array(latin.snippet)[$0]) } == ["Nvidia"])
    }

    @Test("empty and punctuation-only queries find nothing, and FTS syntax in a query is only text")
    func harmlessQueries() throws {
        #expect(try titles("").isEmpty)
        #expect(try titles("，。！").isEmpty)
        #expect(try titles("\"数据 OR NOT *").isEmpty)
        #expect(try titles("数据\"*") == titles("数据"))
        #expect(try titles("title:数据").isEmpty)
    }
}
