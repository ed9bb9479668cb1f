import Foundation
import GRDB

/// Opens the state database file, and decides what happens when it cannot be used.
///
/// The outcomes, in the order they are tried:
/// 1. the file opens, passes `PRAGMA quick_check` and migrates: it is used;
/// 2. SQLite says it is damaged (not a database, malformed, failed check): it is moved aside
///    by ``CorruptDatabaseRecovery``, a fresh file starts, and the caller gets a notice;
/// 3. anything else (folder not writable, path is a folder, locked past the busy timeout): the
///    file is left untouched and the state lives in memory for this session, with a notice.
/// No outcome deletes a file, and every outcome but the first comes with a notice.
struct StateDatabaseOpener {
    /// The folder that holds ``StateStore/fileName`` (created when missing).
    let directory: URL
    /// The moment a damaged file is stamped with.
    let now: Date
    /// How long a write waits for another process's write to finish before failing.
    var busyTimeout: TimeInterval = 5

    /// What opening produced: the database, its file (nil in memory), and what to tell the user.
    struct Result {
        let writer: DatabaseQueue
        let fileURL: URL?
        let notice: String?
    }

    var fileURL: URL { directory.appendingPathComponent(StateStore.fileName) }

    /// Opens the file, recovering from damage; falls back to memory when the file cannot be used.
    ///
    /// - Throws: only when even an in-memory database cannot be created.
    func open() throws -> Result {
        do {
            try StateDirectory.create(directory)
        } catch {
            return try inMemory(because: "its folder \(directory.path) cannot be created (\(error))")
        }
        do {
            return Result(writer: try openCheckedRetryingBusy(), fileURL: fileURL, notice: nil)
        } catch where CorruptDatabaseRecovery.isDamage(error) {
            return try recover(from: error)
        } catch {
            return try inMemory(because: "\(fileURL.path) cannot be opened: \(Self.describe(error))")
        }
    }

    // MARK: - Steps

    /// ``openChecked()``, tried again when another process holds a lock SQLite will not wait for.
    ///
    /// Switching a new database to WAL (`PRAGMA journal_mode = WAL`) needs an exclusive lock, and
    /// SQLite reports `SQLITE_BUSY` at once instead of calling the busy handler when waiting could
    /// deadlock: two newsreaders creating the file at the same moment meet exactly there. The
    /// lock is held for a few milliseconds, so a few short pauses are enough.
    private func openCheckedRetryingBusy() throws -> DatabaseQueue {
        var attempt = 1
        while true {
            do {
                return try openChecked()
            } catch let error as DatabaseError
                where attempt < 8 && (error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED) {
                Thread.sleep(forTimeInterval: 0.02 * Double(attempt))
                attempt += 1
            }
        }
    }

    /// Checks the file without writing to it, then opens it with ``configuration`` and migrates
    /// it to the current schema.
    private func openChecked() throws -> DatabaseQueue {
        try probeWithoutWriting()
        let queue = try DatabaseQueue(path: fileURL.path, configuration: Self.configuration(busyTimeout: busyTimeout))
        do {
            // GRDB's WAL setup picks `synchronous = NORMAL`; FULL makes a commit that returned
            // survive a power cut too. One fsync per keypress-sized write costs nothing a user sees.
            try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = FULL") }
            try StateSchema.migrate(queue)
            return queue
        } catch {
            // Closed now, not at some later deinit: the file may be renamed next.
            try? queue.close()
            throw error
        }
    }

    /// Throws when an existing file is damaged, looking at it through a read-only connection.
    ///
    /// Read-only, because a writable connection changes a file before anyone can check it: GRDB's
    /// WAL setup writes a page, and SQLite's last close checkpoints and removes `-wal` and `-shm`.
    /// The bytes moved aside must be the bytes that were found. Errors that do not mean damage
    /// (e.g. no permission to create `-shm`) are left for the writable open to report.
    private func probeWithoutWriting() throws {
        let size = (try? FileManager.default.attributesOfItem(atPath: fileURL.path)[.size] as? Int) ?? nil
        guard let size, size > 0 else { return }  // missing or empty: SQLite starts a new database
        var configuration = Self.configuration(busyTimeout: busyTimeout)
        configuration.readonly = true
        do {
            let probe = try DatabaseQueue(path: fileURL.path, configuration: configuration)
            defer { try? probe.close() }
            try Self.checkIntegrity(probe)
        } catch where CorruptDatabaseRecovery.isDamage(error) {
            throw error
        } catch {
            return
        }
    }

    /// Moves the damaged file aside and starts a fresh one in its place.
    private func recover(from damage: any Error) throws -> Result {
        let movedTo: URL
        do {
            movedTo = try CorruptDatabaseRecovery(databaseURL: fileURL, now: now).moveAside()
        } catch {
            return try inMemory(because: "\(fileURL.path) is damaged (\(Self.describe(damage))) and could not be moved aside (\(Self.describe(error))); it was left as it is")
        }
        let moved = "Your reading state at \(fileURL.path) was damaged (\(Self.describe(damage))). It was moved to \(movedTo.path)"
        do {
            let writer = try openCheckedRetryingBusy()
            return Result(writer: writer, fileURL: fileURL, notice: moved + "; a fresh one was started, so read marks, stars and positions start empty.")
        } catch {
            let memory = try Self.inMemoryDatabase()
            return Result(writer: memory, fileURL: nil, notice: moved + "; a fresh one could not be started (\(Self.describe(error))), so this session's reading state will be forgotten when newsreader quits.")
        }
    }

    /// A database in memory, with a notice that nothing will be kept.
    private func inMemory(because reason: String) throws -> Result {
        Result(writer: try Self.inMemoryDatabase(), fileURL: nil,
               notice: "Reading state cannot be kept: \(reason). Read marks, stars and positions of this session will be forgotten when newsreader quits.")
    }

    // MARK: - Shared pieces

    /// WAL, so readers in other processes never block the writer nor see half a transaction, and
    /// a busy timeout, so two newsreader processes writing at once wait for each other instead of
    /// failing with `SQLITE_BUSY`. A `DatabaseQueue` (one connection) rather than a
    /// `DatabasePool`: the store is used from one thread, and a pool's reader connections and
    /// threads would buy nothing here.
    static func configuration(busyTimeout: TimeInterval) -> Configuration {
        var configuration = Configuration()
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "newsreader.state"
        return configuration
    }

    /// A migrated database that lives in memory only.
    static func inMemoryDatabase() throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.label = "newsreader.state.memory"
        let queue = try DatabaseQueue(configuration: configuration)
        try StateSchema.migrate(queue)
        return queue
    }

    /// Throws ``StateIntegrityError`` unless `PRAGMA quick_check` says "ok".
    ///
    /// SQLite opens a truncated or partly overwritten file without complaint and fails only when
    /// a damaged page is read; checking at open finds that before the user's session depends on
    /// it. `quick_check` (not `integrity_check`) skips index-content checks and is linear in the
    /// file's size: measured here, 127 ms for 23 MB (100k read marks and 100k positions), so a
    /// few milliseconds for the state of a 10k library.
    static func checkIntegrity(_ reader: any DatabaseReader) throws {
        let report = try reader.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check") }
        guard report == ["ok"] else {
            throw StateIntegrityError(report: report.prefix(3).joined(separator: "; "))
        }
    }

    /// A short reason for the user: SQLite's own message, or the file system's.
    static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error)" }
        if let error = error as? StateIntegrityError { return error.description }
        if let error = error as? StateFileError { return error.description }
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let message = strerror(Int32(underlying.code)) {
            return String(cString: message)
        }
        return nsError.localizedDescription
    }
}
