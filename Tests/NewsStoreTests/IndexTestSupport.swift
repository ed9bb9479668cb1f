import Foundation
import GRDB
import NewsCore
import Testing
@testable import NewsStore

/// Temporary cache and data folders for one test, removed when it is done.
final class TemporaryStore {
    let root: URL
    var locations: StoreLocations

    init() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("newsreader-store-\(UUID().uuidString)", isDirectory: true)
        locations = StoreLocations(cacheDirectory: root.appendingPathComponent("cache/newsreader"),
                                   dataDirectory: root.appendingPathComponent("data/newsreader"))
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    /// Opens `library` with this store's index (short lock wait, so lock tests stay quick).
    func open(_ library: TemporaryLibrary, rebuild: Bool = false) throws -> LibraryCatalog {
        try LibraryCatalog.open(root: library.root, locations: locations, rebuildIndex: rebuild, busyTimeout: 0.2)
    }

    /// The files in the cache folder, by name.
    func cacheFiles() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: locations.cacheDirectory.path)) ?? []).sorted()
    }
}

extension TemporaryLibrary {
    /// Sets a file's modification time, so a rewrite within the same clock tick still counts as a change.
    func touch(_ path: String, secondsAgo: TimeInterval) throws {
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -secondsAgo)],
                                              ofItemAtPath: root.appendingPathComponent(path).path)
    }

    /// Every file under the root with its size and modification time, to prove nothing was written.
    func snapshot() throws -> [String: String] {
        var result: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            result[url.path] = "\(attributes[.size] ?? 0) \(attributes[.modificationDate] ?? 0)"
        }
        return result
    }
}

/// True once `condition` holds, asked every 20 ms for up to `seconds` (background work on a
/// loaded machine: generous, and over as soon as it holds).
func eventually(seconds: Double = 30, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while !condition() {
        if Date() > deadline { return false }
        usleep(20_000)
    }
    return true
}

/// Holds the write lock of the database behind `queue` (an uncommitted write, as another
/// newsreader process in the middle of a write would) until the returned release is called.
func holdWriteLock(on queue: DatabaseQueue) -> () -> Void {
    let locked = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
    let failure = LockFailure()
    DispatchQueue.global().async {
        do {
            try queue.write { db in
                try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('holder', 'test')")
                locked.signal()
                release.wait()
                throw CancellationError()  // roll back: the write was only ever there to hold the lock
            }
        } catch is CancellationError {
        } catch {
            // Never taken (the database busy): say so rather than wait for a signal forever.
            failure.error = error
            locked.signal()
        }
    }
    locked.wait()
    if let error = failure.error { Issue.record("the test could not take the index's write lock: \(error)") }
    return { release.signal() }
}

/// Why ``holdWriteLock(on:)`` could not take the lock; written before `locked` is signalled.
private final class LockFailure: @unchecked Sendable {
    var error: Error?
}
