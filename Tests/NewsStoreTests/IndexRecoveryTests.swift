import Foundation
import GRDB
import NewsCore
import Testing
@testable import NewsStore

@Suite("A missing, stale, corrupt or locked index never stops the library from opening")
struct IndexRecoveryTests {
    private func makeLibrary() throws -> TemporaryLibrary {
        let library = try TemporaryLibrary()
        try library.write("a.md", sampleArticle(title: "数据中心", date: "2025-06-01T08:00:00+08:00"))
        try library.write("b.md", sampleArticle(title: "液冷改造", date: "2025-06-02T08:00:00+08:00"))
        return library
    }

    private func indexPath(_ store: TemporaryStore) throws -> String {
        try #require(store.cacheFiles().first { $0.hasSuffix(".sqlite") }.map { store.locations.cacheDirectory.path + "/" + $0 })
    }

    @Test("a deleted index is built again with every file parsed")
    func missingIndex() throws {
        let library = try makeLibrary(), store = try TemporaryStore()
        _ = try store.open(library)
        try FileManager.default.removeItem(atPath: try indexPath(store))
        let catalog = try store.open(library)
        #expect(catalog.indexStatus.sync.parsed.count == 2)
        #expect(catalog.indexStatus.notes.contains { $0.contains("no index yet") })
        #expect(catalog.summaries.count == 2)
    }

    @Test("an index of another schema version is rebuilt")
    func staleIndex() throws {
        let library = try makeLibrary(), store = try TemporaryStore()
        // The first build fills its search tables in the background: let it finish, or its
        // writes lock the file this test changes behind its back.
        try store.open(library).waitUntilSearchReady()
        let queue = try DatabaseQueue(path: try indexPath(store))
        try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA user_version = 0") }
        try queue.close()
        let catalog = try store.open(library)
        #expect(catalog.indexStatus.notes.contains { $0.contains("stale") })
        #expect(catalog.indexStatus.sync.parsed.count == 2)
        #expect(catalog.indexStatus.path != nil)
        #expect(try catalog.search("液冷").map(\.title) == ["液冷改造"])
    }

    @Test("a corrupt index is moved aside, not deleted, and a new one is built")
    func corruptIndex() throws {
        let library = try makeLibrary(), store = try TemporaryStore()
        _ = try store.open(library)
        let path = try indexPath(store)
        try Data(repeating: 0x5A, count: 8192).write(to: URL(fileURLWithPath: path))
        let catalog = try store.open(library)
        #expect(catalog.indexStatus.notes.contains { $0.contains("corrupt") })
        #expect(store.cacheFiles().contains { $0.contains(".corrupt-") })
        #expect(catalog.summaries.map(\.title) == ["液冷改造", "数据中心"])
        #expect(try store.open(library).indexStatus.sync.parsed.isEmpty)
    }

    @Test("an index another process holds locked gives an index in memory that still sees changes")
    func lockedIndex() throws {
        let library = try makeLibrary(), store = try TemporaryStore()
        // The first build fills its search tables in the background, holding the write lock a
        // chunk at a time: let it finish, or the lock below is taken from it (CI caught the race).
        try store.open(library).waitUntilSearchReady()
        // Another connection holds the write lock (an uncommitted write) until the test ends.
        let other = try DatabaseQueue(path: try indexPath(store), configuration: IndexFile.configuration(busyTimeout: 5, wal: true))
        let release = holdWriteLock(on: other)
        defer { release() }
        try library.write("c.md", sampleArticle(title: "新增文章", date: "2025-06-03T08:00:00+08:00"))
        let catalog = try store.open(library)
        #expect(catalog.indexStatus.path == nil)
        #expect(catalog.summaries.first?.title == "新增文章")
        #expect(try catalog.search("新增").count == 1)
    }

    @Test("a cache folder that cannot be written gives an index in memory; the library is never written")
    func unwritableCache() throws {
        let library = try makeLibrary(), store = try TemporaryStore()
        let blocker = store.root.appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: blocker)
        store.locations.cacheDirectory = blocker.appendingPathComponent("newsreader")
        let before = try library.snapshot()
        let catalog = try store.open(library)
        #expect(catalog.indexStatus.path == nil)
        #expect(catalog.indexStatus.notes.contains { $0.contains("cannot be written") })
        #expect(catalog.summaries.count == 2)
        #expect(try catalog.search("数据").map(\.title) == ["数据中心"])
        #expect(try library.snapshot() == before)
    }

    @Test("rebuilding drops the old index and parses every file again")
    func rebuild() throws {
        let library = try makeLibrary(), store = try TemporaryStore()
        _ = try store.open(library)
        let catalog = try store.open(library, rebuild: true)
        #expect(catalog.indexStatus.sync.parsed.count == 2)
        #expect(store.cacheFiles().filter { $0.hasSuffix(".sqlite") }.count == 1)
        #expect(!store.cacheFiles().contains { $0.contains(".building-") })
    }

    @Test("a side file left by a killed build is removed by the next build; a running build's is kept")
    func abandonedSideFiles() throws {
        let library = try makeLibrary(), store = try TemporaryStore()
        _ = try store.open(library)
        let index = try indexPath(store)
        // No process has this id (above Linux's pid_max); pid 1 always runs.
        let abandoned = index + ".building-99999999", running = index + ".building-1"
        for path in [abandoned, abandoned + "-journal", running] {
            #expect(FileManager.default.createFile(atPath: path, contents: Data(repeating: 7, count: 4096)))
        }
        _ = try store.open(library, rebuild: true)
        #expect(!FileManager.default.fileExists(atPath: abandoned))
        #expect(!FileManager.default.fileExists(atPath: abandoned + "-journal"))
        #expect(FileManager.default.fileExists(atPath: running))
    }

    @Test("two libraries keep two indexes in one cache folder")
    func oneIndexPerLibrary() throws {
        let first = try makeLibrary(), second = try TemporaryLibrary(), store = try TemporaryStore()
        try second.write("z.md", sampleArticle(title: "另一个库", date: "2025-01-01"))
        #expect(try store.open(first).summaries.count == 2)
        #expect(try store.open(second).summaries.map(\.title) == ["另一个库"])
        #expect(store.cacheFiles().filter { $0.hasSuffix(".sqlite") }.count == 2)
        #expect(try store.open(first).indexStatus.sync.parsed.isEmpty)
    }
}
