import Foundation
import GRDB
import NewsCore
import Testing
@testable import NewsStore

@Suite("A first build is usable before its search index is filled, and search never sees half of it")
struct IndexSearchFillTests {
    private func makeLibrary() throws -> TemporaryLibrary {
        let library = try TemporaryLibrary()
        try library.write("a.md", sampleArticle(title: "数据中心", date: "2025-06-01T08:00:00+08:00", body: "甲篇正文讲冷却塔。"))
        try library.write("b.md", sampleArticle(title: "液冷改造", date: "2025-06-02T08:00:00+08:00", body: "乙篇正文讲热交换。"))
        try library.write("c.md", sampleArticle(title: "电网调度", date: "2025-06-03T08:00:00+08:00", body: "丙篇正文讲储能站。"))
        return library
    }

    /// A connection to the store's index with the tokenizer registered, as the catalog has.
    private func indexQueue(_ store: TemporaryStore) throws -> DatabaseQueue {
        let name = try #require(store.cacheFiles().first { $0.hasSuffix(".sqlite") })
        return try DatabaseQueue(path: store.locations.cacheDirectory.path + "/" + name,
                                 configuration: IndexFile.configuration(busyTimeout: 5, wal: true))
    }

    /// Puts the index back where a run that stopped after filling rows up to `rowID` left it: the
    /// search tables hold those rows, and the text of the others waits in `pending_text`.
    private func rewindSearch(_ store: TemporaryStore, _ library: TemporaryLibrary, through rowID: Int64) throws {
        let queue = try indexQueue(store)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO search (search) VALUES ('delete-all')")
            try db.execute(sql: "INSERT INTO title_search (title_search) VALUES ('delete-all')")
            try db.execute(sql: "DELETE FROM pending_text")
            try IndexSchema.setSearchFilled(through: rowID, db)
            let searchText = try SearchText(db)
            for row in try Row.fetchAll(db, sql: "SELECT rowid, path, article_id FROM article WHERE status = 1") {
                let file = try #require(ArticleFile.onDisk(root: library.root, relativePath: row[1], id: ArticleID(row[2])))
                try searchText.write(rowID: row[0], IndexRecord(parsing: file, taxonomies: .default))
            }
        }
        try queue.close()
    }

    private func rowID(of path: String, _ store: TemporaryStore) throws -> Int64 {
        let queue = try indexQueue(store)
        defer { try? queue.close() }
        return try #require(try queue.read { try Int64.fetchOne($0, sql: "SELECT rowid FROM article WHERE path = ?", arguments: [path]) })
    }

    /// FTS5's own check of both tables against their content, and where the fill's mark stands.
    private func checkSearchTables(_ store: TemporaryStore) throws -> Int64 {
        let queue = try indexQueue(store)
        defer { try? queue.close() }
        return try queue.write { db in
            try db.execute(sql: "INSERT INTO search (search) VALUES ('integrity-check')")
            try db.execute(sql: "INSERT INTO title_search (title_search) VALUES ('integrity-check')")
            return try IndexSchema.searchFilledThrough(db)
        }
    }

    @Test("the first search after a first build finds every article, and the index is then complete")
    func firstSearchAfterBuild() throws {
        let library = try makeLibrary(), store = try TemporaryStore()
        let catalog = try store.open(library)
        #expect(catalog.summaries.count == 3)
        #expect(try catalog.search("正文").count == 3)
        #expect(try catalog.search("储能").map(\.title) == ["电网调度"])
        #expect(catalog.isSearchReady)
        #expect(try checkSearchTables(store) == IndexSchema.searchComplete)
    }

    @Test("while the search index cannot be filled, the list is there and a search waits for the fill")
    func searchWaitsForTheFill() throws {
        let library = try makeLibrary(), store = try TemporaryStore()
        try store.open(library).waitUntilSearchReady()
        try rewindSearch(store, library, through: 0)
        // Another connection holds the write lock, so the background fill cannot start its chunk.
        let other = try indexQueue(store)
        let release = holdWriteLock(on: other)
        let catalog = try store.open(library)
        #expect(catalog.summaries.map(\.title) == ["电网调度", "液冷改造", "数据中心"])
        #expect(!catalog.isSearchReady)
        release()
        #expect(try catalog.search("冷却塔").map(\.title) == ["数据中心"])
        #expect(catalog.isSearchReady)
        try other.close()
    }

    @Test("while the search index is filled, a search that does not wait finds what is searchable and says how much of the library that is")
    func searchNowWhileFilling() throws {
        let library = try makeLibrary(), store = try TemporaryStore()
        try store.open(library).waitUntilSearchReady()
        let middle = try rowID(of: "b.md", store)
        try rewindSearch(store, library, through: middle)
        // The fill cannot write while another connection holds the lock: it stays part way.
        let other = try indexQueue(store)
        let release = holdWriteLock(on: other)
        let catalog = try store.open(library)
        let partial = try catalog.searchNow("篇正文", options: SearchOptions())
        #expect(partial.hits.count == Int(middle))
        #expect(partial.coverage == min(99, Int(middle) * 100 / 3))
        // The fill says where it stands before its first chunk.
        #expect(eventually { catalog.backgroundProgress != nil })
        #expect(catalog.backgroundProgress?.phase == .search)
        #expect(catalog.backgroundProgress?.line == "搜索索引 0 / \(3 - middle)")
        release()
        try catalog.waitUntilSearchReady()
        let whole = try catalog.searchNow("篇正文", options: SearchOptions())
        #expect(whole.hits.count == 3)
        #expect(whole.coverage == nil)
        #expect(eventually { catalog.backgroundProgress == nil })
        try other.close()
    }

    @Test("`search` without the catalog hears how much of an unfinished search index is filled, and leaves it to the catalog")
    func leanSearchNotesAnUnfinishedIndex() throws {
        let library = try makeLibrary(), store = try TemporaryStore()
        try store.open(library).waitUntilSearchReady()
        var heard: [Int] = []
        #expect(try LibrarySearch.run("篇正文", options: SearchOptions(), root: library.root, locations: store.locations) {
            heard.append($0)
        }?.count == 3)
        #expect(heard.isEmpty)
        let middle = try rowID(of: "b.md", store)
        try rewindSearch(store, library, through: middle)
        #expect(try LibrarySearch.run("篇正文", options: SearchOptions(), root: library.root, locations: store.locations) {
            heard.append($0)
        } == nil)
        #expect(heard == [min(99, Int(middle) * 100 / 3)])
    }

    @Test("a fill interrupted part way is completed by the next open, every article found once")
    func interruptedFillIsCompleted() throws {
        let library = try makeLibrary(), store = try TemporaryStore()
        try store.open(library).waitUntilSearchReady()
        try rewindSearch(store, library, through: try rowID(of: "b.md", store))
        let catalog = try store.open(library)
        #expect(catalog.indexStatus.sync.parsed.isEmpty)
        #expect(try catalog.search("篇正文").count == 3)
        for title in ["数据中心", "液冷改造", "电网调度"] {
            #expect(try catalog.search(title).map(\.title) == [title])
        }
        #expect(try checkSearchTables(store) == IndexSchema.searchComplete)
    }

    @Test("files changed or deleted while the search index is half filled are searched by their new text only")
    func changesDuringAPendingFill() throws {
        let library = try makeLibrary(), store = try TemporaryStore()
        try store.open(library).waitUntilSearchReady()
        let middle = try rowID(of: "b.md", store)
        try rewindSearch(store, library, through: middle)
        // One file the search tables already hold, one they do not yet, one removed, one added.
        let filled = try rowID(of: "a.md", store) <= middle ? "a.md" : "c.md"
        let unfilled = filled == "a.md" ? "c.md" : "a.md"
        try library.write(filled, sampleArticle(title: "改写甲", date: "2025-06-04T08:00:00+08:00", body: "新的正文说风电。"))
        try library.touch(filled, secondsAgo: 5)
        try library.write(unfilled, sampleArticle(title: "改写乙", date: "2025-06-05T08:00:00+08:00", body: "新的正文说光伏。"))
        try library.touch(unfilled, secondsAgo: 5)
        try FileManager.default.removeItem(at: library.root.appendingPathComponent("b.md"))
        try library.write("d.md", sampleArticle(title: "新增一篇", date: "2025-06-06T08:00:00+08:00", body: "新的正文说氢能。"))
        let catalog = try store.open(library)
        #expect(Set(catalog.indexStatus.sync.parsed) == [filled, unfilled, "d.md"])
        #expect(try catalog.search("篇正文").isEmpty)
        #expect(Set(try catalog.search("新的正文").map(\.title)) == ["改写甲", "改写乙", "新增一篇"])
        #expect(try catalog.search("液冷").isEmpty)
        #expect(try checkSearchTables(store) == IndexSchema.searchComplete)
    }

    @Test("reindex returns with the search index complete")
    func reindexIsComplete() throws {
        let library = try makeLibrary(), store = try TemporaryStore()
        let catalog = try store.open(library, rebuild: true)
        #expect(catalog.isSearchReady)
        #expect(try checkSearchTables(store) == IndexSchema.searchComplete)
    }
}
