import NewsCore

/// What changed on disk while the reader was open, by article id (the runtime's watcher found it).
public struct LibraryChanges: Equatable, Sendable {
    public var added: [ArticleID]
    public var updated: [ArticleID]
    public var removed: [ArticleID]

    public init(added: [ArticleID] = [], updated: [ArticleID] = [], removed: [ArticleID] = []) {
        self.added = added
        self.updated = updated
        self.removed = removed
    }

    /// For the status line: `3 篇新文章 · 1 篇已更新 · 2 篇已删除`; nil when no article changed.
    public var text: String? {
        var parts: [String] = []
        if !added.isEmpty { parts.append("\(added.count) 篇新文章") }
        if !updated.isEmpty { parts.append("\(updated.count) 篇已更新") }
        if !removed.isEmpty { parts.append("\(removed.count) 篇已删除") }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }
}
