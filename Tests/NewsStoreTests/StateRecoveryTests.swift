import Foundation
import GRDB
import NewsCore
import Testing
@testable import NewsStore

/// Ways a state database file gets damaged, each applied to a file that held real state.
enum Damage: String, CaseIterable, Sendable {
    case notADatabase = "a text file in its place"
    case garbageHeader = "its header overwritten"
    case truncatedMidway = "cut off halfway"
    case truncatedToAFewBytes = "cut to a few bytes"
    case overwrittenPages = "pages past the first overwritten"
    /// SQLite opens and reads this one without error; only the integrity check at open sees it.
    case wrongFreePageCount = "its count of free pages wrong"

    /// The damaged bytes made from a healthy database's `bytes`.
    func apply(to bytes: Data) -> Data {
        switch self {
        case .notADatabase:
            return Data("these are my notes, not a database\n".utf8)
        case .garbageHeader:
            return Data(repeating: 0xA5, count: 100) + bytes.dropFirst(100)
        case .truncatedMidway:
            return bytes.prefix(bytes.count / 2)
        case .truncatedToAFewBytes:
            return bytes.prefix(20)
        case .overwrittenPages:
            let pageSize = 4096
            return bytes.prefix(pageSize) + Data(repeating: 0x5A, count: bytes.count - pageSize)
        case .wrongFreePageCount:
            // Header offset 36: the number of pages on the free list, big-endian (SQLite's
            // "Database File Format", section 1.3).
            var damaged = bytes
            damaged.replaceSubrange(36..<40, with: [0, 0, 0, 5])
            return damaged
        }
    }
}

@Suite("Reading state: a damaged or unusable database")
struct StateRecoveryTests {
    /// A healthy database with several pages of state, checkpointed into the main file.
    private func healthyDatabase(in folder: StateTestFolder) throws -> Data {
        try folder.openQuietly().setStarred(true, for: ArticleID("2025/06/starred"))
        let raw = try folder.rawConnection()
        try raw.write { db in
            for index in 0..<400 {
                try db.execute(sql: "INSERT INTO read_mark (library, article) VALUES ('/library', ?)",
                               arguments: ["2025/06/article-\(index)-有一个比较长的名字"])
            }
        }
        _ = try raw.writeWithoutTransaction { try $0.checkpoint(.truncate) }
        try raw.close()
        return try Data(contentsOf: folder.databaseURL)
    }

    @Test("a damaged file is moved aside with its bytes intact, the user is told where, and a fresh store starts",
          arguments: Damage.allCases)
    func damagedFileIsMovedAside(_ damage: Damage) throws {
        let folder = try StateTestFolder()
        let damaged = damage.apply(to: try healthyDatabase(in: folder))
        try damaged.write(to: folder.databaseURL)

        let (store, notice) = try StateStore.open(directory: folder.directory, library: "/library", clock: fixedClock)

        let movedName = "state.sqlite.corrupt-20260304-050607"
        let movedURL = folder.directory.appendingPathComponent(movedName)
        #expect(try Data(contentsOf: movedURL) == damaged)
        let text = try #require(notice)
        #expect(text.contains(movedURL.path))
        #expect(text.contains("damaged"))
        if damage == .wrongFreePageCount {
            // Found by the read-only integrity check before anything wrote to the file.
            #expect(text.contains("freelist"))
        }
        #expect(store.fileURL == folder.databaseURL)
        #expect(try store.load() == CatalogState())
        try store.setStarred(true, for: ArticleID("after"))
        #expect(try folder.openQuietly().load().starred == [ArticleID("after")])
    }

    @Test("the -wal and -shm files go along with a damaged database, the -wal's bytes intact")
    func companionsMoveToo() throws {
        let folder = try StateTestFolder()
        try Data("garbage".utf8).write(to: folder.databaseURL)
        try Data("wal bytes".utf8).write(to: URL(fileURLWithPath: folder.databaseURL.path + "-wal"))
        try Data("shm bytes".utf8).write(to: URL(fileURLWithPath: folder.databaseURL.path + "-shm"))

        let (store, notice) = try StateStore.open(directory: folder.directory, library: "/library", clock: fixedClock)
        try store.setRead(true, for: ArticleID("a"))

        #expect(notice != nil)
        let moved = folder.directory.appendingPathComponent("state.sqlite.corrupt-20260304-050607").path
        #expect(try Data(contentsOf: URL(fileURLWithPath: moved + "-wal")) == Data("wal bytes".utf8))
        // The -shm is SQLite's index of the -wal, rebuilt by whoever opens it: it moves along but
        // its bytes are not data.
        #expect(FileManager.default.fileExists(atPath: moved + "-shm"))
        #expect(try folder.openQuietly().load().read == [ArticleID("a")])
    }

    @Test("a second damaged file in the same second gets its own name; the first is never overwritten")
    func repeatedDamageKeepsEveryFile() throws {
        let folder = try StateTestFolder()
        try Data("first".utf8).write(to: folder.databaseURL)
        _ = try StateStore.open(directory: folder.directory, library: "/library", clock: fixedClock)
        try Data("second".utf8).write(to: folder.databaseURL)
        let (_, notice) = try StateStore.open(directory: folder.directory, library: "/library", clock: fixedClock)

        let base = folder.directory.appendingPathComponent("state.sqlite.corrupt-20260304-050607").path
        #expect(try Data(contentsOf: URL(fileURLWithPath: base)) == Data("first".utf8))
        #expect(try Data(contentsOf: URL(fileURLWithPath: base + "-2")) == Data("second".utf8))
        #expect(notice?.contains(base + "-2") == true)
    }

    @Test("an empty file is a valid new database, not damage: nothing is moved")
    func emptyFileIsNotDamage() throws {
        let folder = try StateTestFolder()
        try Data().write(to: folder.databaseURL)
        let store = try folder.openQuietly()
        try store.setRead(true, for: ArticleID("a"))
        #expect(try folder.fileNames().allSatisfy { !$0.contains("corrupt") })
    }

    @Test("a data folder that cannot be created gives a working store in memory and a notice that nothing is kept")
    func unwritableFolderFallsBackToMemory() throws {
        let folder = try StateTestFolder()
        // A regular file where a folder should be: no one, not even root, can create folders in it.
        let blocker = folder.directory.appendingPathComponent("blocker")
        try Data("file".utf8).write(to: blocker)
        let directory = blocker.appendingPathComponent("newsreader")

        let (store, notice) = try StateStore.open(directory: directory, library: "/library")

        #expect(store.fileURL == nil)
        let text = try #require(notice)
        #expect(text.contains(directory.path))
        #expect(text.contains("forgotten"))
        try store.setRead(true, for: ArticleID("a"))
        try store.savePosition(ReadingPosition(block: 1, offset: 2), for: ArticleID("a"))
        #expect(try store.load().read == [ArticleID("a")])
        #expect(try Data(contentsOf: blocker) == Data("file".utf8))
    }

    @Test("a folder where the database file should be is left alone; the state lives in memory with a notice")
    func folderInPlaceOfDatabaseIsLeftAlone() throws {
        let folder = try StateTestFolder()
        try FileManager.default.createDirectory(at: folder.databaseURL, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: folder.databaseURL.appendingPathComponent("inside"))

        let (store, notice) = try StateStore.open(directory: folder.directory, library: "/library")

        #expect(store.fileURL == nil)
        #expect(notice?.contains(folder.databaseURL.path) == true)
        #expect(try Data(contentsOf: folder.databaseURL.appendingPathComponent("inside")) == Data("keep".utf8))
        #expect(try folder.fileNames() == ["state.sqlite"])
        try store.setStarred(true, for: ArticleID("a"))
        #expect(try store.load().starred == [ArticleID("a")])
    }
}
