import NewsCore

/// The live library: changes on disk reach the open screens without a key press.
extension NewsApp {
    /// The library changed on disk: the list and counts follow (keeping filters and the
    /// highlighted article), new articles are marked, an open article whose file changed is read
    /// again, and the status line says what changed.
    mutating func libraryChanged(_ snapshot: LibrarySnapshot, _ changes: LibraryChanges) -> [Effect] {
        guard !stack.isEmpty else {
            _ = update(.libraryLoaded(snapshot))
            return []
        }
        var next = snapshot
        // This session's marks are already in memory (a failed write included).
        next.readState = shared.snapshot.readState
        let problemsChanged = next.problemList != shared.snapshot.problemList
        shared.fresh.formUnion(changes.added)
        shared.fresh.subtract(changes.removed)
        shared.snapshot = next
        broadcast(.libraryLoaded(next))

        var effects: [Effect] = []
        var text = changes.text
        if let open = openArticleID {
            if changes.updated.contains(open) {
                shared.reloadingArticle = open
                effects.append(.loadArticle(open))
            } else if changes.removed.contains(open) {
                text = (text.map { $0 + " · " } ?? "") + "正在阅读的文章已从文库删除 (the open article's file is gone)"
            }
        }
        if let text {
            shared.message = StatusMessage(text: text)
        } else if problemsChanged, let problems = Self.problemsMessage(next.problemList) {
            shared.message = problems
        }
        return effects
    }

    /// The background work after a first build moved on (its line on every screen's status line,
    /// see ``SharedState/status``); once it ends, a search that covered part of the library runs
    /// again, so its results and its count become complete by themselves.
    mutating func indexingChanged(_ line: String?) -> [Effect] {
        let ended = shared.indexing != nil && line == nil
        shared.indexing = line
        guard ended, let library = stack.first as? LibraryScreen, let search = library.filter.search,
              search.coverage != nil else { return [] }
        return [.searchLibrary(query: search.query)]
    }

    /// The id of the article open on the stack, if one is.
    private var openArticleID: ArticleID? {
        stack.last { $0 is ArticleScreen }.flatMap { ($0 as? ArticleScreen)?.article.id }
    }

    /// An article read again because its file changed: the open screen shows the new text at
    /// the same place. An answer nobody waits for any more is dropped.
    mutating func articleReloaded(_ article: Article) {
        guard shared.reloadingArticle == article.id,
              let index = stack.lastIndex(where: { ($0 as? ArticleScreen)?.article.id == article.id }),
              let screen = stack[index] as? ArticleScreen else { return }
        shared.reloadingArticle = nil
        stack[index] = screen.reloaded(with: article, shared: shared)
    }
}
