import Foundation
import GRDB

/// Writes and forgets the searchable text of `article` rows: the one place that decides whether a
/// row's text goes into the search tables now or waits in `pending_text` for ``SearchFill``
/// (rows above the fill's mark, `search_through`, wait; see ``IndexSchema``).
///
/// Made once per write transaction: the mark is read inside it (another process may be filling).
struct SearchText {
    let searchThrough: Int64
    private let db: Database
    private let insertPending: Statement
    private let insertSearch: Statement
    private let insertTitle: Statement

    init(_ db: Database) throws {
        self.db = db
        searchThrough = try IndexSchema.searchFilledThrough(db)
        insertPending = try db.cachedStatement(sql: "INSERT INTO pending_text (rowid, body) VALUES (?, ?)")
        insertSearch = try db.cachedStatement(sql: "INSERT INTO search (rowid, title, summary, tags, topics, body) VALUES (?, ?, ?, ?, ?, ?)")
        insertTitle = try db.cachedStatement(sql: "INSERT INTO title_search (rowid, title) VALUES (?, ?)")
    }

    /// Makes readable row `rowID` findable by `record`'s title, summary, tags, topics and body.
    func write(rowID: Int64, _ record: IndexRecord) throws {
        guard rowID <= searchThrough else {
            try insertPending.execute(arguments: [rowID, record.storedBody])
            return
        }
        try insertTitle.execute(arguments: [rowID, record.summary.title])
        try insertSearch.execute(arguments: [
            rowID, record.summary.title, record.summary.summary, IndexRecord.joined(record.summary.tags),
            IndexRecord.joined(record.summary.topics), record.body,
        ])
    }

    /// Forgets row `rowID`; call before its `article` row is deleted. Its `search` entries cannot
    /// be removed without the old text: they stay, counted as garbage, and never match again,
    /// since a hit needs its `article` row and rowids are never reused.
    func forget(rowID: Int64) throws {
        try db.execute(sql: "DELETE FROM pending_text WHERE rowid = ?", arguments: [rowID])
        // Telling FTS5 to delete a row it never held would corrupt it.
        guard rowID <= searchThrough,
              try Int.fetchOne(db, sql: "SELECT status FROM article WHERE rowid = ?", arguments: [rowID])
                == IndexSchema.FileStatus.readable.rawValue else { return }
        try db.execute(sql: """
            INSERT INTO title_search (title_search, rowid, title) SELECT 'delete', rowid, title FROM article WHERE rowid = ?
            """, arguments: [rowID])
        try db.execute(sql: """
            INSERT INTO meta (key, value) VALUES ('search_garbage', 1)
            ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1
            """)
    }

    /// True when more than half of all the rowids ever given are garbage in `search`: time to
    /// rebuild (garbage makes the index larger and the common words' lists longer).
    static func hasTooMuchGarbage(_ db: Database) throws -> Bool {
        guard let garbage = try Int64.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'search_garbage'"),
              garbage > 0 else { return false }
        let given = try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'article'") ?? 0
        return garbage * 2 > given
    }
}
