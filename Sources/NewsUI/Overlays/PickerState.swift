/// Which facet a picker chooses.
enum PickerKind: Equatable, Sendable {
    case tag, topic

    var title: String { self == .tag ? "标签 Tags" : "主题 Topics" }
}

/// The tag or topic picker: every name with its count, narrowed as the user types.
struct PickerState: Equatable, Sendable {
    struct Entry: Equatable, Sendable {
        var name: String
        var count: Int
        /// The name lowercased once, so each keystroke only compares.
        var folded: String
    }

    var kind: PickerKind
    let entries: [Entry]
    private(set) var query = ""
    /// Indices into ``entries`` of those that contain the query.
    private(set) var matches: [Int]
    var cursor = ListCursor()

    init(kind: PickerKind, counts: [(name: String, count: Int)]) {
        self.kind = kind
        entries = counts.map { Entry(name: $0.name, count: $0.count, folded: $0.name.lowercased()) }
        matches = Array(entries.indices)
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

    /// Keeps the entries containing `text`: a substring match, case-insensitive for Latin
    /// letters (lowercasing leaves CJK as it is).
    private mutating func setQuery(_ text: String) {
        query = text
        let folded = text.lowercased()
        matches = folded.isEmpty ? Array(entries.indices) : entries.indices.filter { entries[$0].folded.contains(folded) }
        cursor = ListCursor()
    }
}
