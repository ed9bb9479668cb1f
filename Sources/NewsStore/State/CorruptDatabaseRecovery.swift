import Foundation
import GRDB

/// Moves a damaged database file (and its `-wal` / `-shm` companions) aside under a timestamped
/// name, so a fresh database can start in its place while the old bytes stay on disk.
///
/// The state database holds the user's data: a damaged one is never deleted (someone may still
/// rescue rows from it with `sqlite3 … .recover`), and never left in place either (every launch
/// would fail on it again).
struct CorruptDatabaseRecovery {
    /// The database file, e.g. `…/newsreader/state.sqlite`.
    let databaseURL: URL
    /// The moment used in the new name; injected so tests control it.
    let now: Date

    /// The suffixes SQLite uses for a database's companion files in WAL mode.
    static let companionSuffixes = ["-wal", "-shm"]

    /// Moves the database and any companions to `<name>.corrupt-YYYYMMDD-HHMMSS` (UTC), adding
    /// `-2`, `-3`, … when that name is taken, and returns the database file's new location.
    ///
    /// Companions keep their suffix after the new name (`state.sqlite.corrupt-…-wal`), so SQLite
    /// still pairs them with the moved file when someone opens it.
    ///
    /// - Throws: the file system's error when the database file itself cannot be moved.
    func moveAside() throws -> URL {
        let fileManager = FileManager.default
        let base = databaseURL.path + ".corrupt-" + Self.stamp(now)
        var candidate = base
        var counter = 1
        // Never overwrite an earlier casualty: two failures within one second get distinct names.
        while ([""] + Self.companionSuffixes).contains(where: { fileManager.fileExists(atPath: candidate + $0) }) {
            counter += 1
            candidate = base + "-\(counter)"
        }
        try fileManager.moveItem(atPath: databaseURL.path, toPath: candidate)
        for suffix in Self.companionSuffixes where fileManager.fileExists(atPath: databaseURL.path + suffix) {
            // A stale `-wal` left beside a fresh database would be replayed into it, so a companion
            // that cannot move is an error: the caller then keeps no database here at all.
            try fileManager.moveItem(atPath: databaseURL.path + suffix, toPath: candidate + suffix)
        }
        return URL(fileURLWithPath: candidate)
    }

    /// `YYYYMMDD-HHMMSS` in UTC, so names sort by time whatever the machine's time zone.
    static func stamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String {
            let value = value ?? 0
            return value < 10 ? "0\(value)" : "\(value)"
        }
        return "\(parts.year ?? 0)\(two(parts.month))\(two(parts.day))-\(two(parts.hour))\(two(parts.minute))\(two(parts.second))"
    }
}

/// The integrity check found damage SQLite's open did not notice (e.g. a truncated file).
struct DatabaseIntegrityError: Error, CustomStringConvertible {
    /// The first lines `PRAGMA quick_check` reported.
    let report: String

    var description: String { "integrity check failed: \(report)" }
}

extension DatabaseError {
    /// Whether SQLite says the file is damaged or not a database at all (as opposed to busy,
    /// read-only or missing, which leave the file as it is).
    var isCorruption: Bool {
        resultCode == .SQLITE_CORRUPT || resultCode == .SQLITE_NOTADB
    }
}

extension Error {
    /// Whether this error means the database file is damaged and should be moved aside.
    var meansCorruptDatabase: Bool {
        if self is DatabaseIntegrityError { return true }
        if let error = self as? DatabaseError { return error.isCorruption }
        return false
    }
}
