import Foundation
import NewsCore
import Testing
@testable import NewsStore

/// Simplified and Traditional spellings find each other (issue #17), and the index keeps what
/// the reader shows of each article: outlets, series, reading time.
@Suite("Script-blind search and reading facts in the index")
struct ScriptBlindSearchTests {
    private let library: TemporaryLibrary
    private let store: TemporaryStore
    private let catalog: LibraryCatalog

    init() throws {
        library = try TemporaryLibrary()
        store = try TemporaryStore()
        try library.write("simplified.md", sampleArticle(
            title: "简体文章", date: "2025-05-12", body: "新设备提升了数据处理速度。\n"))
        try library.write("traditional.md", sampleArticle(
            title: "繁體文章", date: "2025-05-13", body: "新設備提升了數據處理速度。\n"))
        try library.write("cited.md", """
            ---
            title: 引用文章
            date: 2025-05-14
            series: 芯片周报
            ---

            \(String(repeating: "字", count: 800))[^1][^2]

            ## 引用

            [^1]: [甲](https://example.com/a)·智东西·某人（2025/6/24）·检索日期2025/6/25
            [^2]: [乙](https://example.com/b)·The \u{1B}[31mCircuit Review（2025/6/24）
            """)
        catalog = try store.open(library)
    }

    private func titles(_ query: String) throws -> Set<String> {
        Set(try catalog.search(query, options: SearchOptions()).map(\.title))
    }

    @Test("a Traditional query finds Simplified text and a Simplified query Traditional text")
    func bothScriptsMatch() throws {
        #expect(try titles("數據") == ["简体文章", "繁體文章"])
        #expect(try titles("设备") == ["简体文章", "繁體文章"])
        #expect(try titles("體") == ["简体文章", "繁體文章"])
    }

    @Test("snippets show the text as written and highlight the match in it")
    func snippetsKeepTheOriginalScript() throws {
        let hit = try #require(try catalog.search("数据", options: SearchOptions()).first { $0.title == "繁體文章" })
        let characters = Array(hit.snippet)
        #expect(hit.highlights.map { String(characters[$0]) } == ["數據"])
    }

    @Test("summaries carry outlets (sanitized), series, reading minutes and length")
    func readingFacts() throws {
        let summary = try #require(catalog.summaries.first { $0.title == "引用文章" })
        #expect(summary.outlets.first == "智东西")
        #expect(summary.outlets.count == 2)
        #expect(!summary.outlets[1].unicodeScalars.contains { $0.value == 0x1B })
        #expect(summary.series == ["芯片周报"])
        #expect(summary.readingMinutes == 2)
        #expect(summary.characters == 800 + 2)
    }
}
