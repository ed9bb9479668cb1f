import ChineseText

/// Which facet a picker chooses.
enum PickerKind: Equatable, Sendable {
    case tag, topic

    var title: String { self == .tag ? "标签 Tags" : "主题 Topics" }
}

/// The tag or topic picker: every name with its count, narrowed as the user types, in a box
/// drawn over the library.
struct PickerOverlay: Screen, Equatable {
    static let keyContext = KeyContext.picker
    static let title = "选择 Picker"
    static let typingHelp = TypingHelp(before: [
        "typing filters the list: characters (Simplified or Traditional alike; Latin ignores case),",
        "or pinyin without an input method, full or initials (shuju, sjzl); Backspace erases",
    ])
    static let isOverlay = true

    struct Entry: Equatable, Sendable {
        var name: String
        var count: Int
        /// The name prepared once (folded, pinyin per character), so each keystroke only compares.
        var term: MatchableTerm

        static func == (lhs: Entry, rhs: Entry) -> Bool { lhs.name == rhs.name && lhs.count == rhs.count }
    }

    var kind: PickerKind
    let entries: [Entry]
    private(set) var query = ""
    /// Indices into ``entries`` of those that match the query.
    private(set) var matches: [Int]
    /// For each of ``matches``, the characters of its name the query matched (to highlight).
    private(set) var matchedRanges: [Range<Int>]
    var cursor = ListCursor()

    init(kind: PickerKind, counts: [(name: String, count: Int)]) {
        self.kind = kind
        entries = counts.map { Entry(name: $0.name, count: $0.count, term: MatchableTerm($0.name)) }
        matches = Array(entries.indices)
        matchedRanges = Array(repeating: 0..<0, count: entries.count)
    }

    /// The highlighted entry, if any matches.
    var selectedEntry: Entry? {
        matches.indices.contains(cursor.selected) ? entries[matches[cursor.selected]] : nil
    }

    /// Types one more character of the filter (a Chinese character from an input method
    /// arrives as one `.character` like any other).
    mutating func type(_ character: Character) {
        setQuery(query + String(character))
    }

    /// Erases the last character of the filter.
    mutating func erase() {
        guard !query.isEmpty else { return }
        setQuery(String(query.dropLast()))
    }

    /// Keeps the entries `text` matches (``TermQuery``): as characters, script- and case-blind,
    /// or as pinyin, full or initials.
    private mutating func setQuery(_ text: String) {
        query = text
        let prepared = TermQuery(text)
        matches = []
        matchedRanges = []
        for index in entries.indices {
            guard let range = prepared.match(entries[index].term) else { continue }
            matches.append(index)
            matchedRanges.append(range)
        }
        cursor = ListCursor()
    }
}

/// Keys and clicks in the picker: typing filters, arrows move, Enter applies, Esc cancels.
extension PickerOverlay {
    /// The box: centred, at most 60 columns and 20 rows, inside the screen.
    static func frame(_ shared: SharedState) -> (row: Int, column: Int, width: Int, height: Int) {
        let boxWidth = max(0, min(60, shared.width - 4)), boxHeight = max(0, min(20, shared.height - 2))
        return ((shared.height - boxHeight) / 2, (shared.width - boxWidth) / 2, boxWidth, boxHeight)
    }

    /// Rows of entries in the box: all but the two borders and the filter line.
    static func page(_ shared: SharedState) -> Int { max(1, frame(shared).height - 3) }

    /// Characters no key binds type into the filter; Backspace erases.
    mutating func takeKey(_ key: KeyEvent, shared: inout SharedState) -> ScreenUpdate? {
        guard shared.keymap.action(for: key, in: Self.keyContext) == nil else { return nil }
        if case .character(let character) = key {
            type(character)
        } else if key == .backspace || key == .delete {
            erase()
        } else {
            return nil
        }
        return ScreenUpdate.none
    }

    mutating func perform(_ action: Action, shared: inout SharedState) -> ScreenUpdate {
        if cursor.apply(action, count: matches.count, page: Self.page(shared)) { return ScreenUpdate.none }
        switch action {
        case .applyPick: return applyPick()
        case .cancel: return .pop
        default: return ScreenUpdate.none
        }
    }

    /// Closes the picker, handing the highlighted entry to the library.
    private func applyPick() -> ScreenUpdate {
        guard let entry = selectedEntry else { return ScreenUpdate.none }
        return .pop(.picked(kind, name: entry.name))
    }

    /// A click on an entry highlights it, a second click applies it; a click outside the box
    /// closes it. The wheel moves the highlight.
    mutating func handleMouse(_ event: MouseEvent, shared: inout SharedState) -> ScreenUpdate {
        guard event.kind == .press else { return scrollByWheel(event, down: .moveDown, up: .moveUp, shared: &shared) }
        let frame = Self.frame(shared), page = Self.page(shared)
        guard (frame.row..<frame.row + frame.height).contains(event.row),
              (frame.column..<frame.column + frame.width).contains(event.column) else { return .pop }
        // The entries start under the top border and the filter line.
        let slot = event.row - frame.row - 2
        guard slot >= 0, slot < page, matches.indices.contains(cursor.top + slot) else { return ScreenUpdate.none }
        let index = cursor.top + slot
        let again = cursor.selected == index
        cursor.select(index, count: matches.count, page: page)
        return again ? applyPick() : ScreenUpdate.none
    }

    /// The highlighted entry stays in the box at a new size.
    mutating func receive(_ msg: Msg, shared: inout SharedState) {
        if case .resized = msg { cursor.reveal(count: matches.count, page: Self.page(shared)) }
    }
}
