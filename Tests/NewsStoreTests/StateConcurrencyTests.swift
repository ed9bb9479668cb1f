import Foundation
import GRDB
import NewsCore
import Testing
@testable import NewsStore

/// Errors thrown on other threads, gathered for the test to report.
private final class ErrorLog: @unchecked Sendable {
    // @unchecked: every access goes through `lock`.
    private let lock = NSLock()
    private var errors: [String] = []

    func record(_ error: any Error) {
        lock.lock()
        errors.append("\(error)")
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return errors
    }
}

@Suite("Reading state: several newsreader processes at once")
struct StateConcurrencyTests {
    @Test("two connections writing from two threads at once lose no write and corrupt nothing")
    func concurrentWritersLoseNothing() throws {
        let folder = try StateTestFolder()
        let stores = [try folder.openQuietly(), try folder.openQuietly()]
        let errors = ErrorLog()
        let writesEach = 100

        DispatchQueue.concurrentPerform(iterations: stores.count) { writer in
            do {
                for index in 0..<writesEach {
                    let id = ArticleID("writer-\(writer)/\(index)")
                    try stores[writer].setRead(true, for: id)
                    try stores[writer].savePosition(ReadingPosition(block: index, offset: writer), for: id)
                    if index % 10 == 0 { try stores[writer].setStarred(true, for: id) }
                }
            } catch {
                errors.record(error)
            }
        }

        #expect(errors.all.isEmpty)
        let state = try folder.openQuietly().load()
        #expect(state.read.count == writesEach * stores.count)
        #expect(state.positions.count == writesEach * stores.count)
        #expect(state.starred.count == writesEach / 10 * stores.count)
        #expect(state.positions[ArticleID("writer-1/99")] == ReadingPosition(block: 99, offset: 1))
        #expect(try folder.rawConnection().read { try String.fetchAll($0, sql: "PRAGMA integrity_check") } == ["ok"])
    }

    @Test("a write waits for another process's open transaction instead of failing")
    func writeWaitsForLock() throws {
        let folder = try StateTestFolder()
        let store = try folder.openQuietly()
        let other = try folder.rawConnection()
        let errors = ErrorLog()
        let finished = DispatchSemaphore(value: 0)

        try other.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            try db.execute(sql: "INSERT INTO star (library, article, starred_at) VALUES ('/library', 'theirs', '2026-01-01')")
            DispatchQueue.global().async {
                do { try store.setRead(true, for: ArticleID("mine")) } catch { errors.record(error) }
                finished.signal()
            }
            // Hold the lock a moment so the write above has to wait for it.
            Thread.sleep(forTimeInterval: 0.2)
            try db.execute(sql: "COMMIT")
        }
        finished.wait()

        #expect(errors.all.isEmpty)
        let state = try store.load()
        #expect(state.read == [ArticleID("mine")])
        #expect(state.starred == [ArticleID("theirs")])
    }

    @Test("several processes opening a new database at once all migrate it without error")
    func concurrentFirstOpens() throws {
        // The race (both see v1 pending, the second fails "table already exists") needs the
        // openers to meet at the right instant; 30 fresh databases make that near certain.
        for _ in 0..<30 {
            let folder = try StateTestFolder()
            let errors = ErrorLog()
            DispatchQueue.concurrentPerform(iterations: 4) { index in
                do {
                    let store = try folder.openQuietly()
                    try store.setRead(true, for: ArticleID("opener-\(index)"))
                } catch {
                    errors.record(error)
                }
            }
            #expect(errors.all.isEmpty)
            #expect(try folder.openQuietly().load().read.count == 4)
        }
    }

    @Test("another process (the sqlite3 shell) writing at the same time loses nothing and corrupts nothing",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3"), "needs the sqlite3 shell"))
    func secondProcessWritesAlongside() throws {
        let folder = try StateTestFolder()
        let store = try folder.openQuietly()
        let writesEach = 300

        var script = ".bail on\n.timeout 10000\n"
        for index in 0..<writesEach {
            script += "BEGIN IMMEDIATE; INSERT INTO read_mark (library, article) VALUES ('/library', 'shell-\(index)'); COMMIT;\n"
        }
        let scriptURL = folder.directory.appendingPathComponent("script.sql")
        try Data(script.utf8).write(to: scriptURL)
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        shell.arguments = [folder.databaseURL.path]
        shell.standardInput = try FileHandle(forReadingFrom: scriptURL)
        try shell.run()

        for index in 0..<writesEach {
            try store.setRead(true, for: ArticleID("store-\(index)"))
        }
        shell.waitUntilExit()

        #expect(shell.terminationStatus == 0)
        let read = try store.load().read
        #expect(read.count == 2 * writesEach)
        #expect(read.contains(ArticleID("shell-\(writesEach - 1)")))
        #expect(try folder.rawConnection().read { try String.fetchAll($0, sql: "PRAGMA integrity_check") } == ["ok"])
    }
}
