import Foundation
import NewsCore

/// The walk of a launch that trusted its index (``LibraryIndex/open(folder:cacheDirectory:rebuild:busyTimeout:deferWalk:listBeforeBodies:progress:)``
/// with `deferWalk`), on another thread: it keeps only the fingerprint of the files and the
/// walk's problems, which is all it takes to tell that nothing changed, the usual answer. When
/// something did, the folder is walked again for its files (``LibraryIndex/resync(after:known:)``).
///
/// Why not keep the files: they would be held beside the listing just read, about 10 MB of a
/// 100k-article launch's peak memory, to learn in most launches that they were not needed.
final class FingerprintWalk: @unchecked Sendable {
    // @unchecked: `found` is written once by the background block and read after `done`.
    let root: String
    private var found: (fingerprint: String, problems: [Problem])?
    private let done = DispatchGroup()

    init(root: String) {
        self.root = root
        done.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            found = LibraryScanner.fingerprint(root: root)
            done.leave()
        }
    }

    /// The walk's fingerprint and problems, waiting for it if need be.
    func result() -> (fingerprint: String, problems: [Problem]) {
        done.wait()
        return found!
    }
}
