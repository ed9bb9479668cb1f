import Foundation
import GRDB

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    /// still pairs them with the moved file when someone opens it. The main file leaves its name
    /// last: if anything fails on the way, it is still where it was.
    ///
    /// - Throws: ``StateFileError`` when a file cannot be moved.
    func moveAside() throws -> URL {
        let original = databaseURL.path
        let base = original + ".corrupt-" + Self.stamp(now)
        var counter = 0
        while true {
            counter += 1
            let candidate = counter == 1 ? base : base + "-\(counter)"
            // Two failures within one second (or two processes) get distinct names.
            if Self.companionSuffixes.contains(where: { FileManager.default.fileExists(atPath: candidate + $0) }) { continue }
            // Claim the name with link(2): it fails instead of replacing an existing file, so an
            // earlier casualty is never overwritten. File systems without hard links (EPERM,
            // ENOTSUP) get a check then rename(2) below, which leaves only a tiny race.
            let linked = link(original, candidate) == 0
            if !linked {
                let failure = errno
                if failure == EEXIST { continue }
                guard failure == EPERM || failure == ENOTSUP || failure == EOPNOTSUPP else {
                    throw StateFileError(path: original, errno: failure)
                }
                if FileManager.default.fileExists(atPath: candidate) { continue }
            }
            for suffix in Self.companionSuffixes where FileManager.default.fileExists(atPath: original + suffix) {
                // A stale `-wal` left beside a fresh database would be replayed into it, so a
                // companion that cannot move stops everything: the caller keeps no database here.
                guard rename(original + suffix, candidate + suffix) == 0 else {
                    throw StateFileError(path: original + suffix, errno: errno)
                }
            }
            let released = linked ? unlink(original) : rename(original, candidate)
            guard released == 0 else { throw StateFileError(path: original, errno: errno) }
            return URL(fileURLWithPath: candidate)
        }
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
struct StateIntegrityError: Error, CustomStringConvertible {
    /// The first lines `PRAGMA quick_check` reported.
    let report: String

    var description: String { "integrity check failed: \(report)" }
}

extension CorruptDatabaseRecovery {
    /// Whether `error` means the database file is damaged and should be moved aside: SQLite says
    /// it is malformed or not a database at all, or the integrity check failed. Busy, read-only
    /// or missing files are not damage: they are left as they are.
    static func isDamage(_ error: any Error) -> Bool {
        if error is StateIntegrityError { return true }
        guard let error = error as? DatabaseError else { return false }
        return error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB
    }
}
