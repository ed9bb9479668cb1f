import Foundation
import GRDB
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// One folder of the library and its modification time, as a walk saw it.
struct FolderStamp: Equatable, Sendable {
    /// Relative to the library root, `/`-separated; empty for the root itself.
    var path: String
    /// Nanoseconds since 1970.
    var mtime: Int64

    init(path: String, mtime: Int64) {
        self.path = path
        self.mtime = mtime
    }

    init(path: String, info: stat) {
        self.init(path: path, mtime: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
    }
}

/// The `folder` table: every folder of the last walk the index was synced with, and its mtime.
///
/// Why: a search trusts the index instead of walking the library (a `stat` of every article was
/// most of a search's time). Adding, removing or renaming an article changes its folder's mtime,
/// so `stat`ing the folders alone (hundreds, not tens of thousands) tells a search whether it must
/// sync first. An article rewritten in place leaves its folder's mtime alone: the search goes by
/// the index until the next walk (the reader's launch, its watcher, or any other command) sees it.
enum FolderStamps {
    /// Replaces the stored stamps with those of the walk the index was just synced with.
    static func store(_ folders: [FolderStamp], in db: Database) throws {
        try db.execute(sql: "DELETE FROM folder")
        let insert = try db.makeStatement(sql: "INSERT OR REPLACE INTO folder (path, mtime) VALUES (?, ?)")
        for folder in folders {
            try insert.execute(arguments: [folder.path, folder.mtime])
        }
    }

    /// True when a stored folder is gone or has another mtime now, or when none is stored (an
    /// index that never recorded them cannot vouch for anything). The `stat`s run on every core:
    /// at 100k articles there are thousands of folders.
    static func changed(root: String, in db: Database) throws -> Bool {
        var stored: [FolderStamp] = []
        try db.forEachRawRow(sql: "SELECT path, mtime FROM folder") { row in
            stored.append(FolderStamp(path: row.string(0), mtime: row.int64(1)))
        }
        guard !stored.isEmpty else { return true }
        let folders = stored, parts = min(stored.count, 8)
        let changed = Mutex(false)
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            for index in stride(from: part, to: folders.count, by: parts) {
                let folder = folders[index]
                var info = stat()
                let path = folder.path.isEmpty ? root : root + "/" + folder.path
                if stat(path, &info) != 0 || FolderStamp(path: folder.path, info: info).mtime != folder.mtime {
                    changed.withLock { $0 = true }
                    return
                }
            }
        }
        return changed.withLock { $0 }
    }
}
