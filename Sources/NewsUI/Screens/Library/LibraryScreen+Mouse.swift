/// The mouse on the library (issue #7): the wheel moves the highlight of the half under the
/// pointer, a click highlights a row, a click on the highlighted row opens or applies it.
extension LibraryScreen {
    mutating func handleMouse(_ event: MouseEvent, shared: inout SharedState) -> ScreenUpdate {
        let page = Self.page(shared)
        let onFacets = Self.isSplit(shared) ? event.column < Self.paneWidth(shared) : focus == .facets
        switch event.kind {
        case .wheelDown, .wheelUp:
            focus = onFacets ? .facets : .articles
            moveCursor(by: event.kind == .wheelDown ? MouseEvent.wheelStep : -MouseEvent.wheelStep, page: page)
            return ScreenUpdate.none
        case .press:
            guard (1...page).contains(event.row) else { return ScreenUpdate.none }
            let wasFocused = focus == (onFacets ? .facets : .articles)
            if onFacets {
                let index = pane.top + event.row - 1
                guard facetRows.indices.contains(index), !facetRows[index].isHeading else { return ScreenUpdate.none }
                let again = wasFocused && pane.selected == index
                focus = .facets
                pane.select(index, count: facetRows.count, page: page)
                if again { applySelectedFacet(shared: &shared) }
                return ScreenUpdate.none
            }
            let index = list.top + event.row - 1
            guard visible.indices.contains(index) else { return ScreenUpdate.none }
            let again = wasFocused && list.selected == index
            focus = .articles
            list.select(index, count: visible.count, page: page)
            return again ? openSelectedArticle(shared: &shared) : ScreenUpdate.none
        }
    }
}
