/// Where the index ended up and what opening it did, for `reindex` and for tests.
public struct IndexStatus: Equatable, Sendable {
    /// The index file, or nil when the index lives in memory for this run only.
    public var path: String?
    /// What happened to the index, in words: built, rebuilt and why, kept in memory and why.
    public var notes: [String]
    /// What synchronising with the folder did.
    public var sync: IndexSyncReport

    /// Why the index could not be kept in its file, when it could not (a full disk, a cache folder
    /// that cannot be written, a corrupt file that could not be rebuilt): the user must hear it,
    /// since every launch builds the index again until it is fixed. Nil when the index is a file.
    public var fault: String? {
        path == nil ? notes.last : nil
    }

    public init(path: String?, notes: [String], sync: IndexSyncReport) {
        self.path = path
        self.notes = notes
        self.sync = sync
    }
}
