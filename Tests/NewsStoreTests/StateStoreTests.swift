import Foundation
import GRDB
import NewsCore
import Testing
@testable import NewsStore

@Suite("Reading state: read marks, stars and positions")
struct StateStoreTests {
    let first = ArticleID("2025/06/first")
    let second = ArticleID("2025/07/第二篇")

    @Test("a new store has no read marks, stars or positions")
    func startsEmpty() throws {
        let store = try StateStore.inMemory(library: "/library")
        #expect(try store.load() == CatalogState())
    }

    @Test("read marks, stars and positions come back as they were saved, and can be undone")
    func roundTrip() throws {
        let store = try StateStore.inMemory(library: "/library")
        try store.setRead(true, for: first)
        try store.setRead(true, for: second)
        try store.setStarred(true, for: second)
        try store.savePosition(ReadingPosition(block: 3, offset: 40), for: first)
        try store.savePosition(ReadingPosition(block: 7, offset: 2), for: first)

        var expected = CatalogState()
        expected.read = [first, second]
        expected.starred = [second]
        expected.positions = [first: ReadingPosition(block: 7, offset: 2)]
        #expect(try store.load() == expected)

        try store.setRead(false, for: first)
        try store.setStarred(false, for: second)
        try store.setStarred(false, for: first)
        expected.read = [second]
        expected.starred = []
        #expect(try store.load() == expected)
    }

    @Test("marking twice is the same as marking once")
    func marksAreIdempotent() throws {
        let store = try StateStore.inMemory(library: "/library")
        try store.setRead(true, for: first)
        try store.setRead(true, for: first)
        try store.setStarred(true, for: first)
        try store.setStarred(true, for: first)
        let state = try store.load()
        #expect(state.read == [first])
        #expect(state.starred == [first])
    }

    @Test("state is on disk: a store opened later, as after a restart, finds it")
    func survivesReopening() throws {
        let folder = try StateTestFolder()
        do {
            let store = try folder.openQuietly()
            try store.setRead(true, for: first)
            try store.setStarred(true, for: first)
            try store.savePosition(ReadingPosition(block: 12, offset: 5), for: second)
        }
        let reopened = try folder.openQuietly()
        let state = try reopened.load()
        #expect(state.read == [first])
        #expect(state.starred == [first])
        #expect(state.positions == [second: ReadingPosition(block: 12, offset: 5)])
        #expect(reopened.fileURL == folder.databaseURL)
    }

    @Test("two libraries share the file without mixing their state")
    func librariesAreSeparate() throws {
        let folder = try StateTestFolder()
        let news = try folder.openQuietly(library: "/home/me/news")
        let papers = try folder.openQuietly(library: "/home/me/papers")
        try news.setRead(true, for: first)
        try papers.setStarred(true, for: first)
        try papers.savePosition(ReadingPosition(block: 1, offset: 1), for: first)

        #expect(try news.load().read == [first])
        #expect(try news.load().starred.isEmpty)
        #expect(try news.load().positions.isEmpty)
        #expect(try papers.load().read.isEmpty)
        #expect(try papers.load().starred == [first])
    }

    @Test("the data folder is created when missing, and holds state.sqlite in WAL mode")
    func createsFolderAndUsesWAL() throws {
        let folder = try StateTestFolder()
        let nested = folder.directory.appendingPathComponent("deeper/newsreader")
        let (store, notice) = try StateStore.open(directory: nested, library: "/library")
        try store.setRead(true, for: first)
        #expect(notice == nil)
        #expect(store.fileURL?.lastPathComponent == "state.sqlite")
        #expect(FileManager.default.fileExists(atPath: nested.appendingPathComponent("state.sqlite").path))
        let mode = try DatabaseQueue(path: nested.appendingPathComponent("state.sqlite").path)
            .read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }

    @Test("opened from the XDG locations, the state lives in the data folder under the library's key")
    func opensFromLocations() throws {
        let folder = try StateTestFolder()
        let locations = StoreLocations(
            cacheDirectory: folder.directory.appendingPathComponent("cache"), dataDirectory: folder.directory)
        let root = folder.directory.appendingPathComponent("library")
        let (store, notice) = try StateStore.open(locations: locations, libraryRoot: root)
        try store.setRead(true, for: first)

        #expect(notice == nil)
        #expect(store.fileURL == folder.databaseURL)
        #expect(store.library == StateStore.libraryKey(for: root))
        #expect(try folder.openQuietly(library: StateStore.libraryKey(for: root)).load().read == [first])
    }

    @Test("each change records when it was made")
    func recordsTimestamps() throws {
        let folder = try StateTestFolder()
        let store = try folder.openQuietly(clock: fixedClock)
        try store.setRead(true, for: first)
        try store.setStarred(true, for: first)
        try store.savePosition(ReadingPosition(block: 0, offset: 9), for: first)
        let times = try folder.rawConnection().read { db in
            [
                try Date.fetchOne(db, sql: "SELECT read_at FROM read_mark"),
                try Date.fetchOne(db, sql: "SELECT starred_at FROM star"),
                try Date.fetchOne(db, sql: "SELECT saved_at FROM reading_position"),
            ]
        }
        #expect(times == [fixedClock(), fixedClock(), fixedClock()])
    }

    @Test("the library key names the folder, whatever path leads to it")
    func libraryKeyResolvesLinks() throws {
        let folder = try StateTestFolder()
        let real = folder.directory.appendingPathComponent("library")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        let link = folder.directory.appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)

        #expect(StateStore.libraryKey(for: link) == StateStore.libraryKey(for: real))
        #expect(StateStore.libraryKey(for: real.appendingPathComponent("sub/..")) == StateStore.libraryKey(for: real))
    }
}
