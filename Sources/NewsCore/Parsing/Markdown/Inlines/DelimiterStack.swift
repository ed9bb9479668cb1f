/// The delimiter stack of CommonMark's "process emphasis" (appendix, Phase 2): runs of `*`, `_`
/// and `~` that may open or close, as a doubly linked list in an array so that runs between a
/// matched pair are removed in O(1) each.
struct DelimiterStack {
    struct Delimiter {
        /// The text node holding the run's remaining characters.
        var node: Int
        /// Where the run starts in the source; increases along the stack.
        var position: Int
        var character: UInt8
        /// Characters still unused; `originalLength` is what the "rule of 3" looks at.
        var remaining: Int
        var originalLength: Int
        var canOpen: Bool
        var canClose: Bool
        var previous = -1
        var next = -1
    }

    private(set) var items: [Delimiter] = []
    private(set) var last = -1

    subscript(index: Int) -> Delimiter {
        get { items[index] }
        set { items[index] = newValue }
    }

    mutating func push(_ delimiter: Delimiter) {
        var delimiter = delimiter
        delimiter.previous = last
        delimiter.next = -1
        items.append(delimiter)
        let index = items.count - 1
        if last >= 0 { items[last].next = index }
        last = index
    }

    mutating func remove(_ index: Int) {
        let delimiter = items[index]
        if delimiter.previous >= 0 { items[delimiter.previous].next = delimiter.next }
        if delimiter.next >= 0 { items[delimiter.next].previous = delimiter.previous } else { last = delimiter.previous }
    }

    /// The oldest delimiter whose position is at least `bottom`, or -1.
    func first(atOrAbove bottom: Int) -> Int {
        var first = -1
        var candidate = last
        while candidate >= 0, items[candidate].position >= bottom {
            first = candidate
            candidate = items[candidate].previous
        }
        return first
    }

    /// Empties the stack, keeping its capacity for the next parse.
    mutating func removeAll() {
        items.removeAll(keepingCapacity: true)
        last = -1
    }

    /// Removes every delimiter whose position is at least `bottom`.
    mutating func removeAll(atOrAbove bottom: Int) {
        while last >= 0, items[last].position >= bottom { remove(last) }
    }
}

/// Open `[` and `![` waiting for their `]` (§6.3, "look for link or image").
struct BracketStack {
    struct Bracket {
        /// The text node `[` or `![`.
        var node: Int
        var isImage: Bool
        /// Where the bracketed text starts (after `[`); also the bottom for its emphasis.
        var contentStart: Int
        /// Whether another `[` came after this one (then it cannot be a shortcut or collapsed
        /// reference, whose label may not contain brackets).
        var hasBracketAfter = false
    }

    private(set) var items: [Bracket] = []
    /// Link openers below this index are inactive: a link may not contain a link (§6.3). Keeping a
    /// floor instead of flagging each opener keeps many links after many `[` linear.
    private var inactiveLinkFloor = 0

    var last: Bracket? { items.last }

    /// Empties the stack, keeping its capacity for the next parse.
    mutating func removeAll() {
        items.removeAll(keepingCapacity: true)
        inactiveLinkFloor = 0
    }

    mutating func push(_ bracket: Bracket) {
        if !items.isEmpty { items[items.count - 1].hasBracketAfter = true }
        items.append(bracket)
    }

    mutating func popLast() {
        items.removeLast()
        inactiveLinkFloor = min(inactiveLinkFloor, items.count)
    }

    /// Whether the last opener may still form a link or image.
    var lastIsActive: Bool {
        guard let last = items.last else { return false }
        return last.isImage || items.count - 1 >= inactiveLinkFloor
    }

    /// After a link is made, no earlier `[` may open another link (images still may).
    mutating func deactivateLinkOpeners() {
        inactiveLinkFloor = items.count
    }
}
