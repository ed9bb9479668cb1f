import Foundation
import NewsCore

/// Keys on the library screen: moving, the facet pane, filters, search, opening articles.
extension ReaderApp {
    /// Rows of the list and the facet pane: all but the top bar and the status line.
    var libraryPage: Int { max(1, height - 2) }

    /// Whether the facet pane and the list fit side by side; narrower screens show the one
    /// with the focus across the whole width (Tab switches).
    var libraryIsSplit: Bool { width >= 60 }

    /// Columns of the facet pane when split.
    var libraryPaneWidth: Int { min(28, max(16, width * 3 / 10)) }

    /// Handles one key on the library: the search prompt first, then the keymap.
    mutating func libraryKey(_ key: KeyEvent) -> [Effect] {
        if var prompt = libraryState?.searchPrompt {
            switch prompt.handle(key) {
            case .editing:
                libraryState?.searchPrompt = prompt
            case .cancelled:
                libraryState?.searchPrompt = nil
            case .submitted(let text):
                libraryState?.searchPrompt = nil
                return submitLibrarySearch(text)
            }
            return []
        }
        guard let action = keymap.action(for: key, in: .library) else { return [] }
        var effects: [Effect] = []
        if handleCommon(action, effects: &effects) { return effects }
        switch action {
        case .moveDown: moveLibraryCursor(by: 1)
        case .moveUp: moveLibraryCursor(by: -1)
        case .pageDown: moveLibraryCursor(by: libraryPage)
        case .pageUp: moveLibraryCursor(by: -libraryPage)
        case .moveToTop: moveLibraryCursor(by: -Int.max / 2)
        case .moveToBottom: moveLibraryCursor(by: Int.max / 2)
        case .switchPane:
            let focus = libraryState?.focus
            libraryState?.focus = focus == .facets ? .articles : .facets
        case .openSelection:
            return libraryState?.focus == .facets ? applySelectedFacet() : openSelectedArticle()
        case .pickTag: openPicker(.tag)
        case .pickTopic: openPicker(.topic)
        case .clearFilters:
            guard libraryState?.filter.isEmpty == false else { break }
            libraryState?.filter = LibraryFilter()
            refilterLibrary()
            message = StatusMessage(text: "Filters cleared: all \(libraryState?.visible.count ?? 0) articles")
        case .searchLibrary:
            libraryState?.searchPrompt = TextPrompt(prompt: "/")
        case .toggleStar:
            if let id = libraryState?.selectedArticle?.id { return toggleStar(id) }
        case .toggleRead:
            if let id = libraryState?.selectedArticle?.id { return toggleRead(id) }
        default:
            break
        }
        return []
    }

    // MARK: - Moving

    /// Moves the highlight of the focused half by `delta` rows.
    mutating func moveLibraryCursor(by delta: Int) {
        guard var library = libraryState else { return }
        if library.focus == .articles {
            library.list.move(by: delta, count: library.visible.count, page: libraryPage)
        } else {
            let rows = library.facetRows
            var target = max(0, min(rows.count - 1, library.pane.selected + max(-rows.count, min(rows.count, delta))))
            // Headings are not selectable: keep going the same way; past the end, stay put.
            let step = delta >= 0 ? 1 : -1
            while rows.indices.contains(target), rows[target].isHeading { target += step }
            if !rows.indices.contains(target) {
                target = library.pane.selected
            }
            library.pane.select(target, count: rows.count, page: libraryPage)
        }
        libraryState = library
    }

    // MARK: - Filters

    /// Applies (or, when already active, removes) the facet under the cursor, then shows the
    /// list with its first article highlighted.
    mutating func applySelectedFacet() -> [Effect] {
        guard var library = libraryState, library.facetRows.indices.contains(library.pane.selected) else { return [] }
        switch library.facetRows[library.pane.selected] {
        case .heading: return []
        case .starred: library.filter.starredOnly.toggle()
        case .unread: library.filter.unreadOnly.toggle()
        case .topic(let name, _): library.filter.topic = library.filter.topic == name ? nil : name
        case .tag(let name, _): library.filter.tag = library.filter.tag == name ? nil : name
        case .term(let term, _): library.filter.term = library.filter.term == term ? nil : term
        }
        libraryState = library
        showFilteredList()
        return []
    }

    /// Recomputes the list and counts after the filters or the marks changed.
    mutating func refilterLibrary() {
        let page = libraryPage
        libraryState?.refilter(page: page)
    }

    /// Recomputes the list after a filter change and puts the focus on its first article.
    mutating func showFilteredList() {
        refilterLibrary()
        libraryState?.focus = .articles
        libraryState?.list = ListCursor()
        let count = libraryState?.visible.count ?? 0
        message = StatusMessage(text: count == 0 ? "No article matches these filters (x clears them)" : "\(count) articles")
    }

    /// Enter in the `/` prompt: asks for the search; an empty query drops the search filter.
    private mutating func submitLibrarySearch(_ text: String) -> [Effect] {
        let query = text.trimmingCharacters(in: .whitespaces)
        guard !query.isEmpty else {
            if libraryState?.filter.search != nil {
                libraryState?.filter.search = nil
                showFilteredList()
            }
            return []
        }
        message = StatusMessage(text: "Searching for “\(query)”…")
        return [.searchLibrary(query: query)]
    }

    /// Shows the matches of a library search, intersected with the other filters, as the list.
    mutating func searchFinished(query: String, results: [SearchResult]) {
        guard libraryState != nil else { return }
        libraryState?.filter.search = LibrarySearch(query: query, results: results)
        showFilteredList()
        let count = libraryState?.visible.count ?? 0
        message = StatusMessage(text: count == 0 ? "Nothing matches “\(query)”" : "\(count) articles match “\(query)”")
    }

    // MARK: - Articles

    mutating func openSelectedArticle() -> [Effect] {
        guard let library = libraryState, let article = library.selectedArticle else { return [] }
        return requestArticle(article.id, readingList: library.visibleIDs)
    }

    /// Asks the runtime for an article; it opens when `articleLoaded` answers.
    mutating func requestArticle(_ id: ArticleID, readingList: [ArticleID]) -> [Effect] {
        pending = (id, readingList)
        message = StatusMessage(text: "Opening…")
        return [.loadArticle(id)]
    }

    /// Stars or unstars an article, in memory and through the runtime.
    mutating func toggleStar(_ id: ArticleID) -> [Effect] {
        guard var library = libraryState else { return [] }
        let starred = !library.readState.starred.contains(id)
        if starred { library.readState.starred.insert(id) } else { library.readState.starred.remove(id) }
        library.refilter(page: libraryPage)
        libraryState = library
        message = StatusMessage(text: starred ? "★ Starred" : "Star removed")
        return [.setStarred(id, starred)]
    }

    /// Marks an article read or unread, in memory and through the runtime.
    mutating func toggleRead(_ id: ArticleID) -> [Effect] {
        guard let library = libraryState else { return [] }
        let read = !library.readState.read.contains(id)
        setRead(id, read)
        message = StatusMessage(text: read ? "Marked read" : "Marked unread")
        return [.setRead(id, read)]
    }

    /// Marks an article read or unread in memory, updating counts and the list.
    mutating func setRead(_ id: ArticleID, _ read: Bool) {
        guard var library = libraryState else { return }
        if read { library.readState.read.insert(id) } else { library.readState.read.remove(id) }
        library.refilter(page: libraryPage)
        libraryState = library
    }
}
