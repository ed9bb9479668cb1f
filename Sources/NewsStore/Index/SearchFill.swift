import Foundation
import GRDB

/// Fills the FTS tables of an index whose article rows are committed but not yet searchable.
///
/// Why two phases: on a first build, tokenising the library into FTS5 (one token per CJK
/// character, tens of millions at 10k articles) costs more CPU than parsing it, and the list, the
/// facets and `check` need none of it. So a build commits the rows with `search_through` = 0 and
/// the catalog opens at once; this fill then adds rows in rowid order, a chunk per transaction,
/// moving `search_through` forward in the same transaction. The FTS tables therefore always hold
/// exactly the rows up to that mark: a crash or an early exit loses at most one chunk's work, and
/// the next open carries on from the mark. Two processes filling at once simply share the chunks.
/// A search waits for the fill (``wait(orFillWith:)``), so its results are never partial.
final class SearchFill: @unchecked Sendable {
    // @unchecked: `failure` is written by the background block before `done` is left, and read
    // (or cleared) only after `done` has been waited for, on the catalog's thread.
    private var failure: Error?
    private let done = DispatchGroup()

    /// Articles per transaction: long enough that commits cost little, short enough that another
    /// process waiting to write (a launch that found changed files) waits a fraction of a second.
    static let chunkRows: Int64 = 1000

    /// How far the fill has got, while it runs (``BodyPass`` shares its own with the fill it starts).
    let progress: BackgroundProgress

    /// Starts filling the index at `path` on a background thread, through a connection of its own
    /// (WAL: the catalog's reads go on meanwhile, never blocked and never seeing a partial chunk).
    init(path: String, busyTimeout: TimeInterval, progress: BackgroundProgress = BackgroundProgress()) {
        self.progress = progress
        done.enter()
        DispatchQueue.global(qos: .utility).async { [self] in
            defer { progress.finish() }
            do {
                let writer = try DatabaseQueue(path: path, configuration: IndexFile.configuration(busyTimeout: busyTimeout, wal: true))
                try Self.fill(writer, progress: progress.reporter(for: .search))
                // Give back the pages the merges freed, and the tens of MB the fill passed through
                // the WAL, now rather than when the last connection closes (the reader may run for hours).
                try? writer.writeWithoutTransaction { db in
                    try db.execute(sql: "PRAGMA incremental_vacuum")
                    try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
                }
                try writer.close()
            } catch {
                failure = error
            }
            done.leave()
        }
    }

    /// True once the background fill has completed the search tables.
    var isComplete: Bool {
        done.wait(timeout: .now()) == .success && failure == nil
    }

    /// Waits for the background fill; if it failed (a lock held too long, a vanished file), fills
    /// through `queue` now, so that the caller's next search sees every article or gets the error.
    func wait(orFillWith queue: DatabaseQueue) throws {
        done.wait()
        guard failure != nil else { return }
        try Self.fill(queue)
        failure = nil
    }

    /// ``wait(orFillWith:)``, handing the fill's progress to `report` about ten times a second
    /// meanwhile (`reindex` shows it on its bar).
    func wait(orFillWith queue: DatabaseQueue, reporting report: (IndexProgress) -> Void) throws {
        while done.wait(timeout: .now() + 0.1) == .timedOut {
            if let current = progress.current { report(current) }
        }
        try wait(orFillWith: queue)
    }

    /// Fills chunk by chunk until every row is searchable; `progress` hears how many of the rows
    /// waiting at the start are searchable.
    static func fill(_ writer: DatabaseQueue, progress: IndexProgressReporter? = nil) throws {
        // Nothing to report when another process completed the tables meanwhile (`搜索索引 0 / 0`).
        if let progress, case let total = try rowsToFill(writer), total > 0 {
            progress.report(done: 0, total: total)
            var finished = 0
            while true {
                let (complete, rows) = try writer.write(fillNextChunk)
                finished += rows
                progress.report(done: complete ? total : min(finished, total), total: total)
                if complete { return }
                #if DEBUG
                if finished == rows { DebugSlowIndex.hold("search") }
                DebugSlowIndex.pauseAfterChunk()
                #endif
            }
        }
        while try !writer.write(fillNextChunk).complete {}
    }

    /// How many article rows wait above the fill's mark.
    private static func rowsToFill(_ reader: DatabaseQueue) throws -> Int {
        try reader.read { db in
            let from = try IndexSchema.searchFilledThrough(db)
            return from == IndexSchema.searchComplete
                ? 0 : try Int.fetchOne(db, sql: "SELECT count(*) FROM article WHERE rowid > ?", arguments: [from]) ?? 0
        }
    }

    /// Moves the next chunk of rows after `search_through` from `pending_text` into both FTS tables and moves the mark;
    /// whether the tables are complete (the mark then covers rows added later too), and how many
    /// article rows the chunk covered.
    static func fillNextChunk(_ db: Database) throws -> (complete: Bool, rows: Int) {
        let from = try IndexSchema.searchFilledThrough(db)
        guard from != IndexSchema.searchComplete else { return (true, 0) }
        let last = try Int64.fetchOne(db, sql: "SELECT max(rowid) FROM article") ?? 0
        let through = min(last, from + chunkRows)
        if through > from {
            try db.execute(sql: """
                INSERT INTO search (rowid, title, summary, tags, topics, body)
                SELECT rowid, title, summary, tags, topics, body FROM search_source WHERE rowid > ? AND rowid <= ?
                """, arguments: [from, through])
            try db.execute(sql: """
                INSERT INTO title_search (rowid, title)
                SELECT rowid, title FROM article WHERE status = 1 AND rowid > ? AND rowid <= ?
                """, arguments: [from, through])
            // The text is in the search index now: the index stores none (see ``IndexSchema``).
            try db.execute(sql: "DELETE FROM pending_text WHERE rowid > ? AND rowid <= ?", arguments: [from, through])
        }
        let rows = through > from
            ? try Int.fetchOne(db, sql: "SELECT count(*) FROM article WHERE rowid > ? AND rowid <= ?", arguments: [from, through]) ?? 0 : 0
        let complete = through >= last
        try IndexSchema.setSearchFilled(through: complete ? IndexSchema.searchComplete : through, db)
        return (complete, rows)
    }
}
