/// Where the index ended up and what opening it did, for `reindex` and for tests.
public struct IndexStatus: Equatable, Sendable {
    /// The index file, or nil when the index lives in memory for this run only.
    public var path: String?
    /// What happened to the index, in words: built, rebuilt and why, kept in memory and why.
    public var notes: [String]
    /// What synchronising with the folder did.
    public var sync: IndexSyncReport

    public init(path: String?, notes: [String], sync: IndexSyncReport) {
        self.path = path
        self.notes = notes
        self.sync = sync
    }
}
