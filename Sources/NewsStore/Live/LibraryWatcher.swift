import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Notices when a library folder changes and says so, debounced, on a thread of its own.
///
/// inotify on every folder when it can; otherwise (no inotify, its watch limit reached, or
/// `NEWSREADER_WATCH=poll`) a `stat` walk every ``pollInterval``, compared with the last one. A
/// burst of events (a sync tool writing a hundred files) becomes one call of `onChange`, made once
/// the folder has been quiet for ``quietPeriod`` — or ``longestWait`` after the first event, so a
/// folder that never stops changing is still shown within two seconds.
public final class LibraryWatcher: @unchecked Sendable {
    // @unchecked: `mode` and `stopped` are guarded by `lock`; everything else belongs to the thread.

    /// How changes are noticed.
    public enum Mode: Equatable, Sendable {
        case inotify
        /// A `stat` walk every ``LibraryWatcher/pollInterval``, and why inotify is not used.
        case polling(reason: String)
    }

    public static let pollInterval: TimeInterval = 2
    static let quietPeriod: TimeInterval = 0.3
    static let longestWait: TimeInterval = 1.2
    /// How long the thread sleeps at most before it looks at `stopped` again.
    private static let tickMilliseconds: Int32 = 200

    private let lock = NSLock()
    private var stopped = false
    private var currentMode: Mode
    private let root: String
    private let onChange: @Sendable () -> Void

    /// Starts watching `root`; `onChange` is called on the watcher's thread.
    ///
    /// - Parameter forcePolling: skip inotify (`NEWSREADER_WATCH=poll`, and the tests of the fallback).
    public init(root: String, forcePolling: Bool = false, onChange: @escaping @Sendable () -> Void) {
        self.root = root
        self.onChange = onChange
        var inotify: InotifyWatch?
        if forcePolling {
            currentMode = .polling(reason: "polling was asked for (NEWSREADER_WATCH=poll)")
        } else {
            do {
                inotify = try InotifyWatch(root: root)
                currentMode = .inotify
            } catch {
                currentMode = .polling(reason: "\(error)")
            }
        }
        let handedOver = inotify, poller = inotify == nil ? FolderPoller(root: root) : nil
        let thread = Thread { [self] in run(inotify: handedOver, poller: poller) }
        thread.name = "newsreader library watcher"
        thread.start()
    }

    /// How changes are being noticed now (inotify can give way to polling while running).
    public var mode: Mode {
        lock.withLock { currentMode }
    }

    /// Stops the thread (within a fraction of a second); no `onChange` call starts after this returns.
    public func stop() {
        lock.withLock { stopped = true }
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    // MARK: - The thread

    private func run(inotify initial: InotifyWatch?, poller initialPoller: FolderPoller?) {
        var inotify = initial
        var poller = initialPoller
        var firstEvent: Date?, lastEvent = Date.distantPast
        var nextPoll = Date().addingTimeInterval(Self.pollInterval)
        while !isStopped {
            if let watch = inotify {
                var request = pollfd(fd: watch.descriptor, events: Int16(POLLIN), revents: 0)
                _ = poll(&request, 1, Self.tickMilliseconds)
                do {
                    if try watch.drain() {
                        firstEvent = firstEvent ?? Date()
                        lastEvent = Date()
                    }
                } catch {
                    // The watch limit was reached on a new folder: poll from now on.
                    inotify = nil
                    poller = FolderPoller(root: root)
                    lock.withLock { currentMode = .polling(reason: "\(error)") }
                    firstEvent = firstEvent ?? Date()
                    lastEvent = Date()
                }
            } else {
                usleep(useconds_t(Self.tickMilliseconds) * 1000)
                if Date() >= nextPoll, var current = poller {
                    nextPoll = Date().addingTimeInterval(Self.pollInterval)
                    // Polling already waited its interval: no quiet period on top of it.
                    if current.changed() { firstEvent = .distantPast }
                    poller = current
                }
            }
            guard let first = firstEvent else { continue }
            let now = Date()
            if now.timeIntervalSince(lastEvent) >= Self.quietPeriod || now.timeIntervalSince(first) >= Self.longestWait {
                firstEvent = nil
                if isStopped { return }
                onChange()
            }
        }
    }
}

/// The polling fallback: a `stat` walk, compared with the previous one by its fingerprint.
///
/// The first poll always counts as a change: the index was synced from a walk of its own (the
/// launch's), which may have seen a file this poller's first walk did not, or the other way
/// round. Taking a baseline here and comparing with it missed a file written just before the
/// watch began and deleted before the first poll: both walks agreed, and the list kept it.
private struct FolderPoller: Sendable {
    let root: String
    private var last: String?

    init(root: String) {
        self.root = root
    }

    /// True when the walk differs from the previous one (always, the first time).
    mutating func changed() -> Bool {
        let now = Self.fingerprint(root)
        defer { last = now }
        return now != last
    }

    private static func fingerprint(_ root: String) -> String {
        let walk = LibraryScanner.fingerprint(root: root)
        return walk.fingerprint + "/\(walk.problems.count)"
    }
}
