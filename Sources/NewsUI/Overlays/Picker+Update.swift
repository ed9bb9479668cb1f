/// Keys in the tag and topic pickers: typing filters, arrows move, Enter applies, Esc cancels.
extension ReaderApp {
    /// The picker box: centred, at most 60 columns and 20 rows, inside the screen.
    var pickerFrame: (row: Int, column: Int, width: Int, height: Int) {
        let boxWidth = max(0, min(60, width - 4)), boxHeight = max(0, min(20, height - 2))
        return ((height - boxHeight) / 2, (width - boxWidth) / 2, boxWidth, boxHeight)
    }

    /// Rows of entries in the box: all but the two borders and the filter line.
    var pickerPage: Int { max(1, pickerFrame.height - 3) }

    /// Opens a picker whose counts follow every active filter except its own (so the tag
    /// picker can switch to another tag of the current topic).
    mutating func openPicker(_ kind: PickerKind) {
        guard let library = libraryState else { return }
        var others = library.filter
        if kind == .tag { others.tag = nil } else { others.topic = nil }
        let counts = FacetCounts(articles: library.articles, index: library.facetIndex,
                                 indices: library.indices(matching: others), state: library.readState)
        picker = PickerState(kind: kind, counts: kind == .tag ? counts.tags : counts.topics)
        stack.append(.picker)
    }

    /// Handles one key in a picker: bound keys act, other characters type into the filter.
    /// Filters the library by the picker's highlighted entry and closes the picker.
    mutating func applyPick(_ current: PickerState) {
        guard let entry = current.selectedEntry else { return }
        closePicker()
        if current.kind == .tag { libraryState?.filter.tag = entry.name } else { libraryState?.filter.topic = entry.name }
        showFilteredList()
    }

    mutating func closePicker() {
        picker = nil
        stack.removeLast()
    }

    mutating func pickerKey(_ key: KeyEvent) -> [Effect] {
        guard var current = picker else { return goBack() }
        if let action = keymap.action(for: key, in: .picker) {
            var effects: [Effect] = []
            if handleCommon(action, effects: &effects) { return effects }
            if current.cursor.apply(action, count: current.matches.count, page: pickerPage) {
                picker = current
                return []
            }
            switch action {
            case .applyPick:
                applyPick(current)
                return []
            case .cancel:
                closePicker()
                return []
            default: break
            }
        } else if case .character(let character) = key {
            current.type(character)
        } else if key == .backspace || key == .delete {
            current.erase()
        }
        picker = current
        return []
    }
}
