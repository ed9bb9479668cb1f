/// The highlighted row of a list and the first row shown, kept so the highlight stays visible.
struct ListCursor: Equatable, Sendable {
    var selected = 0
    var top = 0

    /// Moves the highlight by `delta` rows within `count` rows, scrolling a `page` tall view.
    mutating func move(by delta: Int, count: Int, page: Int) {
        select(selected + delta, count: count, page: page)
    }

    /// Highlights row `index` (clamped), scrolling a `page` tall view just enough to show it.
    mutating func select(_ index: Int, count: Int, page: Int) {
        selected = max(0, min(index, count - 1))
        reveal(count: count, page: page)
    }

    /// Applies a movement action (down, up, page, top, bottom) to a list of `count` rows shown
    /// `page` at a time; false when `action` is not a movement, so the caller handles it.
    mutating func apply(_ action: Action, count: Int, page: Int) -> Bool {
        switch action {
        case .moveDown: move(by: 1, count: count, page: page)
        case .moveUp: move(by: -1, count: count, page: page)
        case .pageDown: move(by: page, count: count, page: page)
        case .pageUp: move(by: -page, count: count, page: page)
        case .moveToTop: select(0, count: count, page: page)
        case .moveToBottom: select(count - 1, count: count, page: page)
        default: return false
        }
        return true
    }

    /// Scrolls so the highlight is inside a `page` tall view and no space is wasted at the end.
    mutating func reveal(count: Int, page: Int) {
        let page = max(1, page)
        selected = max(0, min(selected, count - 1))
        if selected < top { top = selected }
        if selected >= top + page { top = selected - page + 1 }
        top = max(0, min(top, count - page))
    }
}
