import Foundation
import GRDB
import NewsCore

/// What one synchronisation of the index with the library folder did.
public struct IndexSyncReport: Equatable, Sendable {
    /// Paths read and parsed (added or changed since the index saw them), sorted.
    public var parsed: [String] = []
    /// Paths that vanished and were dropped from the index, sorted.
    public var removed: [String] = []
    /// True when nothing was parsed or removed.
    public var changedNothing: Bool { parsed.isEmpty && removed.isEmpty }
    /// Files taken from the index as they were.
    public var unchanged = 0

    public init() {}
}

/// Brings the index in line with a scan of the folder: unchanged files (same path, size and
/// modification time in nanoseconds) are kept, changed and new ones are parsed, vanished ones are
/// dropped — all in one transaction, so a crash leaves the previous index intact.
///
/// Files are parsed in chunks on all cores while the previous chunk is written, and only each
/// chunk's ``IndexRecord``s are held: never all the `Document`s of the library at once.
enum IndexSync {
    /// Files per chunk: enough to keep both cores busy, small enough to bound memory.
    static let chunkSize = 256

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

    static func run(_ db: Database, files: [ArticleFile]) throws -> IndexSyncReport {
        try run(db, files: files, stored: storedFiles(db))
    }

    /// ``run(_:files:)`` with the index's files already read; they must not have changed since.
    static func run(_ db: Database, files: [ArticleFile], stored: [String: StoredFile]) throws -> IndexSyncReport {
        var stored = stored

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

        for rowID in toDrop { try drop(rowID: rowID, in: db) }
        try parseAndWrite(toParse, into: db)
        return report
    }

    /// Removes one article, its text and its search entries (external content: FTS5 must be told
    /// the old values to remove them, so this happens before the rows go).
    private static func drop(rowID: Int64, in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO search (search, rowid, title, summary, tags, topics, body)
            SELECT 'delete', rowid, title, summary, tags, topics, body FROM search_source WHERE rowid = ?
            """, arguments: [rowID])
        try db.execute(sql: """
            INSERT INTO title_search (title_search, rowid, title)
            SELECT 'delete', rowid, title FROM article WHERE rowid = ? AND status = 1
            """, arguments: [rowID])
        try db.execute(sql: "DELETE FROM article_text WHERE rowid = ?", arguments: [rowID])
        try db.execute(sql: "DELETE FROM article WHERE rowid = ?", arguments: [rowID])
    }

    /// Parses `files` chunk by chunk on background threads, writing each finished chunk here.
    private static func parseAndWrite(_ files: [ArticleFile], into db: Database) throws {
        guard !files.isEmpty else { return }
        let chunks = stride(from: 0, to: files.count, by: chunkSize).map { Array(files[$0..<min(files.count, $0 + chunkSize)]) }
        var pending = ChunkParse(chunks[0])
        let insertArticle = try db.makeStatement(sql: "INSERT INTO article (\(IndexRecord.articleColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        let insertText = try db.makeStatement(sql: "INSERT INTO article_text (rowid, body) VALUES (?, ?)")
        let insertSearch = try db.makeStatement(sql: "INSERT INTO search (rowid, title, summary, tags, topics, body) VALUES (?, ?, ?, ?, ?, ?)")
        let insertTitle = try db.makeStatement(sql: "INSERT INTO title_search (rowid, title) VALUES (?, ?)")
        for index in chunks.indices {
            let records = pending.wait()
            if index + 1 < chunks.count { pending = ChunkParse(chunks[index + 1]) }
            for record in records {
                try insertArticle.execute(arguments: record.articleValues)
                guard record.status == .readable else { continue }
                let rowID = db.lastInsertedRowID
                try insertText.execute(arguments: [rowID, record.storedBody])
                try insertTitle.execute(arguments: [rowID, record.summary.title])
                try insertSearch.execute(arguments: [
                    rowID, record.summary.title, record.summary.summary, IndexRecord.joined(record.summary.tags),
                    IndexRecord.joined(record.summary.topics), record.body,
                ])
            }
        }
    }
}

/// One chunk of files being parsed on all cores in the background.
private final class ChunkParse: @unchecked Sendable {
    // @unchecked: `records` is written by the background block only, each slot by one worker,
    // and read after `done` has been waited for.
    private var records: [IndexRecord?]
    private let done = DispatchGroup()

    init(_ files: [ArticleFile]) {
        records = Array(repeating: nil, count: files.count)
        done.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            records.withUnsafeMutableBufferPointer { slots in
                let slots = SendableSlots(base: slots)
                DispatchQueue.concurrentPerform(iterations: files.count) { index in
                    slots.base[index] = IndexRecord(parsing: files[index])
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
