import Foundation
import GRDB
import NewsCore

/// `newsreader search` without opening the catalog: the index alone answers.
///
/// Opening the catalog reads every summary, merges every taxonomy's terms and walks the library
/// (a `stat` of every article): at 100k articles that was the whole of a search's time and more
/// than `grep`. This trusts the index instead and checks it by its folders (``FolderStamps``):
/// when one was changed (an article added, removed or renamed), the library is walked and the
/// index synced before answering. An article rewritten in place is seen by the next walk (the
/// reader's launch or watcher, any other command); until then a hit whose file no longer holds
/// the words is left out (``SearchSnippets``).
public enum LibrarySearch {
    /// The hits for `query` in the library at `root`, or nil when the index cannot answer alone
    /// (none yet, stale, its search tables not complete): then open the catalog, which builds.
    ///
    /// - Parameter incomplete: hears the percent of the library searchable now when the index is
    ///   current but its search tables are not complete (a reader's first build still filling them,
    ///   or one that exited before it was done): the catalog will complete them before answering.
    public static func run(_ query: String, options: SearchOptions, root: URL,
                           locations: StoreLocations = .fromEnvironment(),
                           incomplete: (Int) -> Void = { _ in }) throws -> [CatalogSearchHit]? {
        let folder = try Library.resolveRoot(root)
        let site = SiteConfigReader.read(libraryFolder: folder)
        let file = IndexFile(libraryPath: folder.standardizedFileURL.resolvingSymlinksInPath().path,
                             taxonomies: site.taxonomies, cacheDirectory: locations.cacheDirectory, busyTimeout: 5)
        // A corrupt or locked index is the full open's business (it moves aside or rebuilds). Not
        // opened through ``IndexFile/openExisting()``: GRDB's WAL set-up writes a transaction
        // whenever the WAL file is missing (every open after a clean close); the file is in WAL
        // mode already, and SQLite keeps that without being told.
        guard FileManager.default.fileExists(atPath: file.url.path),
              let queue = try? DatabaseQueue(path: file.url.path, configuration: IndexFile.configuration(busyTimeout: 5, wal: false))
        else { return nil }
        defer { try? queue.close() }
        // How far the search tables are filled is asked only of a current index (an older one's
        // tables may not be what ``SearchCoverage`` reads).
        let (current, coverage) = try queue.read { db -> (Bool, Int?) in
            guard try IndexSchema.staleness(db, libraryPath: file.libraryPath, taxonomies: site.taxonomies) == nil,
                  try !(IndexSync.storedFingerprint(db) ?? "").isEmpty else { return (false, nil) }
            return (true, try SearchCoverage.percent(db))
        }
        guard current else { return nil }
        if let coverage {
            incomplete(coverage)
            return nil
        }
        try queue.read(SearchFolding.install(from:))
        if try queue.read({ try FolderStamps.changed(root: folder.path, in: $0) }) {
            let scan = LibraryScanner.scan(root: folder.path)
            try queue.write { db in
                if try IndexSync.storedFingerprint(db) == IndexSync.fingerprint(scan.files) {
                    // Only something else changed (an image added): remember the folders as they are.
                    try FolderStamps.store(scan.folders, in: db)
                } else {
                    _ = try IndexSync.run(db, files: scan.files, folders: scan.folders, taxonomies: site.taxonomies)
                }
            }
        }
        // Terms are merged only when a filter needs every spelling of a tag or topic.
        let terms = options.tags.isEmpty && options.topics.isEmpty
            ? nil : LibraryTerms(try IndexListing.load(queue, taxonomies: site.taxonomies).listing, taxonomies: site.taxonomies)
        return try queue.read { db in
            try SearchEngine.search(query, options: options, terms: terms, root: folder, taxonomies: site.taxonomies, in: db)
        }
    }
}
