import Foundation
import GRDB
import NewsCore

/// The tables of the library index (DESIGN.md, "Two stores, two promises": the index is
/// disposable, so a schema change bumps ``version`` and old files are rebuilt, never migrated).
///
/// - `article`: one row per article file the scanner found, keyed by path, with the size and
///   modification time that decide whether it must be parsed again, everything a list, the facets
///   and `list --json` show (outlets, reading minutes and length among them), and the
///   file's problems (so `check`-style reports need no parse).
///   Files that are not readable text keep a row too (status 0 or -1, problems only).
/// - `article_text`: the plain text of each readable article's body, the content of the search,
///   stored as UTF-16 bytes: CJK characters take 2 bytes instead of UTF-8's 3, which keeps the
///   index within its size aim (≤ 1.5× the library); the rest of the database stays UTF-8, so
///   reading summaries at launch converts nothing.
/// - `search`: FTS5 over title, summary, tags, topics and body, reading its content through the
///   `search_source` view (external content: nothing is stored twice), tokenised by
///   ``SearchTokenizer``.
/// - `title_search`: FTS5 over titles alone, so "title hits first" costs a lookup in a small
///   index instead of a second pass over the large one.
/// - `article.terms`: the terms of the site's own taxonomies (``SiteTaxonomies``), see
///   ``TermsCodec``; `meta.taxonomies` names those taxonomies, and an index made for others is stale.
/// - `listing_cache`: the reader's listing (``IndexListing``, ``ListingCodec``) as the last launch
///   computed it; triggers empty it whenever an `article` row changes, so it is never stale.
/// - `meta`: the library path, the walk's fingerprint, and `search_through`: the two FTS tables
///   hold exactly the readable rows whose rowid is at most this (see ``SearchFill``). A first build
///   commits the rows with 0 there, and the tables are filled afterwards.
enum IndexSchema {
    /// Bump on any change below: an index with another `user_version` is rebuilt. 4: the stored
    /// text and problems are what a reader sees (no comments, HTML, shortcodes, URLs; issue 14).
    /// 5: a missing featured image is a problem too (issue 15). 6: outlets, series, reading time
    /// and length per article; Traditional characters folded to Simplified by the tokenizer (issue 17).
    /// 7: the terms of the site's taxonomies (series among them, no column of its own), titles and
    /// dates with their fallbacks, Hugo's summaries, forgiving front matter, GB18030 (issue 13).
    /// 8: `listing_cache` (issue 16).
    static let version = 8

    /// `search_through` once every row is in the FTS tables, new rows included.
    static let searchComplete = Int64.max

    /// Separates the tags (or topics) of an article in one column; a separator to the tokenizer.
    static let listSeparator: Character = "\u{1F}"

    /// Whether an article file could be read.
    enum FileStatus: Int {
        /// Read and parsed: listed and searchable.
        case readable = 1
        /// Not text newsreader can read (binary, not UTF-8, too large): reported, never listed.
        case unreadable = 0
        /// The read itself failed (permissions): tried again at every launch.
        case readFailed = -1
    }

    /// The SQL function that reads `article_text.body` back as text (see ``registerFunctions(_:)``).
    static let utf16Function = "newsreader_utf16"

    /// Registers the tokenizer and the body decoder on a connection (every connection needs them).
    static func registerFunctions(_ db: Database) {
        db.add(tokenizer: SearchTokenizer.self)
        // The text comes back as a BLOB of UTF-8 bytes, which FTS5 reads as text as it is
        // (SQLite casts a BLOB to TEXT without conversion): no Swift String to build and validate
        // for every article while the search tables are filled.
        db.add(function: DatabaseFunction(utf16Function, argumentCount: 1, pure: true) { values in
            guard let data = Data.fromDatabaseValue(values[0]) else { return nil }
            return data.withUnsafeBytes(utf8Data(fromUTF16:))
        })
    }

    static func create(_ db: Database, libraryPath: String, taxonomies: SiteTaxonomies) throws {
        try db.execute(sql: """
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE article (
                rowid INTEGER PRIMARY KEY,
                path TEXT NOT NULL UNIQUE,
                size INTEGER NOT NULL,
                mtime INTEGER NOT NULL,
                status INTEGER NOT NULL,
                article_id TEXT NOT NULL,
                title TEXT NOT NULL,
                instant REAL NOT NULL,
                utc_offset INTEGER NOT NULL,
                date_only INTEGER NOT NULL,
                draft INTEGER NOT NULL,
                summary TEXT,
                tags TEXT NOT NULL,
                topics TEXT NOT NULL,
                terms TEXT,
                footnotes INTEGER NOT NULL,
                problems TEXT,
                outlets TEXT NOT NULL,
                minutes INTEGER NOT NULL,
                characters INTEGER NOT NULL,
                blocks INTEGER NOT NULL
            );
            CREATE INDEX article_by_id ON article(article_id);
            CREATE TABLE article_text (rowid INTEGER PRIMARY KEY, body BLOB NOT NULL);
            CREATE VIEW search_source AS
                SELECT a.rowid AS rowid, a.title AS title, a.summary AS summary, a.tags AS tags,
                       a.topics AS topics, \(utf16Function)(t.body) AS body
                FROM article a JOIN article_text t ON t.rowid = a.rowid;
            CREATE VIRTUAL TABLE search USING fts5(
                title, summary, tags, topics, body,
                content = 'search_source', content_rowid = 'rowid',
                tokenize = '\(SearchTokenizer.name)', detail = full
            );
            CREATE VIRTUAL TABLE title_search USING fts5(
                title, content = 'article', content_rowid = 'rowid',
                tokenize = '\(SearchTokenizer.name)', detail = full
            );
            """)
        try createListingCache(db)
        try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('library', ?)", arguments: [libraryPath])
        try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('taxonomies', ?)", arguments: [taxonomiesKey(taxonomies)])
        try setSearchFilled(through: 0, db)
        try db.execute(sql: "PRAGMA user_version = \(version)")
    }

    /// The listing's table, emptied by any insert, update or delete of an article row (however
    /// the sync writes them).
    private static func createListingCache(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE listing_cache (id INTEGER PRIMARY KEY CHECK (id = 1), data BLOB NOT NULL);
            CREATE TRIGGER listing_stale_insert AFTER INSERT ON article BEGIN DELETE FROM listing_cache; END;
            CREATE TRIGGER listing_stale_update AFTER UPDATE ON article BEGIN DELETE FROM listing_cache; END;
            CREATE TRIGGER listing_stale_delete AFTER DELETE ON article BEGIN DELETE FROM listing_cache; END;
            """)
    }

    /// The rowid through which the FTS tables are filled (``searchComplete`` when all are).
    /// Read inside the transaction that depends on it: another process may be filling.
    static func searchFilledThrough(_ db: Database) throws -> Int64 {
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'search_through'").flatMap { Int64($0) } ?? 0
    }

    static func setSearchFilled(through rowID: Int64, _ db: Database) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('search_through', ?)", arguments: [String(rowID)])
    }

    /// Why an existing index cannot be used as it is, or nil when it can.
    static func staleness(_ db: Database, libraryPath: String, taxonomies: SiteTaxonomies) throws -> String? {
        let found = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        if found != version { return "schema version \(found), this newsreader writes \(version)" }
        let library = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'library'")
        if library != libraryPath { return "it belongs to another library (\(library ?? "none"))" }
        let stored = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'taxonomies'")
        if stored != taxonomiesKey(taxonomies) { return "the site's taxonomies changed" }
        return nil
    }

    private static func taxonomiesKey(_ taxonomies: SiteTaxonomies) -> String {
        taxonomies.extra.joined(separator: ",")
    }
}
