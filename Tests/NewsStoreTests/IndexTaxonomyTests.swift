import Foundation
import NewsCore
import Testing
@testable import NewsStore

@Suite("The index keeps the site's taxonomies and merged terms")
struct IndexTaxonomyTests {
    @Test("terms are stored per taxonomy; a new taxonomy declaration rebuilds the index")
    func taxonomiesAndRebuild() throws {
        let library = try TemporaryLibrary(), store = try TemporaryStore()
        try library.write("a.md", "---\ntitle: 甲\ndate: 2025-06-02\nseries: [入门]\ncustomers: [蚂蚁]\n---\n正文。\n")
        try library.write("b.md", "---\ntitle: 乙\ndate: 2025-06-01\nseries: 入门\n---\n正文。\n")
        let first = try store.open(library)
        #expect(first.taxonomies.extra == ["series"])
        #expect(first.termCounts("series") == [FacetCount(name: "入门", count: 2)])
        #expect(first.summaries.first?.terms == ["series": ["入门"]])

        try library.write("hugo.toml", "[taxonomies]\ncustomer = \"customers\"\n")
        let second = try store.open(library)
        #expect(second.indexStatus.notes.contains { $0.contains("the site's taxonomies changed") })
        #expect(second.taxonomies.extra == ["customers", "series"])
        #expect(second.termCounts("customers") == [FacetCount(name: "蚂蚁", count: 1)])
        let filter = ArticleFilter(terms: [.init(taxonomy: "customers", value: "蚂蚁")])
        #expect(second.summaries(matching: filter).map(\.title) == ["甲"])
        // Opened again unchanged: no rebuild, the terms come back from the index.
        let third = try store.open(library)
        #expect(third.indexStatus.sync.parsed.isEmpty)
        #expect(third.summaries.first?.terms == ["customers": ["蚂蚁"], "series": ["入门"]])
    }

    @Test("case and width variants are merged in the summaries, counts and filters")
    func mergedSpellings() throws {
        let library = try TemporaryLibrary(), store = try TemporaryStore()
        try library.write("a.md", "---\ntitle: 甲\ndate: 2025-06-03\ntags: [Golang]\ncategories: [ＡＩ]\n---\n正文。\n")
        try library.write("b.md", "---\ntitle: 乙\ndate: 2025-06-02\ntags: [golang]\ncategories: [AI]\n---\n正文。\n")
        try library.write("c.md", "---\ntitle: 丙\ndate: 2025-06-01\ntags: [golang]\ncategories: AI\n---\n正文。\n")
        let catalog = try store.open(library)
        #expect(catalog.tagCounts() == [FacetCount(name: "golang", count: 3)])
        #expect(catalog.topicCounts() == [FacetCount(name: "AI", count: 3)])
        #expect(catalog.summaries.map(\.tags) == [["golang"], ["golang"], ["golang"]])
        #expect(catalog.summaries(matching: catalog.terms.spelled(ArticleFilter(tags: ["GOLANG"], topics: ["ai"]))).count == 3)
        #expect(try catalog.article(ArticleID("a")).tags == ["golang"])
    }
}
