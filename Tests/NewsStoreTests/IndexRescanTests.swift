import Foundation
import NewsCore
import NewsReading
import Testing
@testable import NewsStore

@Suite("The index follows the library folder")
struct IndexRescanTests {
    private func makeLibrary() throws -> TemporaryLibrary {
        let library = try TemporaryLibrary()
        try library.write("2025/06/a.md", sampleArticle(title: "甲文", date: "2025-06-01T08:00:00+08:00", tags: ["芯片"]))
        try library.write("2025/06/b.md", sampleArticle(title: "乙文", date: "2025-06-02T08:00:00+08:00", tags: ["储能"]))
        try library.write("2025/06/c/index.md", sampleArticle(title: "丙文", date: "2025-06-03T08:00:00+08:00"))
        return library
    }

    @Test("a first open parses every file; a second open of an unchanged folder parses none")
    func unchangedFolderParsesNothing() throws {
        let library = try makeLibrary(), store = try TemporaryStore()
        let first = try store.open(library)
        #expect(first.indexStatus.sync.parsed == ["2025/06/a.md", "2025/06/b.md", "2025/06/c/index.md"])
        let second = try store.open(library)
        #expect(second.indexStatus.sync.parsed.isEmpty)
        #expect(second.indexStatus.sync.unchanged == 3)
        #expect(second.summaries.map(\.title) == ["丙文", "乙文", "甲文"])
        #expect(second.summaries == first.summaries)
    }

    @Test("an added file is the only one parsed, and it is listed")
    func addedFile() throws {
        let library = try makeLibrary(), store = try TemporaryStore()
        _ = try store.open(library)
        try library.write("2025/07/d.md", sampleArticle(title: "丁文", date: "2025-07-01T08:00:00+08:00"))
        let catalog = try store.open(library)
        #expect(catalog.indexStatus.sync.parsed == ["2025/07/d.md"])
        #expect(catalog.summaries.first?.title == "丁文")
    }

    @Test("a modified file is parsed again and its new title, tags and text are what the index serves")
    func modifiedFile() throws {
        let library = try makeLibrary(), store = try TemporaryStore()
        _ = try store.open(library)
        try library.write("2025/06/a.md", sampleArticle(
            title: "甲文改版", date: "2025-06-01T08:00:00+08:00", tags: ["液冷"], body: "新的正文讲述液冷机房。\n"))
        try library.touch("2025/06/a.md", secondsAgo: 5)
        let catalog = try store.open(library)
        #expect(catalog.indexStatus.sync.parsed == ["2025/06/a.md"])
        #expect(catalog.summaries.first { $0.path == "2025/06/a.md" }?.title == "甲文改版")
        #expect(catalog.tagCounts().map(\.name).contains("液冷"))
        #expect(!catalog.tagCounts().map(\.name).contains("芯片"))
        #expect(try catalog.search("液冷机房").map(\.title) == ["甲文改版"])
        #expect(try catalog.search("正文第一段").map(\.title).contains("甲文改版") == false)
    }

    @Test("a deleted file is dropped from the list and from search, nothing is parsed")
    func deletedFile() throws {
        let library = try makeLibrary(), store = try TemporaryStore()
        _ = try store.open(library)
        try FileManager.default.removeItem(at: library.root.appendingPathComponent("2025/06/b.md"))
        let catalog = try store.open(library)
        #expect(catalog.indexStatus.sync.parsed.isEmpty)
        #expect(catalog.indexStatus.sync.removed == ["2025/06/b.md"])
        #expect(catalog.summaries.map(\.title) == ["丙文", "甲文"])
        #expect(try catalog.search("乙文").isEmpty)
    }

    @Test("a renamed file is dropped under its old path and parsed under its new one")
    func renamedFile() throws {
        let library = try makeLibrary(), store = try TemporaryStore()
        _ = try store.open(library)
        try FileManager.default.moveItem(at: library.root.appendingPathComponent("2025/06/a.md"),
                                         to: library.root.appendingPathComponent("2025/06/renamed.md"))
        let catalog = try store.open(library)
        #expect(catalog.indexStatus.sync.parsed == ["2025/06/renamed.md"])
        #expect(catalog.indexStatus.sync.removed == ["2025/06/a.md"])
        #expect(catalog.summaries.map(\.id.rawValue).contains("2025/06/renamed"))
        #expect(try catalog.search("甲文").map(\.id.rawValue) == ["2025/06/renamed"])
    }

    @Test("problems are served from the index: an unreadable file is reported, not listed, without a new parse")
    func problemsWithoutParse() throws {
        let library = try makeLibrary(), store = try TemporaryStore()
        try library.write("2025/06/binary.md", bytes: Data([0xFF, 0xFE, 0x00, 0x01, 0x02]))
        try library.write("2025/06/nodate.md", "---\ntitle: 无日期\n---\n\n正文。\n")
        let first = try store.open(library)
        let second = try store.open(library)
        #expect(second.indexStatus.sync.parsed.isEmpty)
        #expect(second.problems == first.problems)
        #expect(second.problems.contains { $0.path == "2025/06/binary.md" && $0.severity == .error })
        #expect(second.problems.contains { $0.path == "2025/06/nodate.md" && $0.severity == .warning })
        #expect(!second.summaries.contains { $0.path == "2025/06/binary.md" })
        #expect(second.problems == (try Library.load(from: library.root)).problems)
    }

    @Test("the catalog lists what Library.load lists, in the same order, and opens articles on demand")
    func matchesFullLoad() throws {
        let library = try makeLibrary(), store = try TemporaryStore()
        try library.write("2025/06/a.markdown", sampleArticle(title: "重复的甲", date: "2025-06-05"))
        let catalog = try store.open(library)
        let loaded = try Library.load(from: library.root)
        #expect(catalog.summaries == loaded.articles.map { ArticleSummary(reading: $0) })
        #expect(catalog.problems == loaded.problems)
        let article = try catalog.article(ArticleID("2025/06/c"))
        #expect(article.title == "丙文")
        #expect(article.citations.count == 1)
        #expect(throws: LibraryError.self) { try catalog.article(ArticleID("nope")) }
    }
}
