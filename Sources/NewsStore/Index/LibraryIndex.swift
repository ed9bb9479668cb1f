import Foundation
import GRDB
import NewsCore

/// The library's index, opened (or rebuilt) and brought up to date with the folder.
///
/// Bad cases (issue 5): a missing or stale index is built anew; a corrupt one is moved aside, then
/// rebuilt; a locked one, or a cache folder that cannot be written, gives an index in memory for
/// this run, which works the same, only without the warm start next time.
final class LibraryIndex: @unchecked Sendable {
    // @unchecked: DatabaseQueue serialises all access; the other properties are immutable.
    let queue: DatabaseQueue
    let status: IndexStatus
    /// Problems the walk found (unreadable folders): never stored, found again at each launch.
    let scanProblems: [Problem]
    /// The listing of the index as the open left it (read while the folder was walked when the
    /// sync changed nothing, or right after a first build); nil to read it on first use.
    let preloaded: IndexListing?
    /// The filling of the search tables, running in the background; nil when they were complete.
    private let searchFill: SearchFill?
    /// The parsing of bodies a first build left pending, running in the background before the
    /// search fill (the reader's first build); nil when every body was parsed.
    private let bodyPass: BodyPass?
    /// The folder walk not yet compared with the index (an open that trusted the index, see
    /// `deferWalk`); whoever revalidates waits for it.
    let pendingWalk: FingerprintWalk?
    /// The fingerprint the summaries read at open stand for, when known.
    let fingerprintAtOpen: String?
    /// The site's taxonomies besides tags and topics, from its configuration file.
    let taxonomies: SiteTaxonomies
    /// What was wrong with the site's configuration file: read once at open, kept with every
    /// later walk's problems.
    let siteProblems: [Problem]

    private init(queue: DatabaseQueue, status: IndexStatus, scanProblems: [Problem], preloaded: IndexListing? = nil,
                 fill: (bodies: BodyPass?, search: SearchFill?) = (nil, nil), pendingWalk: FingerprintWalk? = nil,
                 fingerprintAtOpen: String? = nil, site: SiteConfigReader.Reading) {
        self.pendingWalk = pendingWalk
        self.fingerprintAtOpen = fingerprintAtOpen
        self.siteProblems = site.problems
        self.queue = queue
        self.taxonomies = site.taxonomies
        self.status = status
        self.scanProblems = scanProblems
        self.preloaded = preloaded
        self.searchFill = fill.search
        self.bodyPass = fill.bodies
    }

    /// True when a search can run at once (the search tables are complete).
    var isSearchReady: Bool {
        bodyPass?.isSearchReady ?? searchFill?.isComplete ?? true
    }

    /// Returns once every article is searchable: waits for the background fill, or finishes it here.
    /// `report` hears how far the fill of a full build has got while it waits.
    func waitForSearch(reporting report: ((IndexProgress) -> Void)? = nil) throws {
        if let bodyPass {
            try bodyPass.waitForSearch(orFillWith: queue)
        } else if let searchFill, let report {
            try searchFill.wait(orFillWith: queue, reporting: report)
        } else {
            try searchFill?.wait(orFillWith: queue)
        }
    }

    /// How far the background work (bodies, then search) has got; nil when none is running.
    var backgroundProgress: IndexProgress? {
        (bodyPass?.progress ?? searchFill?.progress)?.current
    }

    /// True when the open left bodies to parse in the background.
    var startedWithPendingBodies: Bool {
        bodyPass != nil
    }

    /// True once every row holds what its body gives (summary, outlets, length, problems).
    var areBodiesDone: Bool {
        bodyPass?.areBodiesDone ?? true
    }

    /// Returns once every body is parsed: waits for the background pass, or finishes it here
    /// (then true).
    @discardableResult
    func waitForBodies() throws -> Bool {
        try bodyPass?.waitForBodies(orFillWith: queue) ?? false
    }

    /// Runs `block` on `queue` once the background body pass has ended; never when there is none.
    func whenBodiesDone(on queue: DispatchQueue, _ block: @escaping @Sendable () -> Void) {
        bodyPass?.whenBodiesDone(on: queue, block)
    }

    /// Walks `folder` (an existing library folder) and opens its index in `cacheDirectory`.
    ///
    /// - Parameters:
    ///   - rebuild: drop any existing index and build from scratch (`newsreader reindex`).
    ///   - busyTimeout: how long to wait for another process that holds the index locked.
    ///   - progress: hears how far parsing has got (a first build, or a sync with many changed files).
    ///   - deferWalk: when a complete index exists, answer from it at once and leave the walk
    ///     running (``pendingWalk``) for the caller to revalidate with; a first build, a stale
    ///     index or one with a file to retry still waits for the walk.
    ///   - listBeforeBodies: a first build reads only the heads of files whose front matter
    ///     decides their row, and parses the bodies in the background (``BodyPass``); otherwise
    ///     every body is parsed before this returns (bodies an earlier run left pending included).
    static func open(folder: URL, cacheDirectory: URL, rebuild: Bool = false, busyTimeout: TimeInterval = 5,
                     deferWalk: Bool = false, listBeforeBodies: Bool = false,
                     progress: ((IndexProgress) -> Void)? = nil) throws -> LibraryIndex {
        let reporter = progress.map(IndexProgressReporter.init)
        let build = BuildChoice(deferWalk: deferWalk && !rebuild, listBeforeBodies: listBeforeBodies && !rebuild)
        let index = try openOrBuild(folder: folder, cacheDirectory: cacheDirectory, rebuild: rebuild, busyTimeout: busyTimeout,
                                    build: build, progress: reporter)
        // `reindex` promises a complete index when it returns, its bar following the search fill
        // (a third of its time). Should the fill fail, the first search tries again and reports the error.
        if rebuild { try? index.waitForSearch(reporting: progress) }
        return index
    }

    /// How an open may answer before all the work is done.
    struct BuildChoice {
        var deferWalk: Bool
        var listBeforeBodies: Bool
    }

    private static func openOrBuild(folder: URL, cacheDirectory: URL, rebuild: Bool, busyTimeout: TimeInterval,
                                    build: BuildChoice, progress: IndexProgressReporter?) throws -> LibraryIndex {
        let libraryPath = folder.standardizedFileURL.resolvingSymlinksInPath().path
        let walk = FolderWalk(root: folder.path, startNow: !build.deferWalk)
        let site = SiteConfigReader.read(libraryFolder: folder)
        var notes: [String] = []
        do {
            try FileManager.default.createDirectory(at: cacheDirectory, withIntermediateDirectories: true)
        } catch {
            notes.append("the cache folder \(cacheDirectory.path) cannot be written (\(Self.reason(error))); index kept in memory")
            return try inMemory(scan: walk.result(), notes: notes, site: site, progress: progress)
        }
        let file = IndexFile(libraryPath: libraryPath, taxonomies: site.taxonomies, cacheDirectory: cacheDirectory,
                             busyTimeout: busyTimeout)
        if rebuild { file.delete() }
        do {
            return try openFile(file, walk: walk, notes: &notes, site: site, build: build, progress: progress)
        } catch let error as DatabaseError where Self.isCorrupt(error) {
            notes.append("the index was corrupt (\(error.resultCode)); \(file.moveAside())")
            do {
                return try openFile(file, walk: walk, notes: &notes, site: site, build: build, progress: progress)
            } catch {
                notes.append("the index could not be rebuilt (\(Self.reason(error))); index kept in memory")
                return try inMemory(scan: walk.result(), notes: notes, site: site, progress: progress)
            }
        } catch {
            notes.append("the index \(file.url.path) cannot be used (\(Self.reason(error))); index kept in memory")
            return try inMemory(scan: walk.result(), notes: notes, site: site, progress: progress)
        }
    }

    /// Opens the index file and syncs it, or builds a new one when it is missing or stale.
    ///
    /// While `walk` runs on another core, the index's summaries as they stand are read here: when
    /// the walk's fingerprint shows nothing changed (the usual launch), those summaries are the
    /// answer, nothing is written, and a warm launch takes the time of the longer half.
    private static func openFile(_ file: IndexFile, walk: FolderWalk, notes: inout [String], site: SiteConfigReader.Reading,
                                 build: BuildChoice, progress: IndexProgressReporter?) throws -> LibraryIndex {
        if let queue = try file.openExisting() {
            if let staleness = try queue.read({
                try IndexSchema.staleness($0, libraryPath: file.libraryPath, taxonomies: site.taxonomies)
            }) {
                try queue.close()
                file.delete()
                notes.append("the index was stale (\(staleness)); rebuilt")
            } else {
                let (fingerprint, searchThrough, bodiesPending) = try queue.read { db in
                    (try IndexSync.storedFingerprint(db), try IndexSchema.searchFilledThrough(db), try BodyPass.hasPendingBodies(db))
                }
                // An index the launch may trust needs only the walk's fingerprint, made in the
                // background while the listing is read; any other needs the walk's files.
                let launchCheck = build.deferWalk && !(fingerprint ?? "").isEmpty ? FingerprintWalk(root: walk.root) : nil
                if launchCheck == nil { walk.start() }
                let preloaded = try IndexListing.load(queue, taxonomies: site.taxonomies)
                // A fill that an earlier run left unfinished (it exited or crashed) carries on.
                let pending = searchThrough != IndexSchema.searchComplete
                // Parsing bodies here changes the listing just read: read it again after.
                let fillLater = { try laterFill(file, queue: queue, bodiesPending: bodiesPending, searchPending: pending,
                                                build: build, progress: progress) }
                let fillAndListing = { () throws -> (fill: (bodies: BodyPass?, search: SearchFill?), listing: IndexListing) in
                    let fill = try fillLater()
                    let parsedHere = fill.bodies == nil && bodiesPending
                    return (fill, parsedHere ? try IndexListing.load(queue, taxonomies: site.taxonomies) : preloaded)
                }
                if let launchCheck, let fingerprint {
                    let (fill, preloaded) = try fillAndListing()
                    var report = IndexSyncReport()
                    report.unchanged = preloaded.rowIDs.count
                    return LibraryIndex(queue: queue, status: IndexStatus(path: file.url.path, notes: notes, sync: report),
                                        scanProblems: site.problems, preloaded: preloaded, fill: fill,
                                        pendingWalk: launchCheck, fingerprintAtOpen: fingerprint, site: site)
                }
                let scan = walk.result()
                if let fingerprint, !fingerprint.isEmpty, fingerprint == IndexSync.fingerprint(scan.files) {
                    let (fill, preloaded) = try fillAndListing()
                    var report = IndexSyncReport()
                    report.unchanged = scan.files.count
                    return LibraryIndex(queue: queue, status: IndexStatus(path: file.url.path, notes: notes, sync: report),
                                        scanProblems: site.problems + scan.problems, preloaded: preloaded, fill: fill,
                                        fingerprintAtOpen: fingerprint, site: site)
                }
                let report = try queue.write {
                    try IndexSync.run($0, files: scan.files, folders: scan.folders, taxonomies: site.taxonomies, progress: progress)
                }
                return LibraryIndex(queue: queue, status: IndexStatus(path: file.url.path, notes: notes, sync: report),
                                    scanProblems: site.problems + scan.problems, fill: try fillLater(), site: site)
            }
        } else {
            notes.append("no index yet; built")
        }
        // Made while the walk runs on another core.
        walk.start()
        let side = try file.createSideFile()
        let scan = walk.result()
        do {
            let report = try side.queue.write {
                let report = try IndexSync.run($0, files: scan.files, folders: scan.folders, taxonomies: site.taxonomies,
                                               headsFirst: build.listBeforeBodies, progress: progress)
                try IndexSchema.finishBulkLoad($0)
                return report
            }
            // Computed and stored in the side file, before the body pass starts: beside it, on two
            // cores, the same work took 20-40 times longer (10k articles), and the list waits for it.
            // Once installed, the index needs no write before the list shows.
            let listing = try IndexListing.load(side.queue, taxonomies: site.taxonomies)
            let queue = try file.install(side)
            let bodiesPending = build.listBeforeBodies ? try queue.read(BodyPass.hasPendingBodies) : false
            return LibraryIndex(queue: queue, status: IndexStatus(path: file.url.path, notes: notes, sync: report),
                                scanProblems: site.problems + scan.problems, preloaded: listing,
                                fill: bodiesPending ? (BodyPass(file: file), nil) : (nil, file.startSearchFill()), site: site)
        } catch {
            try? side.queue.close()
            unlink(side.path)
            throw error
        }
    }

    /// The work an open leaves for later: bodies an earlier run left pending (parsed in the
    /// background when the caller lists before bodies, else here, `progress` hearing how far),
    /// then the search fill.
    private static func laterFill(_ file: IndexFile, queue: DatabaseQueue, bodiesPending: Bool, searchPending: Bool,
                                  build: BuildChoice, progress: IndexProgressReporter?) throws -> (bodies: BodyPass?, search: SearchFill?) {
        if bodiesPending {
            if build.listBeforeBodies { return (BodyPass(file: file), nil) }
            progress?.startPhase(.bodies)
            try BodyPass.fill(queue, library: BodyPass.Library(root: file.libraryPath, taxonomies: file.taxonomies), progress: progress)
            return (nil, file.startSearchFill())
        }
        return (nil, searchPending ? file.startSearchFill() : nil)
    }

    private static func inMemory(scan: LibraryScanner, notes: [String], site: SiteConfigReader.Reading,
                                 progress: IndexProgressReporter?) throws -> LibraryIndex {
        let queue = try DatabaseQueue(configuration: IndexFile.configuration(busyTimeout: 0, wal: false))
        let report = try queue.write { db in
            try IndexSchema.create(db, libraryPath: "", taxonomies: site.taxonomies)
            // One connection only: the search tables are filled along with the rows, as before.
            try IndexSchema.setSearchFilled(through: IndexSchema.searchComplete, db)
            return try IndexSync.run(db, files: scan.files, folders: scan.folders, taxonomies: site.taxonomies, progress: progress)
        }
        return LibraryIndex(queue: queue, status: IndexStatus(path: nil, notes: notes, sync: report),
                            scanProblems: site.problems + scan.problems, site: site)
    }

    static func isCorrupt(_ error: DatabaseError) -> Bool {
        error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB
    }

    private static func reason(_ error: Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        if let error = error as? CocoaError, let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError {
            return underlying.localizedDescription
        }
        return error.localizedDescription
    }
}

/// The folder walk, on another thread: started as soon as the library is opened, or (a launch
/// that may trust its index, which then needs only a ``FingerprintWalk``) once the index says it
/// is needed.
final class FolderWalk: @unchecked Sendable {
    // @unchecked: `scanner` is written once by the background block and read after `done`;
    // `started` only by the opening thread.
    let root: String
    private var scanner: LibraryScanner?
    private var started = false
    private let done = DispatchGroup()

    init(root: String, startNow: Bool) {
        self.root = root
        if startNow { start() }
    }

    /// Starts the walk unless it has started.
    func start() {
        guard !started else { return }
        started = true
        done.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            scanner = LibraryScanner.scan(root: root)
            done.leave()
        }
    }

    /// The walk's result, starting it and waiting for it if need be.
    func result() -> LibraryScanner {
        start()
        done.wait()
        return scanner!
    }
}
