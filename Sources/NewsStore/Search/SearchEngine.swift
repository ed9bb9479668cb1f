import Foundation
import GRDB
import NewsCore

/// Full-text search over the index: title hits first, then body hits, best first; a snippet per hit.
///
/// Top hits without scoring every match: a common word (`数据`) is in nearly every article, and
/// scoring all of them cost more than the rest of a search. So two small queries:
/// - title hits from `title_search` (titles are short, so scoring all of them is cheap), best first;
/// - then the other hits among the ``candidates`` most recently indexed matches (FTS5 walks its
///   lists newest rowid first and stops there), ranked by ``SearchRanking`` (bm25 without the
///   whole-index count FTS5's own `bm25()` makes of every phrase). A new or changed article always
///   gets a new rowid, so this is "the most relevant of the latest ~1,000 matches": a search of a
///   news library wants recent articles, and a rare word's matches all fit anyway.
/// Snippets are cut afterwards from the files of the hits kept (``SearchSnippets``).
enum SearchEngine {
    /// Matches scored for the body ranking, newest rowid first.
    static let candidates = 1000

    /// - Parameters:
    ///   - terms: the library's merged terms: a tag or topic filter matches every spelling
    ///     of it that the index stores (`golang` finds articles tagged `Golang`).
    ///   - root: the library folder, whose files give the snippets.
    static func search(_ text: String, options: SearchOptions, terms: LibraryTerms? = nil, root: URL,
                       taxonomies: SiteTaxonomies, in db: Database) throws -> [CatalogSearchHit] {
        let query = SearchQuery(text)
        guard !query.isEmpty, options.limit > 0 else { return [] }
        let (filters, filterArguments) = filter(options, terms: terms)

        var kept = try Int64.fetchAll(db, sql: """
            SELECT title_search.rowid FROM title_search JOIN article a ON a.rowid = title_search.rowid
            WHERE title_search MATCH ? \(filters)
            ORDER BY bm25(title_search) LIMIT ?
            """, arguments: [query.expression] + filterArguments + [options.limit])
        if kept.count < options.limit {
            let body = try Int64.fetchAll(db, sql: """
                SELECT rowid FROM (
                    SELECT search.rowid AS rowid, \(SearchRanking.name)(search) AS score
                    FROM search JOIN article a ON a.rowid = search.rowid
                    WHERE search MATCH ? \(filters)
                    ORDER BY search.rowid DESC LIMIT ?)
                ORDER BY score DESC LIMIT ?
                """, arguments: [query.expression] + filterArguments + [max(candidates, options.limit), options.limit + kept.count])
            let titleHits = Set(kept)
            kept += body.lazy.filter { !titleHits.contains($0) }.prefix(options.limit - kept.count)
        }

        let detail = try db.cachedStatement(sql: """
            SELECT article_id, path, size, mtime, title, instant, utc_offset, date_only, summary, tags, topics
            FROM article WHERE rowid = ?
            """)
        let rows = try kept.compactMap { rowID -> SearchSnippets.Row? in
            guard let row = try Row.fetchOne(detail, arguments: [rowID]) else { return nil }
            return SearchSnippets.Row(
                id: row[0], path: row[1], size: row[2], mtime: row[3], title: row[4],
                date: ArticleDate(instant: Date(timeIntervalSince1970: row[5]), utcOffsetSeconds: row[6], isDateOnly: row[7]),
                summary: row[8], tags: row[9], topics: row[10])
        }
        return SearchSnippets(root: root, taxonomies: taxonomies, builder: SnippetBuilder(query)).hits(rows)
    }

    /// The SQL conditions on `article a` that `options` ask for, and their arguments.
    private static func filter(_ options: SearchOptions, terms: LibraryTerms?) -> (String, StatementArguments) {
        var filters = ""
        var arguments = StatementArguments()
        let wanted = options.tags.map { ("tags", terms?.tags, $0) } + options.topics.map { ("topics", terms?.topics, $0) }
        for (column, vocabulary, name) in wanted {
            let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
            let spellings = vocabulary?.variants(of: trimmed) ?? [trimmed]
            let tests = spellings.map { _ in "instr(char(31) || a.\(column) || char(31), char(31) || ? || char(31)) > 0" }
            filters += " AND (" + tests.joined(separator: " OR ") + ")"
            _ = arguments.append(contentsOf: StatementArguments(spellings))
        }
        if !options.includeDrafts { filters += " AND a.draft = 0" }
        return (filters, arguments)
    }
}
