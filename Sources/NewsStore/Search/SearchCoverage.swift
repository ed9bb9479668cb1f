import Foundation
import GRDB

/// How much of the library a search covers while a first build's search index is still being
/// filled: ``SearchFill`` fills in rowid order, so the search tables hold exactly the rows up to
/// its mark. Two lookups by rowid, no scan: cheap enough to ask with every search.
enum SearchCoverage {
    /// The share of the library's rows that search finds, in percent (0–99, rounded down, by
    /// rowid, which a first build gives in one run); nil when the search tables are complete.
    static func percent(_ db: Database) throws -> Int? {
        let through = try IndexSchema.searchFilledThrough(db)
        guard through != IndexSchema.searchComplete else { return nil }
        let last = try Int64.fetchOne(db, sql: "SELECT max(rowid) FROM article") ?? 0
        guard last > 0 else { return 0 }
        return Int(min(99, max(0, through) * 100 / last))
    }
}

extension LibraryIndex {
    /// The search index's matches for `query` as it stands, without waiting for a fill still
    /// running, and what share of the library it covered (nil: all of it), read in one transaction.
    func searchNow(_ query: String, options: SearchOptions, terms: LibraryTerms? = nil,
                   root: URL) throws -> (hits: [CatalogSearchHit], coverage: Int?) {
        try queue.read { db in
            let hits = try SearchEngine.search(query, options: options, terms: terms, root: root, taxonomies: taxonomies, in: db)
            return (hits, try SearchCoverage.percent(db))
        }
    }
}
