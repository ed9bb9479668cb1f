import Foundation
import NewsCore
import Testing
@testable import NewsStore

@Suite("Searching from the index alone: folders checked, text read from the files shown")
struct LibrarySearchTests {
    private let library: TemporaryLibrary
    private let store: TemporaryStore

    init() throws {
        library = try TemporaryLibrary()
        store = try TemporaryStore()
        try library.write("2025/06/chips.md", sampleArticle(
            title: "芯片出口新规", date: "2025-06-12T08:00:00+08:00", tags: ["GPU"], topics: ["芯片与硬件"],
            body: "新规限制高端GPU出口，数据中心建设因此放缓。\n"))
        try library.write("2025/07/power.md", sampleArticle(
            title: "电力饥渴", date: "2025-07-19T08:00:00+08:00", tags: ["Energy"], topics: ["能源"],
            body: "一座大型AI数据中心的用电量相当于一座中等城市。\n"))
    }

    private func search(_ query: String, _ options: SearchOptions = SearchOptions()) throws -> [CatalogSearchHit]? {
        try LibrarySearch.run(query, options: options, root: library.root, locations: store.locations)
    }

    private func titles(_ query: String, _ options: SearchOptions = SearchOptions()) throws -> [String]? {
        try search(query, options)?.map(\.title)
    }

    /// Builds the index the way any command does, and waits until it is searchable.
    private func buildIndex() throws {
        try store.open(library).waitUntilSearchReady()
    }

    @Test("without an index it leaves the search to the catalog, which builds one")
    func noIndex() throws {
        #expect(try search("数据") == nil)
        try buildIndex()
        #expect(try titles("数据").map(Set.init) == ["芯片出口新规", "电力饥渴"])
    }

    @Test("it finds what the catalog finds, with the same snippets")
    func sameAsCatalog() throws {
        let catalog = try store.open(library)
        try catalog.waitUntilSearchReady()
        for query in ["数据中心", "中等城市", "gpu", "能源"] {
            #expect(try search(query) == catalog.search(query))
        }
        let hit = try #require(try search("中等城市")?.first)
        #expect(hit.highlights.map { String(Array(hit.snippet)[$0]) } == ["中等城市"])
    }

    @Test("an article added, removed or renamed since the index was made is seen by its folder")
    func folderChanges() throws {
        try buildIndex()
        try library.write("2025/07/storage.md", sampleArticle(title: "储能电站", date: "2025-07-20", body: "抽水蓄能与数据。\n"))
        #expect(try titles("抽水蓄能") == ["储能电站"])
        try FileManager.default.removeItem(at: library.root.appendingPathComponent("2025/06/chips.md"))
        #expect(try titles("出口") == [])
        try FileManager.default.moveItem(at: library.root.appendingPathComponent("2025/07/power.md"),
                                         to: library.root.appendingPathComponent("2025/07/grid.md"))
        #expect(try search("中等城市")?.map(\.id.rawValue) == ["2025/07/grid"])
    }

    @Test("an article rewritten in place is never shown for text it no longer holds, and its new text shows")
    func rewrittenInPlace() throws {
        try buildIndex()
        try library.write("2025/07/power.md", sampleArticle(
            title: "电力饥渴", date: "2025-07-19T08:00:00+08:00", body: "改写后只谈风电。\n"))
        #expect(try titles("中等城市") == [])
        // The index still lists it under its title; the snippet and title are the file's today.
        let hit = try #require(try search("电力")?.first)
        #expect(hit.title == "电力饥渴")
        #expect(try store.open(library).search("风电").map(\.title) == ["电力饥渴"])
        #expect(try titles("风电") == ["电力饥渴"])
    }

    @Test("a tag filter matches every spelling of the tag, drafts are left out on request")
    func filters() throws {
        try library.write("2025/07/draft.md", sampleArticle(title: "草稿", date: "2025-07-21", tags: ["energy"], draft: true,
                                                            body: "草稿也谈数据。\n"))
        try buildIndex()
        #expect(try titles("数据", SearchOptions(tags: ["ENERGY"])).map(Set.init) == ["电力饥渴", "草稿"])
        #expect(try titles("数据", SearchOptions(tags: ["energy"], includeDrafts: false)) == ["电力饥渴"])
        #expect(try titles("数据", SearchOptions(topics: ["芯片与硬件"])) == ["芯片出口新规"])
    }

    @Test("text replaced again and again is never found, and an index grown mostly of old text is rebuilt")
    func replacedText() throws {
        try buildIndex()
        for round in 1...4 {
            try library.write("2025/07/power.md", sampleArticle(title: "电力饥渴", date: "2025-07-19", body: "第\(round)版正文。\n"))
            try library.touch("2025/07/power.md", secondsAgo: Double(100 - round))
            let catalog = try store.open(library)
            #expect(try catalog.search("版正文").map(\.title) == ["电力饥渴"])
            #expect(try catalog.search("第\(round)版").count == 1)
            if round > 1 { #expect(try catalog.search("第\(round - 1)版").isEmpty) }
            // Two articles and three replaced texts: the fourth open finds the index stale.
            #expect(catalog.indexStatus.notes.contains { $0.contains("stale") } == (round == 4))
        }
    }

    @Test("among body hits, one whose summary or tags hold the words ranks above a passing mention")
    func summaryAboveMention() throws {
        try library.write("2025/08/b-mention.md", sampleArticle(
            title: "周报", date: "2025-08-01", body: "本周话题很多。" + String(repeating: "其他内容。", count: 40) + "顺带提到液冷。\n"))
        try library.write("2025/08/a-tagged.md", sampleArticle(
            title: "机房改造", date: "2025-07-01", tags: ["液冷"], body: "机房改造用上了液冷。\n"))
        try buildIndex()
        // The mention was indexed last (its path sorts after): the order is the ranking's.
        #expect(try titles("液冷") == ["机房改造", "周报"])
    }

    @Test("Traditional text is found by a Simplified query with the index's own folding, and its snippet shows it as written")
    func traditionalText() throws {
        try library.write("2025/08/trad.md", sampleArticle(title: "繁體文章", date: "2025-08-02", body: "這篇講數據中心的電力。\n"))
        try buildIndex()
        let hit = try #require(try search("数据中心")?.first { $0.title == "繁體文章" })
        #expect(hit.highlights.map { String(Array(hit.snippet)[$0]) } == ["數據中心"])
    }

    @Test("a search asking for more hits than the files read gets them all, the later ones with a snippet from their summary")
    func manyHits() throws {
        let count = SearchSnippets.fromFiles + 5
        for number in 0..<count {
            try library.write("2025/09/many-\(number).md", sampleArticle(
                title: "第\(number)篇", date: "2025-09-01", body: "正文谈到光伏。\n").replacingOccurrences(
                    of: "draft: false", with: "draft: false\nsummary: \"摘要也谈光伏\""))
        }
        try buildIndex()
        let hits = try #require(try search("光伏", SearchOptions(limit: 500)))
        #expect(hits.count == count)
        #expect(hits.allSatisfy { hit in hit.highlights.map { String(Array(hit.snippet)[$0]) } == ["光伏"] })
        #expect(hits.prefix(SearchSnippets.fromFiles).allSatisfy { $0.snippet.contains("正文谈到光伏") })
        #expect(hits.suffix(5).allSatisfy { $0.snippet.contains("摘要也谈光伏") })
    }
}
