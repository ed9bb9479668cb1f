import Foundation
import GRDB
import NewsCore

/// Brings the index in line with a scan of the folder: unchanged files (same path, size and
/// modification time in nanoseconds) are kept, changed and new ones are parsed, vanished ones are
/// dropped — all in one transaction, so a crash leaves the previous index intact.
///
/// The FTS tables are kept in step only for rows they are meant to hold (rowid at most
/// `search_through`, see ``SearchFill``): on a first build they hold nothing yet, and the fill adds
/// every row afterwards.
///
/// Files are parsed in chunks on all cores while the previous chunk is written, and only each
/// chunk's ``IndexRecord``s are held: never all the `Document`s of the library at once.
enum IndexSync {
    /// Files per chunk: enough to keep both cores busy, small enough to bound memory.
    static let chunkSize = 64

    /// What the index knows of one file.
    struct StoredFile {
        var rowID: Int64
        var size: Int
        var mtime: Int64
        var status: Int
    }

    /// Every file the index knows, by path (read while the folder is being walked).
    static func storedFiles(_ db: Database) throws -> [String: StoredFile] {
        var stored: [String: StoredFile] = [:]
        try db.forEachRawRow(sql: "SELECT rowid, path, size, mtime, status FROM article") { row in
            stored[row.string(1)] = StoredFile(rowID: row.int64(0), size: row.int(2), mtime: row.int64(3), status: row.int(4))
        }
        return stored
    }

    /// A digest of a walk (every path, size and modification time, see ``WalkFingerprint``). When
    /// it equals the one stored by the last sync, nothing changed and the row-by-row comparison is
    /// skipped: at 100k articles that comparison was a quarter of a warm launch.
    static func fingerprint(_ files: WalkedFiles) -> String {
        var fingerprint = WalkFingerprint()
        for position in files.indices {
            files.withPathBytes(at: position) { bytes in
                fingerprint.add(path: bytes, size: files.size(at: position),
                                modificationNanoseconds: files.modificationNanoseconds(at: position))
            }
        }
        return fingerprint.text
    }

    /// The fingerprint stored by the last sync (empty when a file must be retried).
    static func storedFingerprint(_ db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'fingerprint'")
    }

    /// Syncs the index with `files` and stores their fingerprint; `progress` hears how many of
    /// the files to parse are done; `taxonomies` are read into each article's terms.
    /// `folders` are the walk's folders, stored for ``FolderStamps``. `headsFirst` reads only the
    /// head of files whose front matter decides their row, leaving their bodies to ``BodyPass``
    /// (a first build: the list shows sooner).
    static func run(_ db: Database, files: WalkedFiles, folders: [FolderStamp], taxonomies: SiteTaxonomies,
                    headsFirst: Bool = false,
                    progress: IndexProgressReporter? = nil) throws -> IndexSyncReport {
        var stored = try storedFiles(db)

        var report = IndexSyncReport()
        var toParse: [ArticleFile] = []
        var toDrop: [Int64] = []
        for file in files {
            guard let known = stored.removeValue(forKey: file.relativePath) else {
                toParse.append(file)
                continue
            }
            if known.size == file.size, known.mtime == file.modificationNanoseconds,
               known.status != IndexSchema.FileStatus.readFailed.rawValue {
                report.unchanged += 1
            } else {
                toDrop.append(known.rowID)
                toParse.append(file)
            }
        }
        report.removed = stored.keys.sorted()
        toDrop += stored.values.map(\.rowID)
        report.parsed = toParse.map(\.relativePath).sorted()

        let searchText = try SearchText(db)
        for rowID in toDrop { try drop(rowID: rowID, searchText: searchText, in: db) }
        let mustRetry = try parseAndWrite(toParse, taxonomies: taxonomies, headsFirst: headsFirst, searchText: searchText,
                                          into: db, progress: progress)
        try FolderStamps.store(folders, in: db)
        // A file whose read failed is tried again at every launch: no fingerprint then.
        try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('fingerprint', ?)",
                       arguments: [mustRetry ? "" : fingerprint(files)])
        return report
    }

    /// Removes one article and what it left in the search tables.
    private static func drop(rowID: Int64, searchText: SearchText, in db: Database) throws {
        try searchText.forget(rowID: rowID)
        try db.execute(sql: "DELETE FROM article WHERE rowid = ?", arguments: [rowID])
    }

    /// Parses `files` chunk by chunk on background threads, writing each finished chunk here;
    /// true when some file could not be read (it will be tried again).
    private static func parseAndWrite(_ files: [ArticleFile], taxonomies: SiteTaxonomies, headsFirst: Bool,
                                      searchText: SearchText, into db: Database, progress: IndexProgressReporter?) throws -> Bool {
        guard !files.isEmpty else { return false }
        var mustRetry = false
        let chunks = stride(from: 0, to: files.count, by: chunkSize).map { Array(files[$0..<min(files.count, $0 + chunkSize)]) }
        // Heads are opened and read a chunk ahead of the parsers (on a first build, the disk is the wait).
        let prefetch = headsFirst ? HeadPrefetch(length: IndexRecord.headLimits[0] + 1) : nil
        var prefetched = chunks.prefix(2).map { prefetch?.start($0) }
        var pending = ChunkParse(chunks[0], prefetched: prefetched.removeFirst(), taxonomies: taxonomies, headsOnly: headsFirst)
        let insertArticle = try db.makeStatement(sql: "INSERT INTO article (\(IndexRecord.articleColumns)) VALUES (\(IndexRecord.articlePlaceholders))")
        for index in chunks.indices {
            let records = pending.wait()
            if index + 2 < chunks.count { prefetched.append(prefetch?.start(chunks[index + 2])) }
            if index + 1 < chunks.count {
                pending = ChunkParse(chunks[index + 1], prefetched: prefetched.removeFirst(), taxonomies: taxonomies, headsOnly: headsFirst)
            }
            for record in records {
                if record.status == .readFailed { mustRetry = true }
                try insertArticle.execute(arguments: record.articleValues)
                guard record.status == .readable, !record.bodyPending else { continue }
                try searchText.write(rowID: db.lastInsertedRowID, record)
            }
            progress?.report(done: min(files.count, (index + 1) * chunkSize), total: files.count)
            #if DEBUG
            DebugSlowIndex.pauseAfterChunk()
            #endif
        }
        return mustRetry
    }
}

/// One chunk of files being parsed on all cores in the background.
final class ChunkParse: @unchecked Sendable {
    // @unchecked: `records` is written by the background block only, each slot by one worker,
    // and read after `done` has been waited for.
    private var records: [IndexRecord?]
    private let done = DispatchGroup()

    /// `prefetched`: the files' descriptors a ``HeadPrefetch`` is opening (heads only).
    init(_ files: [ArticleFile], prefetched: PrefetchedHeads? = nil, taxonomies: SiteTaxonomies, headsOnly: Bool) {
        records = Array(repeating: nil, count: files.count)
        done.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            records.withUnsafeMutableBufferPointer { slots in
                let slots = SendableSlots(base: slots)
                DispatchQueue.concurrentPerform(iterations: files.count) { index in
                    slots.base[index] = headsOnly
                        ? IndexRecord(readingHeadOf: files[index], descriptor: prefetched?.take(index), taxonomies: taxonomies)
                        : IndexRecord(parsing: files[index], taxonomies: taxonomies)
                }
            }
            done.leave()
        }
    }

    func wait() -> [IndexRecord] {
        done.wait()
        return records.compactMap { $0 }
    }
}

/// A buffer that concurrent workers fill, each index written by exactly one of them.
private struct SendableSlots: @unchecked Sendable {
    let base: UnsafeMutableBufferPointer<IndexRecord?>
}
