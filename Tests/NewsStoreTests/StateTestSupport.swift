import Foundation
import GRDB
@testable import NewsStore

/// A data folder in a temporary directory for state database tests, removed when done.
final class StateTestFolder: Sendable {
    /// The folder a test passes to ``StateStore/open(directory:library:clock:)``.
    let directory: URL
    private let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("newsreader-state-tests-\(UUID().uuidString)", isDirectory: true)
        directory = root.appendingPathComponent("newsreader", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    var databaseURL: URL { directory.appendingPathComponent(StateStore.fileName) }

    /// The names in the data folder, sorted.
    func fileNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    /// Opens the store and fails the test when a notice was produced.
    func openQuietly(library: String = "/library", clock: @escaping @Sendable () -> Date = { Date() }) throws -> StateStore {
        let (store, notice) = try StateStore.open(directory: directory, library: library, clock: clock)
        if let notice { throw UnexpectedNotice(text: notice) }
        return store
    }

    /// A second, independent connection to the database file, as another process would have.
    func rawConnection() throws -> DatabaseQueue {
        try DatabaseQueue(path: databaseURL.path, configuration: StateDatabaseOpener.configuration(busyTimeout: 10))
    }
}

struct UnexpectedNotice: Error {
    let text: String
}

/// A clock that always says 2026-03-04 05:06:07 UTC.
let fixedClock: @Sendable () -> Date = { Date(timeIntervalSince1970: 1_772_600_767) }
