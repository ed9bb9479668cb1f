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

    /// The difference between two lists of summaries; `parsedPaths` are files read again since
    /// `old` (an article whose file changed but whose summary did not still counts as updated).
    static func between(_ old: [ArticleSummary], _ new: [ArticleSummary], parsedPaths: Set<String>) -> LibraryChange {
        let before = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var change = LibraryChange()
        var seen: Set<ArticleID> = []
        for summary in new where seen.insert(summary.id).inserted {
            guard let previous = before[summary.id] else {
                change.added.append(summary.id)
                continue
            }
            if previous != summary || parsedPaths.contains(summary.path) { change.updated.append(summary.id) }
        }
        change.removed = old.map(\.id).filter { !seen.contains($0) }
        return change
    }
}
