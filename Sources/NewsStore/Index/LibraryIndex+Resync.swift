import Foundation
import GRDB

extension LibraryIndex {
    /// Walks `folder` again and brings the index up to date through the same sync as a launch
    /// (only changed files are parsed); nil when the walk's fingerprint is `known` (nothing changed
    /// since the caller last looked). Another reader of the same library may have synced the
    /// change already: then nothing is written, and the listing is simply read again.
    func resync(folder: String, known: String?) throws -> (fingerprint: String, refresh: IndexRefresh)? {
        let scan = LibraryScanner.scan(root: folder)
        let fingerprint = IndexSync.fingerprint(scan.files)
        // Unreadable folders are not in the fingerprint: their problems must still reach the list.
        if fingerprint == known && scan.problems.isEmpty { return nil }
        try queue.write { db in
            if try IndexSync.storedFingerprint(db) == fingerprint { return }
            _ = try IndexSync.run(db, files: scan.files, folders: scan.folders, taxonomies: taxonomies)
        }
        let listing = try readListing()
        return (fingerprint, IndexRefresh(listing: listing, scanProblems: siteProblems + scan.problems))
    }

    /// ``resync(folder:known:)`` after the fingerprint walk a launch left running: nil as soon as
    /// it found what the index was synced with; else the folder is walked again for its files.
    func resync(after launch: FingerprintWalk, known: String?) throws -> (fingerprint: String, refresh: IndexRefresh)? {
        let found = launch.result()
        if found.fingerprint == known && found.problems.isEmpty { return nil }
        return try resync(folder: launch.root, known: known)
    }
}
