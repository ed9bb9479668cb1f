import Foundation
import GRDB
import NewsCore
import Testing
@testable import NewsStore

/// A database as an older newsreader left it: the rows it wrote, in that version's schema, and
/// the state the current version must read from them.
struct PastStateFixture: Sendable, CustomTestStringConvertible {
    let version: String
    let statements: [String]
    let expected: CatalogState

    var testDescription: String { version }

    /// One fixture per past schema version (every version but the current one).
    static let all: [PastStateFixture] = [
        PastStateFixture(
            version: "v1-read-marks-and-positions",
            statements: [
                "INSERT INTO read_mark (library, article) VALUES ('/news', '2025/06/旧文'), ('/news', 'a/b'), ('/other', 'x')",
                "INSERT INTO reading_position (library, article, block, block_offset) VALUES ('/news', 'a/b', 4, 17), ('/other', 'x', 1, 1)",
            ],
            expected: state(read: ["2025/06/旧文", "a/b"], starred: [], positions: ["a/b": (4, 17)])),
    ]

    static func state(read: [String], starred: [String], positions: [String: (Int, Int)]) -> CatalogState {
        var state = CatalogState()
        state.read = Set(read.map(ArticleID.init))
        state.starred = Set(starred.map(ArticleID.init))
        for (id, position) in positions {
            state.positions[ArticleID(id)] = ReadingPosition(block: position.0, offset: position.1)
        }
        return state
    }
}

@Suite("Reading state: migrations from every past schema")
struct StateMigrationTests {
    @Test("every past schema version has a fixture, so none goes untested")
    func everyPastVersionHasAFixture() {
        #expect(PastStateFixture.all.map(\.version) == Array(StateSchema.identifiers.dropLast()))
    }

    @Test("a database left by a past version is migrated and keeps its data", arguments: PastStateFixture.all)
    func migratesPastVersion(_ fixture: PastStateFixture) throws {
        let folder = try StateTestFolder()
        do {
            let old = try folder.rawConnection()
            try StateSchema.migrate(old, upTo: fixture.version)
            try old.write { db in
                for statement in fixture.statements { try db.execute(sql: statement) }
            }
            try old.close()
        }

        let store = try folder.openQuietly(library: "/news", clock: fixedClock)

        #expect(try store.load() == fixture.expected)
        let applied = try folder.rawConnection().read { try StateSchema.migrator.appliedMigrations($0) }
        #expect(applied == StateSchema.identifiers)
        // Still writable in the new schema, and the old rows sit beside the new ones.
        try store.setStarred(true, for: ArticleID("a/b"))
        try store.setRead(true, for: ArticleID("new"))
        let state = try store.load()
        #expect(state.starred.contains(ArticleID("a/b")))
        #expect(state.read == fixture.expected.read.union([ArticleID("new")]))
    }

    @Test("marks saved before timestamps were kept have no time, new ones have theirs")
    func oldRowsHaveNoInventedTimestamps() throws {
        let folder = try StateTestFolder()
        do {
            let old = try folder.rawConnection()
            try StateSchema.migrate(old, upTo: "v1-read-marks-and-positions")
            try old.write { try $0.execute(sql: "INSERT INTO read_mark (library, article) VALUES ('/news', 'old')") }
            try old.close()
        }
        let store = try folder.openQuietly(library: "/news", clock: fixedClock)
        try store.setRead(true, for: ArticleID("new"))

        let times = try folder.rawConnection().read { db in
            try Row.fetchAll(db, sql: "SELECT article, read_at FROM read_mark ORDER BY article")
                .map { ($0["article"] as String, $0["read_at"] as Date?) }
        }
        #expect(times.map(\.0) == ["new", "old"])
        #expect(times.map(\.1) == [fixedClock(), nil])
    }

    @Test("opening a current database again changes nothing")
    func currentDatabaseIsLeftAlone() throws {
        let folder = try StateTestFolder()
        try folder.openQuietly(library: "/news").setRead(true, for: ArticleID("a"))
        let store = try folder.openQuietly(library: "/news")
        #expect(try store.load().read == [ArticleID("a")])
        let applied = try folder.rawConnection().read { try StateSchema.migrator.appliedMigrations($0) }
        #expect(applied == StateSchema.identifiers)
    }

    @Test("a database from a newer newsreader, with a migration this one does not know, still opens")
    func newerDatabaseOpens() throws {
        let folder = try StateTestFolder()
        do {
            let newer = try folder.rawConnection()
            try StateSchema.migrate(newer)
            try newer.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
                try db.execute(sql: "INSERT INTO star (library, article, starred_at) VALUES ('/news', 'kept', '2026-01-01 00:00:00.000')")
            }
            try newer.close()
        }
        let store = try folder.openQuietly(library: "/news")
        #expect(try store.load().starred == [ArticleID("kept")])
    }
}
