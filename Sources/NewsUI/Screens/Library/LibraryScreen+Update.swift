import Foundation
import NewsCore

/// What the library does with keys, messages and a picked facet: moving, the facet pane,
/// filters, search, opening articles, marks.
extension LibraryScreen {
    /// The `/` prompt takes every key while it is open.
    mutating func takeKey(_ key: KeyEvent, shared: inout SharedState) -> ScreenUpdate? {
        guard var prompt = searchPrompt else { return nil }
        switch prompt.handle(key) {
        case .editing:
            searchPrompt = prompt
        case .cancelled:
            searchPrompt = nil
        case .submitted(let text):
            searchPrompt = nil
            return .effects(submitSearch(text, shared: &shared))
        }
        return ScreenUpdate.none
    }

    mutating func perform(_ action: Action, shared: inout SharedState) -> ScreenUpdate {
        let page = Self.page(shared)
        switch action {
        case .moveDown: moveCursor(by: 1, page: page)
        case .moveUp: moveCursor(by: -1, page: page)
        case .pageDown: moveCursor(by: page, page: page)
        case .pageUp: moveCursor(by: -page, page: page)
        case .moveToTop: moveCursor(by: -Int.max / 2, page: page)
        case .moveToBottom: moveCursor(by: Int.max / 2, page: page)
        case .switchPane:
            focus = focus == .facets ? .articles : .facets
        case .openSelection:
            if focus == .facets {
                applySelectedFacet(shared: &shared)
            } else {
                return openSelectedArticle(shared: &shared)
            }
        case .pickTag: return openPicker(.tag, marks: shared.snapshot.readState)
        case .pickTopic: return openPicker(.topic, marks: shared.snapshot.readState)
        case .clearFilters:
            guard !filter.isEmpty else { break }
            filter = LibraryFilter()
            refilter(marks: shared.snapshot.readState, page: page)
            shared.message = StatusMessage(text: "Filters cleared: all \(visible.count) articles")
        case .searchLibrary:
            searchPrompt = TextPrompt(prompt: "/")
        case .toggleStar:
            if let id = selectedID { return .effects(shared.toggleStar(id)) }
        case .toggleRead:
            if let id = selectedID { return .effects(shared.toggleRead(id)) }
        default:
            break
        }
        return ScreenUpdate.none
    }

    mutating func receive(_ msg: Msg, shared: inout SharedState) {
        let page = Self.page(shared)
        switch msg {
        case .resized:
            list.reveal(count: visible.count, page: page)
            pane.reveal(count: facetRows.count, page: page)
        case .libraryLoaded(let snapshot):
            self = LibraryScreen(reloading: snapshot, keeping: self, page: page)
        case .searchFinished(let query, let results, let coverage):
            let completing = filter.search?.query == query && filter.search?.coverage != nil && coverage == nil
            filter.search = LibrarySearch(query: query, results: results, coverage: coverage)
            showFilteredList(shared: &shared)
            let found = visible.isEmpty ? "Nothing matches “\(query)”" : "\(visible.count) articles match “\(query)”"
            if let note = filter.search?.incompleteNote {
                shared.message = StatusMessage(text: found + " · " + note + "，结果可能不全")
            } else {
                shared.message = StatusMessage(text: completing ? "搜索索引已完成 · " + found : found)
            }
        case .articleLoaded(let article):
            // The list follows the article being read (J/K walk it).
            if let row = visibleIDs.firstIndex(of: article.id) { list.select(row, count: visible.count, page: page) }
        default:
            break
        }
    }

    /// A picker closed on an entry: filter by it.
    mutating func resume(with result: ScreenResult, shared: inout SharedState) {
        switch result {
        case .picked(let kind, let name):
            if kind == .tag { filter.tag = name } else { filter.topic = name }
            showFilteredList(shared: &shared)
        case .jumpToLine:
            break
        }
    }

    mutating func marksChanged(shared: SharedState) {
        refilter(marks: shared.snapshot.readState, page: Self.page(shared))
    }

    // MARK: - Moving

    /// Moves the highlight of the focused half by `delta` rows.
    mutating func moveCursor(by delta: Int, page: Int) {
        if focus == .articles {
            list.move(by: delta, count: visible.count, page: page)
            return
        }
        let rows = facetRows
        var target = max(0, min(rows.count - 1, pane.selected + max(-rows.count, min(rows.count, delta))))
        // Headings are not selectable: keep going the same way; past the end, stay put.
        let step = delta >= 0 ? 1 : -1
        while rows.indices.contains(target), rows[target].isHeading { target += step }
        if !rows.indices.contains(target) {
            target = pane.selected
        }
        pane.select(target, count: rows.count, page: page)
    }

    // MARK: - Filters

    /// Applies (or, when already active, removes) the facet under the cursor, then shows the
    /// list with its first article highlighted.
    mutating func applySelectedFacet(shared: inout SharedState) {
        guard facetRows.indices.contains(pane.selected) else { return }
        switch facetRows[pane.selected] {
        case .heading: return
        case .starred: filter.starredOnly.toggle()
        case .unread: filter.unreadOnly.toggle()
        case .topic(let name, _): filter.topic = filter.topic == name ? nil : name
        case .tag(let name, _): filter.tag = filter.tag == name ? nil : name
        case .inProgress: filter.inProgressOnly.toggle()
        case .outlet(let name, _): filter.outlet = filter.outlet == name ? nil : name
        case .term(let term, _): filter.term = filter.term == term ? nil : term
        }
        showFilteredList(shared: &shared)
    }

    /// Recomputes the list after a filter change and puts the focus on its first article.
    private mutating func showFilteredList(shared: inout SharedState) {
        refilter(marks: shared.snapshot.readState, page: Self.page(shared))
        focus = .articles
        list = ListCursor()
        shared.message = StatusMessage(text: visible.isEmpty ? "No article matches these filters (x clears them)"
                                                             : "\(visible.count) articles")
    }

    /// Opens a picker whose counts follow every active filter except its own (so the tag
    /// picker can switch to another tag of the current topic).
    private func openPicker(_ kind: PickerKind, marks: ReadState) -> ScreenUpdate {
        var others = filter
        if kind == .tag { others.tag = nil } else { others.topic = nil }
        let counts = FacetCounts(listing: listing, positions: indices(matching: others, marks: marks), state: marks)
        return .push(PickerOverlay(kind: kind, counts: kind == .tag ? counts.tags : counts.topics))
    }

    /// Enter in the `/` prompt: asks for the search; an empty query drops the search filter.
    private mutating func submitSearch(_ text: String, shared: inout SharedState) -> [Effect] {
        let query = text.trimmingCharacters(in: .whitespaces)
        guard !query.isEmpty else {
            if filter.search != nil {
                filter.search = nil
                showFilteredList(shared: &shared)
            }
            return []
        }
        shared.message = StatusMessage(text: "Searching for “\(query)”…")
        return [.searchLibrary(query: query)]
    }

    // MARK: - Articles

    mutating func openSelectedArticle(shared: inout SharedState) -> ScreenUpdate {
        guard let id = selectedID else { return ScreenUpdate.none }
        return .effects(shared.requestArticle(id, readingList: visibleIDs))
    }
}
