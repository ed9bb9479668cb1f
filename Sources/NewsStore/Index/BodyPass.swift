import Foundation
import GRDB
import NewsCore

/// Parses the bodies a first build left pending (`article.body_pending`, see ``IndexRecord``),
/// then starts the ``SearchFill``.
///
/// Why: the reader's first build lists the library from the heads of its files (front matter),
/// which takes a fraction of a full parse; summaries, outlets, reading time, the body's problems
/// and the searchable text follow here, on a background thread, through a connection of its own
/// (WAL: the catalog reads meanwhile). Each chunk of rows is parsed on all cores outside any
/// transaction, then written in one short transaction that also clears the rows' mark, so a
/// crash loses at most one chunk and the next open carries on. A row is updated only while it
/// is still pending and still names the same file: two processes running the pass at once
/// simply do some of the work twice, and a sync that replaced the row meanwhile wins.
final class BodyPass: @unchecked Sendable {
    // @unchecked: `failure` and `searchFill` are written by the background block before `done`
    // is left, and read (or replaced) only after `done` has been waited for, on the catalog's thread.
    private var failure: Error?
    private var searchFill: SearchFill?
    private let done = DispatchGroup()
    private let library: Library
    /// How far the pass, then its search fill, has got while they run.
    let progress = BackgroundProgress()

    /// Rows per chunk and transaction: both cores kept busy, a writer from another process kept
    /// waiting a fraction of a second at most.
    static let chunkRows = 256

    /// Where the files are, and how they are read (as the scanner made them).
    struct Library: Sendable {
        /// The library folder, canonical (``IndexFile/libraryPath``).
        var root: String
        var taxonomies: SiteTaxonomies
        var markdownOptions: MarkdownOptions

        init(root: String, taxonomies: SiteTaxonomies) {
            self.root = root
            self.taxonomies = taxonomies
            markdownOptions = SiteSettings.markdownOptions(libraryRoot: root)
        }
    }

    /// Starts the pass on the index at `file`, then its search fill, on a background thread.
    /// Its wait for a lock is long, as the search fill's (``IndexFile/startSearchFill()``).
    init(file: IndexFile) {
        let library = Library(root: file.libraryPath, taxonomies: file.taxonomies)
        self.library = library
        let path = file.url.path, busyTimeout = max(file.busyTimeout, 60), progress = progress
        done.enter()
        DispatchQueue.global(qos: .utility).async { [self] in
            do {
                let writer = try DatabaseQueue(path: path, configuration: IndexFile.configuration(busyTimeout: busyTimeout, wal: true))
                try Self.fill(writer, library: library, progress: progress.reporter(for: .bodies))
                try writer.close()
                searchFill = SearchFill(path: path, busyTimeout: busyTimeout, progress: progress)
            } catch {
                failure = error
                progress.finish()
            }
            done.leave()
        }
    }

    /// True once every body is parsed and the search tables are complete.
    var isSearchReady: Bool {
        done.wait(timeout: .now()) == .success && failure == nil && searchFill?.isComplete == true
    }

    /// True once every body is parsed (the summaries are complete).
    var areBodiesDone: Bool {
        done.wait(timeout: .now()) == .success && failure == nil
    }

    /// Runs `block` on `queue` once the bodies are parsed (whether or not that succeeded).
    func whenBodiesDone(on queue: DispatchQueue, _ block: @escaping @Sendable () -> Void) {
        done.notify(queue: queue, execute: block)
    }

    /// Waits for the bodies; if the background pass failed (a lock held too long), finishes it
    /// through `queue` now (then true), so the caller reads complete rows or gets the error.
    @discardableResult
    func waitForBodies(orFillWith queue: DatabaseQueue) throws -> Bool {
        done.wait()
        guard failure != nil else { return false }
        try Self.fill(queue, library: library)
        failure = nil
        return true
    }

    /// Waits until every article is searchable, finishing through `queue` what failed in the background.
    func waitForSearch(orFillWith queue: DatabaseQueue) throws {
        try waitForBodies(orFillWith: queue)
        if let searchFill {
            try searchFill.wait(orFillWith: queue)
        } else {
            try SearchFill.fill(queue)
        }
    }

    /// True when some row of the index waits for its body.
    static func hasPendingBodies(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM article WHERE body_pending = 1)") ?? false
    }

    /// Parses every pending body, chunk by chunk (the next chunk parsed while one is written);
    /// `progress` hears how many of the rows pending at the start are done.
    static func fill(_ writer: DatabaseQueue, library: Library, progress: IndexProgressReporter? = nil) throws {
        let total = try writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM article WHERE body_pending = 1") ?? 0 }
        var after: Int64 = 0
        var finished = 0
        if total > 0 { progress?.report(done: 0, total: total) }
        var next = try nextChunk(writer, after: &after, library: library)
        while let chunk = next {
            next = try nextChunk(writer, after: &after, library: library)
            let records = chunk.parse.wait()
            try writer.write { db in try write(records, rows: chunk.rows, into: db) }
            finished += chunk.rows.count
            progress?.report(done: min(finished, total), total: total)
            #if DEBUG
            if finished == chunk.rows.count { DebugSlowIndex.hold("bodies") }
            DebugSlowIndex.pauseAfterChunk()
            #endif
        }
    }

    /// A pending row as the index holds it.
    private struct PendingRow {
        var rowID: Int64
        var file: ArticleFile
    }

    /// The next pending rows after `after`, their parse started; nil when none is left.
    private static func nextChunk(_ reader: DatabaseQueue, after: inout Int64, library: Library)
        throws -> (rows: [PendingRow], parse: ChunkParse)? {
        let from = after
        let rows = try reader.read { db in
            try Row.fetchAll(db, sql: """
                SELECT rowid, path, article_id, size, mtime FROM article
                WHERE body_pending = 1 AND rowid > ? ORDER BY rowid LIMIT ?
                """, arguments: [from, chunkRows]).map { row in
                PendingRow(rowID: row[0], file: file(path: row[1], id: row[2], size: row[3], mtime: row[4], library: library))
            }
        }
        guard let last = rows.last else { return nil }
        after = last.rowID
        return (rows, ChunkParse(rows.map(\.file), taxonomies: library.taxonomies, headsOnly: false))
    }

    /// The file as it is on disk now (it may have changed since the head was read: the row then
    /// takes its new size and time, and stays true to what was parsed); as the row knew it when
    /// it is gone, so that the read fails and says so.
    private static func file(path: String, id: String, size: Int, mtime: Int64, library: Library) -> ArticleFile {
        let absolute = library.root + "/" + path
        var file: ArticleFile
        var info = stat()
        if stat(absolute, &info) == 0 {
            file = ArticleFile(absolutePath: absolute, relativePath: path, id: ArticleID(id), info: info)
        } else {
            file = ArticleFile(absolutePath: absolute, relativePath: path, id: ArticleID(id), size: size,
                               modificationDate: Date(timeIntervalSince1970: Double(mtime) / 1e9), modificationNanoseconds: mtime)
        }
        file.markdownOptions = library.markdownOptions
        return file
    }

    /// Writes the parsed bodies over their rows (only rows still pending for the same path) and
    /// their text; a file that could not be read clears the fingerprint, so the next launch retries it.
    private static func write(_ records: [IndexRecord], rows: [PendingRow], into db: Database) throws {
        let update = try db.cachedStatement(sql: """
            UPDATE article SET (\(IndexRecord.articleColumns)) = (\(IndexRecord.articlePlaceholders))
            WHERE rowid = ? AND body_pending = 1 AND path = ?
            """)
        let searchText = try SearchText(db)
        var mustRetry = false
        for (record, row) in zip(records, rows) {
            try update.execute(arguments: record.articleValues + [row.rowID, record.path])
            guard db.changesCount > 0 else { continue }
            if record.status == .readFailed { mustRetry = true }
            if record.status == .readable { try searchText.write(rowID: row.rowID, record) }
        }
        if mustRetry { try db.execute(sql: "UPDATE meta SET value = '' WHERE key = 'fingerprint'") }
    }
}
