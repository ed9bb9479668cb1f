import Foundation
import GRDB
import NewsCore

/// The user's reading state for one library: read marks, stars (bookmarks) and reading positions,
/// kept in `state.sqlite` under `$XDG_DATA_HOME/newsreader/`.
///
/// This is the user's data (DESIGN.md, "Two stores, two promises"): WAL mode, migrations from
/// every past schema, a damaged file moved aside and never deleted, and a notice whenever the
/// state cannot be kept. Rows are keyed by (library key, article id), so they survive
/// re-indexing and several libraries share one file without mixing.
///
/// Each write is its own immediate transaction: it takes the write lock at `BEGIN`, so a second
/// newsreader process writing at the same moment waits (busy timeout) instead of failing halfway.
public final class StateStore: Sendable {
    /// The database file's name inside the data folder.
    public static let fileName = "state.sqlite"

    /// The library whose rows this store reads and writes.
    public let library: String
    /// The database file, or nil when the state lives in memory (tests, or a folder that cannot
    /// be written: then nothing outlives the process).
    public let fileURL: URL?

    private let writer: DatabaseQueue
    private let clock: @Sendable () -> Date

    private init(writer: DatabaseQueue, fileURL: URL?, library: String, clock: @escaping @Sendable () -> Date) {
        self.writer = writer
        self.fileURL = fileURL
        self.library = library
        self.clock = clock
    }

    // MARK: - Opening

    /// Opens (creating when missing) `directory/state.sqlite` for `library`.
    ///
    /// Never fails because of the file: a damaged database is moved aside as
    /// `state.sqlite.corrupt-YYYYMMDD-HHMMSS` (UTC) and a fresh one starts; a folder that cannot
    /// be written gives a store in memory. Either way `notice` tells the user what happened and
    /// where their old state went; it is nil when all went well.
    ///
    /// - Parameters:
    ///   - directory: the data folder, normally ``StoreLocations/dataDirectory``.
    ///   - library: the library key, normally ``libraryKey(for:)`` of the library's root.
    ///   - clock: the time written beside each change and used to name a damaged file.
    /// - Throws: only when not even an in-memory database can be created.
    public static func open(
        directory: URL, library: String, clock: @escaping @Sendable () -> Date = { Date() }
    ) throws -> (store: StateStore, notice: String?) {
        let opened = try StateDatabaseOpener(directory: directory, now: clock()).open()
        let store = StateStore(writer: opened.writer, fileURL: opened.fileURL, library: library, clock: clock)
        return (store, opened.notice)
    }

    /// Opens the state of the library rooted at `libraryRoot` in `locations.dataDirectory`: the
    /// call ``LibraryCatalog`` makes. See ``open(directory:library:clock:)``.
    public static func open(
        locations: StoreLocations, libraryRoot: URL, clock: @escaping @Sendable () -> Date = { Date() }
    ) throws -> (store: StateStore, notice: String?) {
        try open(directory: locations.dataDirectory, library: libraryKey(for: libraryRoot), clock: clock)
    }

    /// A store in memory at the current schema, for tests and previews; nothing is written to disk.
    public static func inMemory(library: String, clock: @escaping @Sendable () -> Date = { Date() }) throws -> StateStore {
        StateStore(writer: try StateDatabaseOpener.inMemoryDatabase(), fileURL: nil, library: library, clock: clock)
    }

    /// The key that names the library rooted at `root`: its absolute path with symbolic links
    /// resolved, so two spellings of one folder share their state.
    public static func libraryKey(for root: URL) -> String {
        root.standardizedFileURL.resolvingSymlinksInPath().path
    }

    // MARK: - Reading

    /// Everything stored for this library: read ids, starred ids and reading positions.
    ///
    /// Read in one transaction, so the three parts agree even while another process writes.
    public func load() throws -> CatalogState {
        try writer.read { db in
            var state = CatalogState()
            let arguments: StatementArguments = [library]
            state.read = Set(try String.fetchAll(db, sql: "SELECT article FROM read_mark WHERE library = ?", arguments: arguments).map(ArticleID.init))
            state.starred = Set(try String.fetchAll(db, sql: "SELECT article FROM star WHERE library = ?", arguments: arguments).map(ArticleID.init))
            let rows = try Row.fetchCursor(db, sql: "SELECT article, block, block_offset FROM reading_position WHERE library = ?", arguments: arguments)
            while let row = try rows.next() {
                state.positions[ArticleID(row["article"])] = ReadingPosition(block: row["block"], offset: row["block_offset"])
            }
            return state
        }
    }

    // MARK: - Writing

    /// Marks `id` read (recording when) or unread.
    public func setRead(_ read: Bool, for id: ArticleID) throws {
        if read {
            try write("""
                INSERT INTO read_mark (library, article, read_at) VALUES (?, ?, ?)
                ON CONFLICT (library, article) DO UPDATE SET read_at = excluded.read_at
                """, [library, id.rawValue, clock()])
        } else {
            try write("DELETE FROM read_mark WHERE library = ? AND article = ?", [library, id.rawValue])
        }
    }

    /// Stars `id` (recording when) or removes its star.
    public func setStarred(_ starred: Bool, for id: ArticleID) throws {
        if starred {
            // Starring an already starred article keeps the original time: "starred since".
            try write("""
                INSERT INTO star (library, article, starred_at) VALUES (?, ?, ?)
                ON CONFLICT (library, article) DO NOTHING
                """, [library, id.rawValue, clock()])
        } else {
            try write("DELETE FROM star WHERE library = ? AND article = ?", [library, id.rawValue])
        }
    }

    /// Remembers where the user stopped reading `id`, replacing any earlier position.
    public func savePosition(_ position: ReadingPosition, for id: ArticleID) throws {
        try write("""
            INSERT INTO reading_position (library, article, block, block_offset, saved_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (library, article) DO UPDATE
            SET block = excluded.block, block_offset = excluded.block_offset, saved_at = excluded.saved_at
            """, [library, id.rawValue, position.block, position.offset, clock()])
    }

    /// Runs one statement in its own immediate transaction.
    private func write(_ sql: String, _ arguments: StatementArguments) throws {
        try writer.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                try db.execute(sql: sql, arguments: arguments)
                return .commit
            }
        }
    }
}
