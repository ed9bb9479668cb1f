import Foundation
import GRDB
import NewsCore

/// Full-text search over the index: title hits first, then by bm25; a snippet per hit.
///
/// Ranking happens in one query that reads only row ids and scores (title hits found in the small
/// `title_search` index); snippets are cut afterwards, in Swift, for the hits kept.
enum SearchEngine {
    /// bm25 column weights: title, summary, tags, topics, body. Title hits are ranked first
    /// anyway; the weights order the rest so a summary or tag hit beats a passing mention.
    static let weights = "10.0, 4.0, 3.0, 3.0, 1.0"

    /// - Parameter terms: the library's merged terms: a tag or topic filter matches every spelling
    ///   of it that the index stores (`golang` finds articles tagged `Golang`).
    static func search(_ text: String, options: SearchOptions, terms: LibraryTerms? = nil, in db: Database) throws -> [CatalogSearchHit] {
        let query = SearchQuery(text)
        guard !query.isEmpty, options.limit > 0 else { return [] }
        var filters = ""
        var arguments: StatementArguments = [query.expression]
        let wanted = options.tags.map { ("tags", terms?.tags, $0) } + options.topics.map { ("topics", terms?.topics, $0) }
        for (column, vocabulary, name) in wanted {
            let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
            let spellings = vocabulary?.variants(of: trimmed) ?? [trimmed]
            let tests = spellings.map { _ in "instr(char(31) || a.\(column) || char(31), char(31) || ? || char(31)) > 0" }
            filters += " AND (" + tests.joined(separator: " OR ") + ")"
            _ = arguments.append(contentsOf: StatementArguments(spellings))
        }
        if !options.includeDrafts { filters += " AND a.draft = 0" }
        _ = arguments.append(contentsOf: [query.expression, options.limit])

        let ranked = try Int64.fetchAll(db, sql: """
            SELECT search.rowid FROM search JOIN article a ON a.rowid = search.rowid
            WHERE search MATCH ?
              \(filters)
            ORDER BY search.rowid IN (SELECT rowid FROM title_search WHERE title_search MATCH ?) DESC,
                     bm25(search, \(weights))
            LIMIT ?
            """, arguments: arguments)

        let builder = SnippetBuilder(query)
        let detail = try db.cachedStatement(sql: """
            SELECT a.article_id, a.title, a.instant, a.utc_offset, a.date_only, a.summary, a.tags, a.topics, t.body
            FROM article a JOIN article_text t ON t.rowid = a.rowid WHERE a.rowid = ?
            """)
        return try ranked.compactMap { rowID in
            guard let row = try Row.fetchOne(detail, arguments: [rowID]) else { return nil }
            let title: String = row[1], summary: String? = row[5]
            // The body first (the title is shown anyway), then the other columns.
            let snippet = builder.snippet(ofUTF16: row[8])
                ?? [summary ?? "", title, row[6] as String, row[7] as String].lazy.compactMap(builder.snippet(of:)).first
                ?? (summary ?? title, [])
            return CatalogSearchHit(
                id: ArticleID(row[0]), title: title,
                date: ArticleDate(instant: Date(timeIntervalSince1970: row[2]), utcOffsetSeconds: row[3], isDateOnly: row[4]),
                snippet: snippet.text, highlights: snippet.highlights)
        }
    }
}
