import NewsCore

/// What a re-sync of a watched library found, by article id.
public struct LibraryChange: Equatable, Sendable {
    /// Articles that were not listed before.
    public var added: [ArticleID] = []
    /// Listed articles whose file changed.
    public var updated: [ArticleID] = []
    /// Articles no longer listed (their file deleted, moved away, or no longer readable).
    public var removed: [ArticleID] = []
    /// True when the problems of the library changed (a file broke or was fixed).
    public var problemsChanged = false
    /// True when a first build's body pass filled in the summaries' details (outlets, length, summaries).
    public var detailsFilled = false

    public init(added: [ArticleID] = [], updated: [ArticleID] = [], removed: [ArticleID] = [], problemsChanged: Bool = false) {
        self.added = added
        self.updated = updated
        self.removed = removed
        self.problemsChanged = problemsChanged
    }

    /// True when nothing the user can see changed.
    public var isEmpty: Bool { added.isEmpty && updated.isEmpty && removed.isEmpty && !problemsChanged && !detailsFilled }

    /// The difference between two listings of the index: an article is updated when its file
    /// changed (another size or time) or what the list shows of it did (a moved duplicate).
    static func between(_ old: IndexListing, _ new: IndexListing) -> LibraryChange {
        var before: [ArticleID: Int] = [:]
        before.reserveCapacity(old.listing.count)
        for (position, id) in old.listing.ids.enumerated() where before[id] == nil { before[id] = position }
        var change = LibraryChange()
        var seen: Set<ArticleID> = []
        for (position, id) in new.listing.ids.enumerated() where seen.insert(id).inserted {
            guard let previous = before[id] else {
                change.added.append(id)
                continue
            }
            if old.stamps[previous] != new.stamps[position] || old.rowIDs[previous] != new.rowIDs[position] {
                change.updated.append(id)
            }
        }
        change.removed = old.listing.ids.filter { !seen.contains($0) }
        return change
    }
}
