import Foundation
import NewsCore
import Testing
@testable import NewsStore

@Suite("Filtering and counting topics and tags")
struct LibraryQueryTests {
    private func library() throws -> (Library, TemporaryLibrary) {
        let folder = try TemporaryLibrary()
        try folder.write("a.md", sampleArticle(title: "甲", date: "2025-06-03", tags: ["GPU", "开源"], topics: ["芯片"]))
        try folder.write("b.md", sampleArticle(title: "乙", date: "2025-06-02", tags: ["GPU", "监管"], topics: ["芯片", "政策"]))
        try folder.write("c.md", sampleArticle(title: "丙", date: "2025-06-01", tags: ["开源"], topics: ["政策"]))
        try folder.write("d.md", sampleArticle(title: "草稿", date: "2025-06-04", tags: ["GPU"], topics: ["芯片"], draft: true))
        return (try Library.load(from: folder.root), folder)
    }

    @Test("tags are counted per article, most used first, then by name, drafts left out")
    func countsTags() throws {
        let (loaded, _) = try library()
        #expect(loaded.tagCounts() == [
            FacetCount(name: "GPU", count: 2), FacetCount(name: "开源", count: 2), FacetCount(name: "监管", count: 1),
        ])
        #expect(loaded.tagCounts(matching: ArticleFilter(includeDrafts: true)).first == FacetCount(name: "GPU", count: 3))
    }

    @Test("filters by tag and topic combine with AND")
    func filtersWithAnd() throws {
        let (loaded, _) = try library()
        #expect(loaded.articles(matching: ArticleFilter(tags: ["GPU"])).map(\.title) == ["甲", "乙"])
        #expect(loaded.articles(matching: ArticleFilter(tags: ["GPU"], topics: ["政策"])).map(\.title) == ["乙"])
        #expect(loaded.articles(matching: ArticleFilter(tags: ["GPU", "开源"])).map(\.title) == ["甲"])
        #expect(loaded.articles(matching: ArticleFilter(tags: [" GPU "])).count == 2)
    }

    @Test("drafts are hidden unless asked for")
    func hidesDrafts() throws {
        let (loaded, _) = try library()
        #expect(!loaded.articles(matching: ArticleFilter()).contains { $0.title == "草稿" })
        #expect(loaded.articles(matching: ArticleFilter(includeDrafts: true)).first?.title == "草稿")
    }

    @Test("topic counts follow the filter")
    func countsTopicsUnderFilter() throws {
        let (loaded, _) = try library()
        #expect(loaded.topicCounts(matching: ArticleFilter(tags: ["开源"])) == [
            FacetCount(name: "政策", count: 1), FacetCount(name: "芯片", count: 1),
        ])
    }

    @Test("an article is found by id, by relative path and by absolute path")
    func findsArticleByName() throws {
        let (loaded, folder) = try library()
        #expect(loaded.article(named: "b")?.title == "乙")
        #expect(loaded.article(named: "b.md")?.title == "乙")
        #expect(loaded.article(named: folder.root.appendingPathComponent("b.md").path)?.title == "乙")
        #expect(loaded.article(named: "zzz") == nil)
    }
}
