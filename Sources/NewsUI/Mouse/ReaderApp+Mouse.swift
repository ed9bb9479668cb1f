/// The mouse (issue #7): the wheel scrolls, a click selects, a click on what is selected opens
/// it, and a click on a footnote marker follows it. Keys stay the way to do everything; the
/// mouse only does what pointing makes quicker.
extension ReaderApp {
    /// Lines or rows one wheel notch moves, as in most terminal programs.
    static let wheelStep = 3

    mutating func handleMouse(_ event: MouseEvent) -> [Effect] {
        switch screen {
        case .library: return libraryMouse(event)
        case .reader: return readerMouse(event)
        case .linkList: return linkListMouse(event)
        case .picker where event.kind == .press:
            pickerClick(event)
            return []
        case .picker, .help, .problems:
            // Overlays scroll with the wheel through their own keys, whatever they are bound to.
            let context = screen.keyContext
            let action: Action
            switch (event.kind, screen) {
            case (.wheelDown, .picker): action = .moveDown
            case (.wheelUp, .picker): action = .moveUp
            case (.wheelDown, _): action = .scrollDown
            case (.wheelUp, _): action = .scrollUp
            case (.press, _): return []
            }
            guard let key = keymap.keys(for: action, in: context).first else { return [] }
            var effects: [Effect] = []
            for _ in 0..<Self.wheelStep { effects += handleKey(key) }
            return effects
        }
    }

    // MARK: - Library

    private mutating func libraryMouse(_ event: MouseEvent) -> [Effect] {
        guard var library = libraryState else { return [] }
        let onFacets = libraryIsSplit ? event.column < libraryPaneWidth : library.focus == .facets
        switch event.kind {
        case .wheelDown, .wheelUp:
            library.focus = onFacets ? .facets : .articles
            libraryState = library
            moveLibraryCursor(by: event.kind == .wheelDown ? Self.wheelStep : -Self.wheelStep)
            return []
        case .press:
            guard (1...libraryPage).contains(event.row) else { return [] }
            let wasFocused = library.focus == (onFacets ? .facets : .articles)
            if onFacets {
                let index = library.pane.top + event.row - 1
                guard library.facetRows.indices.contains(index), !library.facetRows[index].isHeading else { return [] }
                let again = wasFocused && library.pane.selected == index
                library.focus = .facets
                library.pane.select(index, count: library.facetRows.count, page: libraryPage)
                libraryState = library
                return again ? applySelectedFacet() : []
            }
            let index = library.list.top + event.row - 1
            guard library.visible.indices.contains(index) else { return [] }
            let again = wasFocused && library.list.selected == index
            library.focus = .articles
            library.list.select(index, count: library.visible.count, page: libraryPage)
            libraryState = library
            return again ? openSelectedArticle() : []
        }
    }

    // MARK: - Reader

    private mutating func readerMouse(_ event: MouseEvent) -> [Effect] {
        guard let current = reader, current.searchPrompt == nil else { return [] }
        switch event.kind {
        case .wheelDown: scrollReader(by: Self.wheelStep)
        case .wheelUp: scrollReader(by: -Self.wheelStep)
        case .press:
            guard (1...readerPage).contains(event.row) else { return [] }
            // Screen row 1 is the article's line `top`; text starts after a one-column margin.
            let line = current.top + event.row - 1, column = event.column - 1
            guard let target = current.targets.first(where: { target in
                target.segments.contains { $0.line == line && $0.columns.contains(column) }
            }) else { return [] }
            let again = current.selection == target.kind
            reader?.selection = target.kind
            // A marker is followed at once; a link opens on a second click, so a stray click
            // never starts the browser.
            if case .reference = target.kind { return followSelection() }
            return again ? followSelection() : []
        }
        return []
    }

    // MARK: - Picker

    /// A click on an entry highlights it, a second click applies it; a click outside the box closes it.
    private mutating func pickerClick(_ event: MouseEvent) {
        guard var current = picker else { return }
        let frame = pickerFrame
        guard (frame.row..<frame.row + frame.height).contains(event.row),
              (frame.column..<frame.column + frame.width).contains(event.column) else { return closePicker() }
        // The entries start under the top border and the filter line.
        let slot = event.row - frame.row - 2
        guard slot >= 0, slot < pickerPage, current.matches.indices.contains(current.cursor.top + slot) else { return }
        let index = current.cursor.top + slot
        let again = current.cursor.selected == index
        current.cursor.select(index, count: current.matches.count, page: pickerPage)
        picker = current
        if again { applyPick(current) }
    }

    // MARK: - Link list

    private mutating func linkListMouse(_ event: MouseEvent) -> [Effect] {
        guard var list = linkList else { return [] }
        switch event.kind {
        case .wheelDown, .wheelUp:
            list.cursor.move(by: event.kind == .wheelDown ? Self.wheelStep : -Self.wheelStep,
                             count: list.entries.count, page: linkListPage)
            linkList = list
            return []
        case .press:
            // Each entry takes two rows under the top bar.
            guard event.row >= 1, (event.row - 1) / 2 < linkListPage else { return [] }
            let index = list.cursor.top + (event.row - 1) / 2
            guard list.entries.indices.contains(index) else { return [] }
            let again = list.cursor.selected == index
            list.cursor.select(index, count: list.entries.count, page: linkListPage)
            linkList = list
            guard again, let key = keymap.keys(for: .openURL, in: .linkList).first else { return [] }
            return handleKey(key)
        }
    }
}
