import Foundation
import GRDB
import GRDBSQLite
import NewsCore
import NewsReading

/// The index's readable articles as the reader's list needs them (``ArticleListing``: ids,
/// dates, facets as numbers), each with its `article` rowid for reading its full summary when a
/// row is drawn; and the files hidden as duplicate ids.
struct IndexListing {
    /// Newest first (ties by id in natural order, highest first), drafts included, terms as
    /// the files spell them (the catalog merges spellings, ``LibraryTerms``).
    var listing: ArticleListing
    var rowIDs: [Int64]
    /// Each row's file size and modification time in one number: a file that changed has another.
    var stamps: [Int64]
    var hiddenDuplicates: [Problem]
    /// Rows of the files hidden as duplicates.
    var hiddenRowIDs: Set<Int64>
    /// Files with stored problems or hidden as duplicates, and the length of the stored
    /// problems' text (what changes when they do): the reader's launch needs no more of them.
    var problemFiles = 0
    var problemLength = 0

    /// The stored listing, or else the listing read from the rows, then stored for the next
    /// launches (in one write transaction, so the rows cannot change in between). Where the
    /// index cannot be written now (another writer beyond a short wait, a read-only folder), the
    /// rows are read without storing. Of two files with the same id, the one whose path sorts
    /// first is kept (as ``Library/load(from:)`` does).
    /// `storeWait`: how long to wait for another writer before reading the rows without storing
    /// (milliseconds, at most the connection's own timeout).
    static func load(_ queue: DatabaseQueue, taxonomies: SiteTaxonomies, storeWait: Int = 200) throws -> IndexListing {
        if let stored = try queue.read(Self.stored) { return stored }
        do {
            return try queue.writeWithoutTransaction { db in
                let timeout = try Int.fetchOne(db, sql: "PRAGMA busy_timeout") ?? 0
                // A search fill holds the lock a chunk at a time: a launch waits a little, never seconds.
                try db.execute(sql: "PRAGMA busy_timeout = \(min(timeout, storeWait))")
                defer { try? db.execute(sql: "PRAGMA busy_timeout = \(timeout)") }
                var listing: IndexListing?
                try db.inTransaction(.immediate) {
                    if let stored = try Self.stored(db) {
                        listing = stored
                        return .commit
                    }
                    let computed = try compute(db, taxonomies: taxonomies)
                    try db.execute(sql: "INSERT OR REPLACE INTO listing_cache (id, data) VALUES (1, ?)",
                                   arguments: [ListingCodec.encode(computed)])
                    listing = computed
                    return .commit
                }
                return try listing ?? compute(db, taxonomies: taxonomies)
            }
        } catch {
            return try queue.read { try compute($0, taxonomies: taxonomies) }
        }
    }

    /// The listing the index keeps, nil when it keeps none (or one that does not decode).
    static func stored(_ db: Database) throws -> IndexListing? {
        // Read a piece at a time (incremental blob I/O): a `SELECT` would hold the whole block,
        // 16 MB at 100k articles, in memory beside the listing decoded from it.
        var blob: OpaquePointer?
        guard sqlite3_blob_open(db.sqliteConnection, "main", "listing_cache", "data", 1, 0, &blob) == SQLITE_OK, let blob else {
            sqlite3_blob_close(blob)  // no row yet (the listing is computed instead); closing nil is a no-op
            return nil
        }
        defer { sqlite3_blob_close(blob) }
        return ListingCodec.decode(ByteSource(count: Int(sqlite3_blob_bytes(blob))) { destination, offset in
            sqlite3_blob_read(blob, destination.baseAddress, Int32(destination.count), Int32(offset)) == SQLITE_OK
        })
    }

    /// Reads the listing from the article rows. Sorted here rather than by `ORDER BY`: SQLite's
    /// sorter copied every selected column of every row, and spilled to temporary files at 100k.
    static func compute(_ db: Database, taxonomies: SiteTaxonomies) throws -> IndexListing {
        let (duplicates, hidden) = try Self.duplicates(db)
        var listing = ArticleListing(taxonomies: taxonomies.extra.sorted())
        var rowIDs: [Int64] = [], stamps: [Int64] = []
        try db.forEachRawRow(sql: """
            SELECT rowid, article_id, instant, utc_offset, date_only, draft, blocks, topics, tags, outlets, terms, size, mtime
            FROM article WHERE status = 1
            """) { row in
            let rowID = row.int64(0)
            guard hidden.isEmpty || !hidden.contains(rowID) else { return }
            rowIDs.append(rowID)
            stamps.append(row.int64(12) &* 1_000_003 &+ row.int64(11))
            listing.append(id: ArticleID(row.string(1)), date: ArticleDate(instant: Date(timeIntervalSince1970: row.double(2)), utcOffsetSeconds: row.int(3),
                                                                         isDateOnly: row.bool(4)), isDraft: row.bool(5),
                           bodyBlocks: row.int(6), topics: row.list(7), tags: row.list(8), outlets: row.list(9),
                           terms: TermsCodec.decode(row.text(10)))
        }
        listing.finish()
        let order = listing.ids.indices.sorted { left, right in
            let leftDate = listing.dates[left], rightDate = listing.dates[right]
            // Ids are made from the listing's bytes: only for the ties that need them.
            guard leftDate.instant == rightDate.instant else { return leftDate.instant > rightDate.instant }
            return ArticleOrder.newestFirst(leftDate, listing.ids[left], rightDate, listing.ids[right])
        }
        listing.keep(order)
        let problems = try Row.fetchOne(db, sql: "SELECT count(*), total(length(problems)) FROM article WHERE problems IS NOT NULL")
        var hiddenWithout = 0
        for rowID in hidden {
            hiddenWithout += try Int.fetchOne(db, sql: "SELECT count(*) FROM article WHERE rowid = ? AND problems IS NULL",
                                              arguments: [rowID]) ?? 0
        }
        return IndexListing(listing: listing, rowIDs: order.map { rowIDs[$0] },
                            stamps: order.map { stamps[$0] }, hiddenDuplicates: duplicates,
                            hiddenRowIDs: hidden, problemFiles: (problems?[0] ?? 0) + hiddenWithout,
                            problemLength: Int(problems?[1] ?? 0.0))
    }

    /// Files hidden because an earlier path has the same article id, each as a warning, and
    /// their rows. The inner query reads the `article_by_id` index alone (no row lookups), and
    /// finds the rare repeats.
    private static func duplicates(_ db: Database) throws -> ([Problem], Set<Int64>) {
        let rows = try Row.fetchAll(db, sql: """
            SELECT article_id, path, rowid FROM article
            WHERE status = 1 AND article_id IN (
                SELECT article_id FROM article GROUP BY article_id HAVING count(*) > 1)
            ORDER BY article_id, path
            """)
        var first: [String: String] = [:]
        var problems: [Problem] = []
        var hidden: Set<Int64> = []
        for row in rows {
            let id: String = row[0], path: String = row[1]
            if let kept = first[id] {
                problems.append(Problem(path: path, severity: .warning, message: "same article id '\(id)' as \(kept); this file is hidden"))
                hidden.insert(row[2])
            } else {
                first[id] = path
            }
        }
        return (problems, hidden)
    }
}

/// The summaries of the index's readable articles, for the commands that print them all.
struct IndexSummaries {
    /// Where `rowid` is when selected after ``ArticleSummary/indexColumns``.
    private static let rowIDColumn: CInt = 16

    /// Every readable article but hidden duplicates, in `listing`'s order.
    static func read(_ db: Database, listing: IndexListing) throws -> [ArticleSummary] {
        var byRow: [Int64: ArticleSummary] = [:]
        byRow.reserveCapacity(listing.rowIDs.count)
        try db.forEachRawRow(sql: "SELECT \(ArticleSummary.indexColumns), rowid FROM article WHERE status = 1") { row in
            byRow[row.int64(Self.rowIDColumn)] = ArticleSummary(indexRow: row)
        }
        return listing.rowIDs.compactMap { byRow[$0] }
    }

    /// The summaries of `rowIDs` (those still in the index), by rowid.
    static func read(_ db: Database, rowIDs: [Int64]) throws -> [Int64: ArticleSummary] {
        var found: [Int64: ArticleSummary] = [:]
        // SQLite's limit on bound parameters is far above a screen of rows; chunks keep it so.
        for chunk in stride(from: 0, to: rowIDs.count, by: 500).map({ rowIDs[$0..<min($0 + 500, rowIDs.count)] }) {
            let list = chunk.map(String.init).joined(separator: ",")
            try db.forEachRawRow(sql: "SELECT \(ArticleSummary.indexColumns), rowid FROM article WHERE rowid IN (\(list))") { row in
                found[row.int64(Self.rowIDColumn)] = ArticleSummary(indexRow: row)
            }
        }
        return found
    }
}

extension LibraryIndex {
    /// The listing (read during the walk when nothing changed, else now).
    func listing() throws -> IndexListing {
        if let preloaded { return preloaded }
        return try readListing()
    }

    /// Reads the listing (the stored one, or from the rows, then stored); `storeWait` as in
    /// ``IndexListing/load(_:taxonomies:storeWait:)``.
    func readListing(storeWait: Int = 200) throws -> IndexListing {
        try IndexListing.load(queue, taxonomies: taxonomies, storeWait: storeWait)
    }

    /// Every readable article's full summary, in `listing`'s order (the printing commands).
    func summaries(_ listing: IndexListing) throws -> [ArticleSummary] {
        try queue.read { try IndexSummaries.read($0, listing: listing) }
    }

    /// The full summaries of a few rows (the rows the reader draws), by rowid.
    func summaries(rowIDs: [Int64]) throws -> [Int64: ArticleSummary] {
        try queue.read { try IndexSummaries.read($0, rowIDs: rowIDs) }
    }

    /// Every readable article's id and path, but files hidden as duplicates.
    func paths(hiding hidden: Set<Int64>) throws -> [(id: ArticleID, path: String)] {
        try queue.read { db in
            var paths: [(id: ArticleID, path: String)] = []
            try db.forEachRawRow(sql: "SELECT rowid, article_id, path FROM article WHERE status = 1") { row in
                if hidden.isEmpty || !hidden.contains(row.int64(0)) { paths.append((ArticleID(row.string(1)), row.string(2))) }
            }
            return paths
        }
    }

    /// The other addresses of the articles whose front matter gives some (``SiteLinks``), by id.
    func siteAddresses() throws -> [ArticleID: SiteAddresses] {
        try queue.read { db in
            var addresses: [ArticleID: SiteAddresses] = [:]
            try db.forEachRawRow(sql: "SELECT article_id, site_links FROM article WHERE status = 1 AND site_links != ''") { row in
                addresses[ArticleID(row.string(0))] = SiteLinks.decode(row.string(1))
            }
            return addresses
        }
    }

    /// Problems of every file (stored ones, the walk's, hidden duplicates), by path and line.
    func problems(scanProblems: [Problem], hiddenDuplicates: [Problem]) throws -> [Problem] {
        var problems = scanProblems + hiddenDuplicates
        try queue.read { db in
            let rows = try Row.fetchCursor(db, sql: "SELECT path, problems FROM article WHERE problems IS NOT NULL")
            while let row = try rows.next() {
                problems += ProblemCodec.decode(row[1], path: row[0])
            }
        }
        return problems.sorted { ($0.path, $0.line ?? 0) < ($1.path, $1.line ?? 0) }
    }

    /// The number of files the index knows, readable or not.
    func fileCount() throws -> Int {
        try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM article") ?? 0 }
    }

    /// The path of the readable file holding article `id` (the first by path, as the list keeps).
    func path(of id: ArticleID) throws -> String? {
        try queue.read { db in
            try String.fetchOne(db, sql: "SELECT path FROM article WHERE article_id = ? AND status = 1 ORDER BY path LIMIT 1",
                                arguments: [id.rawValue])
        }
    }

    /// The search index's matches for `query` (see ``SearchEngine``); `terms` widens a tag or
    /// topic filter to every spelling the library merged; snippets come from the files under `root`.
    func search(_ query: String, options: SearchOptions, terms: LibraryTerms? = nil, root: URL) throws -> [CatalogSearchHit] {
        try queue.read {
            try SearchEngine.search(query, options: options, terms: terms, root: root, taxonomies: taxonomies, in: $0)
        }
    }
}
