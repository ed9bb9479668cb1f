import Foundation
import NewsCore

/// The index's answer to a change on disk, made on the watcher's thread and taken by the
/// catalog's thread: the new listing (each row's file size and time tell what changed).
struct IndexRefresh {
    /// Nil when the re-sync failed (the list stays as it was).
    var listing: IndexListing?
    var scanProblems: [Problem] = []
    /// Why the last re-sync failed, if it did (the previous list stays).
    var failure: String?
    /// True when this listing comes from a first build's body pass: its new details (outlets,
    /// length, summaries) are no change to the articles, only to what the list can show of them.
    var bodiesFilled = false
}

/// Where the watcher's thread leaves refreshes for the catalog's thread.
final class LiveRefresh: @unchecked Sendable {
    // @unchecked: `pending` is guarded by `lock`; `watcher` is set once, on the catalog's thread;
    // `lastFingerprint` and `launchWalkChecked` are used on `work` only.
    private let lock = NSLock()
    private var pending: IndexRefresh?
    var watcher: LibraryWatcher?
    /// Where re-syncs run, one at a time and in order (the watcher's and the launch's).
    let work = DispatchQueue(label: "newsreader.live-refresh", qos: .utility)
    /// The walk's fingerprint the catalog's list stands for (nil: unknown, compare with the index).
    var lastFingerprint: String?
    /// Whether the walk a launch left running has been compared with the index.
    var launchWalkChecked = false
    /// Left once a first build's body pass has delivered its summaries (see `followBodyPass`).
    let bodyDelivery = DispatchGroup()

    /// Leaves `refresh`, merged with one not yet taken.
    func deliver(_ refresh: IndexRefresh) {
        lock.withLock {
            var merged = refresh
            if let earlier = pending {
                merged.bodiesFilled = merged.bodiesFilled || earlier.bodiesFilled
                if merged.listing == nil {
                    merged.listing = earlier.listing
                    merged.scanProblems = earlier.scanProblems
                }
            }
            pending = merged
        }
    }

    /// Takes the refresh waiting, if any.
    func take() -> IndexRefresh? {
        lock.withLock {
            defer { pending = nil }
            return pending
        }
    }
}
