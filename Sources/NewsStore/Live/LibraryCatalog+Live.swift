import Foundation
import NewsCore

/// The live library: a watcher re-syncs the index when files change, on its own thread, and the
/// catalog's thread takes the result when it is ready (``takeChange()``), never blocking on it.
extension LibraryCatalog {
    /// Starts watching the library folder (once; later calls return the running watcher's mode).
    ///
    /// - Parameter forcePolling: use the `stat`-walk fallback even where inotify works.
    @discardableResult
    public func startWatching(forcePolling: Bool = false) -> LibraryWatcher.Mode {
        if let watcher = live.watcher { return watcher.mode }
        let index = self.index, live = self.live, folder = root.path
        let watcher = LibraryWatcher(root: folder, forcePolling: forcePolling) {
            live.work.async { Self.refresh(index: index, live: live) { try index.resync(folder: folder, known: $0) } }
        }
        live.watcher = watcher
        // Once the watch is in place: compare the walk a launch left running, or walk again
        // (files written during a first build came after its walk, and no event will tell).
        live.work.async { Self.checkLaunchWalk(index: index, live: live, folder: folder) }
        return watcher.mode
    }

    /// Waits for the walk a launch left running (``open(root:locations:rebuildIndex:revalidateInBackground:progress:)``)
    /// and brings the index and the list up to date with it; the difference, nil when the index
    /// was right (at once when there was no such walk).
    public func revalidate() throws -> LibraryChange? {
        let index = self.index, live = self.live
        live.work.sync { Self.checkLaunchWalk(index: index, live: live, folder: nil) }
        return try takeChange()
    }

    /// On `live.work`: the launch's walk against the index, once; without one, a new walk of
    /// `folder` when given.
    private static func checkLaunchWalk(index: LibraryIndex, live: LiveRefresh, folder: String?) {
        guard !live.launchWalkChecked else { return }
        live.launchWalkChecked = true
        live.lastFingerprint = index.fingerprintAtOpen
        if let walk = index.pendingWalk {
            refresh(index: index, live: live) { try index.resync(after: walk, known: $0) }
        } else if let folder {
            refresh(index: index, live: live) { try index.resync(folder: folder, known: $0) }
        }
    }

    /// Once a first build's background body pass ends, its listing (with what the bodies gave)
    /// reach the catalog's thread as a change to take (nothing when there is no such pass).
    func followBodyPass() {
        let index = self.index, live = self.live
        guard index.startedWithPendingBodies else { return }
        live.bodyDelivery.enter()
        index.whenBodiesDone(on: live.work) {
            defer { live.bodyDelivery.leave() }
            do {
                // Off the reader's thread, and the search fill just started: wait for its lock
                // long enough to store the listing, or the next launch reads it from every row
                // (at 100k, seconds and 100 MB).
                live.deliver(IndexRefresh(listing: try index.readListing(storeWait: 5000), scanProblems: index.scanProblems,
                                          bodiesFilled: true))
            } catch {
                live.deliver(IndexRefresh(failure: "\(error)"))
            }
        }
    }

    /// True once every article's body is parsed (see ``open(root:locations:rebuildIndex:revalidateInBackground:listBeforeBodies:progress:)``).
    public var areBodiesDone: Bool {
        index.areBodiesDone
    }

    /// Returns once every article's body is parsed and the summaries and problems are complete.
    public func waitUntilBodiesDone() throws {
        guard index.startedWithPendingBodies else { return }
        let finishedHere = try index.waitForBodies()
        // The pass's own delivery, made when it ended; read again only when it failed and the
        // bodies were finished here (its listing then lacks them).
        live.bodyDelivery.wait()
        if finishedHere {
            live.deliver(IndexRefresh(listing: try index.readListing(), scanProblems: index.scanProblems, bodiesFilled: true))
        }
        _ = try takeChange()
    }

    /// Stops watching (tests, and a reader on its way out).
    public func stopWatching() {
        live.watcher?.stop()
    }

    /// How changes are noticed, nil when the library is not watched.
    public var watchMode: LibraryWatcher.Mode? {
        live.watcher?.mode
    }

    /// Applies what the watcher found since the last call: the listing and problems are
    /// replaced, and the difference is returned (nil when nothing was found). Never waits.
    ///
    /// - Throws: ``LibraryError/refreshFailed(_:)`` when the index could not be brought up to date
    ///   (the list stays as it was; the next change tries again).
    public func takeChange() throws -> LibraryChange? {
        guard let refresh = live.take() else { return nil }
        var change = LibraryChange()
        if let read = refresh.listing {
            // Compared by their count and signature: decoding every problem twice per change cost
            // seconds and a hundred megabytes in a library with a warning in most files.
            let old = indexListing, oldProblems = problemOverview()
            replaceListing(read)
            change = LibraryChange.between(old, read)
            change.detailsFilled = refresh.bodiesFilled
            scanProblems = refresh.scanProblems
            cachedProblems = nil
            let newProblems = problemOverview()
            change.problemsChanged = newProblems.files != oldProblems.files || newProblems.signature != oldProblems.signature
        }
        if let failure = refresh.failure { throw LibraryError.refreshFailed(failure) }
        return change.isEmpty ? nil : change
    }

    /// On `live.work`: re-sync as `resync` does given the fingerprint last seen, and leave the
    /// result for the catalog's thread.
    private static func refresh(index: LibraryIndex, live: LiveRefresh,
                                resync: (_ known: String?) throws -> (fingerprint: String, refresh: IndexRefresh)?) {
        do {
            guard let (fingerprint, refresh) = try resync(live.lastFingerprint) else { return }
            live.lastFingerprint = fingerprint
            live.deliver(refresh)
        } catch {
            live.deliver(IndexRefresh(failure: "\(error)"))
        }
    }
}
