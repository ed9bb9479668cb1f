import Foundation
import GRDB
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
    /// index that never recorded them cannot vouch for anything).
    static func changed(root: String, in db: Database) throws -> Bool {
        var stored = 0
        var changed = false
        try db.forEachRawRow(sql: "SELECT path, mtime FROM folder") { row in
            stored += 1
            guard !changed else { return }
            let relative = row.string(0)
            var info = stat()
            let path = relative.isEmpty ? root : root + "/" + relative
            changed = stat(path, &info) != 0 || FolderStamp(path: relative, info: info).mtime != row.int64(1)
        }
        return changed || stored == 0
    }
}
