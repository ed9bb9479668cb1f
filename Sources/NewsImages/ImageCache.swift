import Synchronization

/// Drawn images keyed by the file (path, size, mtime) and the request: an edited file or a
/// resized screen misses, a re-opened article hits. Bounded; the oldest entry goes first.
public final class ImageCache: Sendable {
    struct Key: Hashable, Sendable {
        var file: ImageFile
        var request: DrawRequest
    }

    private struct Entries: Sendable {
        var values: [Key: Result<DrawnImage, ImageFailure>] = [:]
        var order: [Key] = []
    }

    private let capacity: Int
    private let entries = Mutex(Entries())

    public init(capacity: Int = 64) {
        self.capacity = max(1, capacity)
    }

    func value(for key: Key) -> Result<DrawnImage, ImageFailure>? {
        entries.withLock { $0.values[key] }
    }

    func store(_ value: Result<DrawnImage, ImageFailure>, for key: Key) {
        entries.withLock { entries in
            if entries.values.updateValue(value, forKey: key) == nil { entries.order.append(key) }
            while entries.order.count > capacity {
                entries.values.removeValue(forKey: entries.order.removeFirst())
            }
        }
    }

    public var count: Int { entries.withLock { $0.values.count } }
}
