/// What one synchronisation of the index with the library folder did.
public struct IndexSyncReport: Equatable, Sendable {
    /// Paths read and parsed (added or changed since the index saw them), sorted.
    public var parsed: [String] = []
    /// Paths that vanished and were dropped from the index, sorted.
    public var removed: [String] = []
    /// True when nothing was parsed or removed.
    public var changedNothing: Bool { parsed.isEmpty && removed.isEmpty }
    /// Files taken from the index as they were.
    public var unchanged = 0

    public init() {}
}
