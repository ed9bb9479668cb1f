import Foundation
import GRDB
import NewsCore

/// Where one library's index lives, and the opening, moving aside and replacing of that file.
///
/// One database per library: `<cache>/index-<hash>.sqlite`, the hash taken over the library's
/// canonical path (FNV-1a, 64 bits; the path itself is stored inside and checked, so a collision
/// only costs a rebuild). A fresh index is built in a side file and renamed into place, so another
/// newsreader never sees a half-built one. Nothing here ever touches the library folder.
struct IndexFile {
    let url: URL
    let libraryPath: String
    /// The site's taxonomies the index's rows were parsed with.
    let taxonomies: SiteTaxonomies
    /// How long to wait for another process's lock before giving up on the file.
    let busyTimeout: TimeInterval

    init(libraryPath: String, taxonomies: SiteTaxonomies, cacheDirectory: URL, busyTimeout: TimeInterval) {
        self.libraryPath = libraryPath
        self.taxonomies = taxonomies
        self.busyTimeout = busyTimeout
        url = cacheDirectory.appendingPathComponent("index-\(Self.hash(libraryPath)).sqlite")
    }

    /// FNV-1a over the UTF-8 bytes, as 16 hex digits.
    static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The connection settings every index connection shares: our tokenizer and SQL function, a busy timeout.
    static func configuration(busyTimeout: TimeInterval, wal: Bool) -> Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        if wal { configuration.journalMode = .wal }
        configuration.prepareDatabase { db in
            IndexSchema.registerFunctions(db)
            // 1 MiB of page cache instead of SQLite's 2: pages come back from the OS cache quickly,
            // and the launch's memory aim (40 MB at 10k articles) is tight.
            try db.execute(sql: "PRAGMA cache_size = -1024")
        }
        return configuration
    }

    /// Opens the existing index, or nil when there is none. Throws what SQLite says about it
    /// (corrupt, not a database, locked); the caller decides what that means.
    func openExisting() throws -> DatabaseQueue? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return try DatabaseQueue(path: url.path, configuration: Self.configuration(busyTimeout: busyTimeout, wal: true))
    }

    /// A new, empty index in a side file, fast to fill (no journal: a crash leaves only a side
    /// file that the next build replaces). Its secondary indexes wait for the rows: call
    /// ``IndexSchema/finishBulkLoad(_:)`` once they are in, then ``install(_:)``.
    func createSideFile() throws -> (queue: DatabaseQueue, path: String) {
        let path = url.path + ".building-\(getpid())"
        removeFiles(at: path)
        removeAbandonedSideFiles()
        let queue = try DatabaseQueue(path: path, configuration: Self.configuration(busyTimeout: busyTimeout, wal: false))
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = OFF")
            try db.execute(sql: "PRAGMA synchronous = OFF")
            // The search fill's segment merges free pages nothing reuses afterwards (2 % of the
            // file); incremental vacuum lets the fill hand them back when it is done.
            try db.execute(sql: "PRAGMA auto_vacuum = INCREMENTAL")
            try IndexSchema.create(db, libraryPath: libraryPath, taxonomies: taxonomies, bulkLoad: true)
        }
        return (queue, path)
    }

    /// Deletes side files left by builds whose process is gone (killed, crashed): they are never
    /// finished, and a 100k-article one is hundreds of megabytes. A live process's file is kept.
    private func removeAbandonedSideFiles() {
        let folder = url.deletingLastPathComponent()
        let prefix = url.lastPathComponent + ".building-"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasPrefix(prefix) {
            // `kill(pid, 0)` sends nothing; ESRCH says no such process (EPERM: alive, not ours).
            guard let pid = pid_t(name.dropFirst(prefix.count)), pid != getpid(),
                  kill(pid, 0) != 0, errno == ESRCH else { continue }
            removeFiles(at: folder.appendingPathComponent(name).path)
        }
    }

    /// Closes the finished side file, renames it over the index, and opens it in WAL mode.
    func install(_ built: (queue: DatabaseQueue, path: String)) throws -> DatabaseQueue {
        // Switched here, where nothing is synced to disk: switching the installed file cost a
        // rollback journal and four syncs (50 ms) before the list could show.
        try built.queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = WAL") }
        try built.queue.close()
        removeFiles(at: url.path, keepingMain: true)
        guard rename(built.path, url.path) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        return try DatabaseQueue(path: url.path, configuration: Self.configuration(busyTimeout: busyTimeout, wal: true))
    }

    /// Starts filling the installed index's search tables in the background (see ``SearchFill``).
    /// Its wait for a lock is long: it runs while the user reads, and another process's fill
    /// holds the lock only a chunk at a time.
    func startSearchFill() -> SearchFill {
        SearchFill(path: url.path, busyTimeout: max(busyTimeout, 60))
    }

    /// Moves a corrupt index aside (`….corrupt-<unix time>`) so it can be looked at, never lost
    /// silently; returns what happened to it, for the user.
    func moveAside() -> String {
        let destination = url.path + ".corrupt-\(Int(Date().timeIntervalSince1970))"
        guard rename(url.path, destination) == 0 else {
            // The index is disposable, so a file that cannot be moved is deleted — but said so.
            let reason = String(cString: strerror(errno))
            removeFiles(at: url.path)
            return "deleted (it could not be moved aside: \(reason))"
        }
        removeFiles(at: url.path)
        return "moved aside to \(destination)"
    }

    /// Deletes the index (it is disposable) with its WAL and shared-memory files.
    func delete() {
        removeFiles(at: url.path)
    }

    private func removeFiles(at path: String, keepingMain: Bool = false) {
        for suffix in (keepingMain ? [] : [""]) + ["-wal", "-shm", "-journal"] {
            unlink(path + suffix)
        }
    }
}
