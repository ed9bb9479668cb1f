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
/// - `pending_text`: the plain text of bodies the search tables do not hold yet (a first build's,
///   see ``SearchFill``), as UTF-16 bytes (CJK takes 2 bytes instead of UTF-8's 3); each row is
///   deleted as the fill moves it into `search`, so a complete index stores no text at all.
/// - `search`: contentless FTS5 over title, summary, tags, topics and body, tokenised by
///   ``SearchTokenizer``: the index keeps tokens and positions only, and snippets are cut from the
///   files of the hits shown (``SearchSnippets``). Contentless tables cannot forget a row without
///   its old text (SQLite 3.40 has no `contentless_delete`), so a replaced or removed article's
///   entries stay as garbage: `article` rowids are never reused (AUTOINCREMENT), a hit counts only
///   when its `article` row exists, `meta.search_garbage` counts such rows, and an index whose
///   garbage passes half of all rowids ever given is stale (rebuilt).
/// - `title_search`: FTS5 over titles alone, so "title hits first" costs a lookup in a small
///   index instead of a second pass over the large one.
/// - `article.terms`: the terms of the site's own taxonomies (``SiteTaxonomies``), see
///   ``TermsCodec``; `meta.taxonomies` names those taxonomies, and an index made for others is stale.
/// - `folder`: every folder of the walk last synced and its mtime (``FolderStamps``), so a search
///   can tell from the folders alone whether articles were added, removed or renamed.
/// - `article.body_pending`: 1 while only the head of the file was read (a first build lists
///   the library from the front matter first, see ``BodyPass``): the body's columns (summary,
///   footnotes, outlets, minutes, characters, blocks, the body's problems) and `pending_text` wait
///   for the body pass. A partial index finds those rows without a scan.
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
    /// 8: contentless search, no stored text once searchable, folder mtimes; `article.body_pending`,
    /// rows a first build listed from the head of their file; `listing_cache` (issue 16).
    /// 9: summaries are plain text, their Markdown and shortcodes rendered (`_富_` is `富`);
    /// `article.site_links`, the front matter's slug and other addresses (``SiteLinks``).
    static let version = 9

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

    /// The SQL function that reads `pending_text.body` back as text (see ``registerFunctions(_:)``).
    static let utf16Function = "newsreader_utf16"

    /// Registers the tokenizer, the ranking and the body decoder on a connection (every connection needs them).
    static func registerFunctions(_ db: Database) {
        db.add(tokenizer: SearchTokenizer.self)
        SearchRanking.register(db)
        // The text comes back as a BLOB of UTF-8 bytes, which FTS5 reads as text as it is
        // (SQLite casts a BLOB to TEXT without conversion): no Swift String to build and validate
        // for every article while the search tables are filled.
        db.add(function: DatabaseFunction(utf16Function, argumentCount: 1, pure: true) { values in
            guard let data = Data.fromDatabaseValue(values[0]) else { return nil }
            return data.withUnsafeBytes(utf8Data(fromUTF16:))
        })
    }

    /// Creates the tables of an empty index. With `bulkLoad`, the secondary indexes and the
    /// listing's triggers wait for ``finishBulkLoad(_:)``: a first build inserts every row at
    /// once, and building an index over rows already there is cheaper than keeping it up row by
    /// row (and a trigger run for every row empties a table that is empty anyway).
    static func create(_ db: Database, libraryPath: String, taxonomies: SiteTaxonomies, bulkLoad: Bool = false) throws {
        try db.execute(sql: """
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE article (
                rowid INTEGER PRIMARY KEY AUTOINCREMENT,
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
                blocks INTEGER NOT NULL,
                body_pending INTEGER NOT NULL DEFAULT 0,
                site_links TEXT NOT NULL DEFAULT ''
            );
            CREATE TABLE pending_text (rowid INTEGER PRIMARY KEY, body BLOB NOT NULL);
            CREATE VIEW search_source AS
                SELECT a.rowid AS rowid, a.title AS title, a.summary AS summary, a.tags AS tags,
                       a.topics AS topics, \(utf16Function)(t.body) AS body
                FROM article a JOIN pending_text t ON t.rowid = a.rowid;
            CREATE TABLE folder (path TEXT PRIMARY KEY, mtime INTEGER NOT NULL) WITHOUT ROWID;
            CREATE VIRTUAL TABLE search USING fts5(
                title, summary, tags, topics, body,
                content = '',
                tokenize = '\(SearchTokenizer.name)', detail = full
            );
            CREATE VIRTUAL TABLE title_search USING fts5(
                title, content = 'article', content_rowid = 'rowid',
                tokenize = '\(SearchTokenizer.name)', detail = full
            );
            """)
        if !bulkLoad { try finishBulkLoad(db) }
        try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('library', ?)", arguments: [libraryPath])
        try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('taxonomies', ?)", arguments: [taxonomiesKey(taxonomies)])
        try setSearchFilled(through: 0, db)
        try SearchFolding.store(in: db)
        try db.execute(sql: "PRAGMA user_version = \(version)")
    }

    /// The secondary indexes, and the listing's table, emptied by any insert, update or delete
    /// of an article row (however the sync writes them).
    static func finishBulkLoad(_ db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX article_by_id ON article(article_id);
            CREATE INDEX article_body_pending ON article(rowid) WHERE body_pending = 1;
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
        if try SearchText.hasTooMuchGarbage(db) { return "most of its search index was text since changed or removed" }
        return nil
    }

    private static func taxonomiesKey(_ taxonomies: SiteTaxonomies) -> String {
        taxonomies.extra.joined(separator: ",")
    }
}
