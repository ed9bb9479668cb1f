import Foundation
import NewsCore
import NewsStore
import NewsUI

/// The library screen's rows read from the catalog's index by rowid, a screenful at a time,
/// keeping the last few hundred read (moving the highlight redraws the same rows).
final class CatalogRows: ArticleRows, @unchecked Sendable {
    // @unchecked: the runtime's loop is the only caller; `lock` guards the cache all the same.
    private let catalog: LibraryCatalog
    /// The index row of each listed position.
    private let rowIDs: [Int64]
    private let lock = NSLock()
    private var cache: [Int: ArticleSummary] = [:]
    /// Rows kept: a few screens' worth.
    static let cacheLimit = 512

    init(catalog: LibraryCatalog, rowIDs: [Int64]) {
        self.catalog = catalog
        self.rowIDs = rowIDs
    }

    func summaries(at positions: [Int]) -> [Int: ArticleSummary] {
        lock.withLock {
            var found: [Int: ArticleSummary] = [:]
            var missing: [Int] = []
            for position in positions where rowIDs.indices.contains(position) {
                if let cached = cache[position] { found[position] = cached } else { missing.append(position) }
            }
            guard !missing.isEmpty else { return found }
            // A row that cannot be read (the index failed, the file just went) is left out:
            // the list draws what it has, and the live refresh brings the new listing.
            let read = (try? catalog.summaries(rowIDs: missing.map { rowIDs[$0] })) ?? [:]
            if cache.count + missing.count > Self.cacheLimit { cache.removeAll(keepingCapacity: true) }
            for position in missing {
                guard let summary = read[rowIDs[position]] else { continue }
                found[position] = summary
                cache[position] = summary
            }
            return found
        }
    }

    func paths() -> [(id: ArticleID, path: String)] {
        (try? catalog.articlePaths()) ?? []
    }

    func siteAddresses() -> [ArticleID: SiteAddresses] {
        (try? catalog.articleSiteAddresses()) ?? [:]
    }
}
