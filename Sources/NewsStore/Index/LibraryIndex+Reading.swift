import Foundation
import GRDB
import NewsCore

/// The summaries of the index's readable articles, and the files hidden as duplicate ids.
struct IndexSummaries {
    var summaries: [ArticleSummary]
    var hiddenDuplicates: [Problem]

    /// Reads every readable article, newest first (ties by id in natural order, highest first), drafts included; of two files
    /// with the same id, the one whose path sorts first is kept (as ``Library/load(from:)`` does).
    ///
    /// Sorted here rather than by `ORDER BY`: SQLite's sorter copied every selected column of
    /// every row, and spilled to temporary files at 100k articles.
    static func read(_ db: Database) throws -> IndexSummaries {
        let duplicates = try Self.duplicates(db)
        let hidden = Set(duplicates.map(\.path))
        var summaries: [ArticleSummary] = []
        try db.forEachRawRow(sql: "SELECT \(ArticleSummary.indexColumns) FROM article WHERE status = 1") { row in
            let summary = ArticleSummary(indexRow: row)
            if hidden.isEmpty || !hidden.contains(summary.path) { summaries.append(summary) }
        }
        let order = summaries.indices.sorted { ArticleOrder.newestFirst(summaries[$0], summaries[$1]) }
        return IndexSummaries(summaries: order.map { summaries[$0] }, hiddenDuplicates: duplicates)
    }

    /// Files hidden because an earlier path has the same article id, each as a warning. The inner
    /// query reads the `article_by_id` index alone (no row lookups), and finds the rare repeats.
    private static func duplicates(_ db: Database) throws -> [Problem] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT article_id, path FROM article
            WHERE status = 1 AND article_id IN (
                SELECT article_id FROM article GROUP BY article_id HAVING count(*) > 1)
            ORDER BY article_id, path
            """)
        var first: [String: String] = [:]
        var problems: [Problem] = []
        for row in rows {
            let id: String = row[0], path: String = row[1]
            if let kept = first[id] {
                problems.append(Problem(path: path, severity: .warning, message: "same article id '\(id)' as \(kept); this file is hidden"))
            } else {
                first[id] = path
            }
        }
        return problems
    }
}

extension LibraryIndex {
    /// The summaries (read during the walk when nothing changed, else now).
    func summaries() throws -> IndexSummaries {
        if let preloaded { return preloaded }
        return try queue.read(IndexSummaries.read)
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
