/// The inline parser's working list: nodes in an array, linked by index.
///
/// Emphasis and links are made by *wrapping* a stretch of the top-level list into a new container
/// node, which is O(1) with links; nothing is copied until ``inlines(from:)`` builds the
/// ``Inline`` values at the end, without recursion.
struct InlineNodeList {
    /// What a node is; text-like kinds carry a byte range or a string, containers have children.
    enum Kind: UInt8 {
        /// Source bytes `start..<end`, shown as they are (text runs, delimiters, brackets).
        case text
        /// A decoded string (`payload` indexes ``strings``): an entity or an escape.
        case decoded
        case softBreak, hardBreak
        /// `payload` indexes ``strings``.
        case code, footnoteReference
        /// Raw HTML, source bytes `start..<end`.
        case html
        /// Text is `start..<end` with references decoded; destination is `strings[payload]`.
        case autolink
        case emphasis, strong, strikethrough
        /// `payload` indexes ``links``.
        case link, image
    }

    struct Node {
        var kind: Kind
        var start = 0
        var end = 0
        var payload = -1
        var previous = -1
        var next = -1
        var firstChild = -1
        var lastChild = -1
    }

    private(set) var nodes: [Node] = []
    private(set) var head = -1
    private(set) var tail = -1
    private(set) var strings: [String] = []
    private(set) var links: [(destination: String, title: String?)] = []

    /// Makes room for about `count` nodes at once: growing the array step by step from empty
    /// was a visible share of inline parsing.
    mutating func reserveCapacity(_ count: Int) {
        nodes.reserveCapacity(count)
    }

    /// Empties the list, keeping the arrays' capacity for the next parse.
    mutating func removeAll() {
        nodes.removeAll(keepingCapacity: true)
        strings.removeAll(keepingCapacity: true)
        links.removeAll(keepingCapacity: true)
        head = -1
        tail = -1
    }

    subscript(index: Int) -> Node {
        get { nodes[index] }
        set { nodes[index] = newValue }
    }

    /// Appends a node at the end of the top-level list; returns its index.
    @discardableResult
    mutating func append(_ kind: Kind, start: Int = 0, end: Int = 0, payload: Int = -1) -> Int {
        let index = nodes.count
        nodes.append(Node(kind: kind, start: start, end: end, payload: payload, previous: tail))
        if tail >= 0 { nodes[tail].next = index } else { head = index }
        tail = index
        return index
    }

    /// Appends a node whose payload is `string`.
    @discardableResult
    mutating func append(_ kind: Kind, string: String, start: Int = 0, end: Int = 0) -> Int {
        strings.append(string)
        return append(kind, start: start, end: end, payload: strings.count - 1)
    }

    /// Stores a link's destination and title; the result is the payload of a link or image node.
    mutating func addLink(destination: String, title: String?) -> Int {
        links.append((destination, title))
        return links.count - 1
    }

    /// Unlinks `index` from the top-level list.
    mutating func remove(_ index: Int) {
        let node = nodes[index]
        if node.previous >= 0 { nodes[node.previous].next = node.next } else { head = node.next }
        if node.next >= 0 { nodes[node.next].previous = node.previous } else { tail = node.previous }
        nodes[index].previous = -1
        nodes[index].next = -1
    }

    /// Drops `index` and everything after it from the top-level list.
    mutating func truncate(from index: Int) {
        let previous = nodes[index].previous
        if previous >= 0 { nodes[previous].next = -1 } else { head = -1 }
        tail = previous
    }

    /// Moves the nodes strictly between `opener` and `closer` (to the end when `closer` is -1)
    /// into a new container placed right after `opener`.
    @discardableResult
    mutating func wrap(after opener: Int, before closer: Int, into kind: Kind, payload: Int = -1) -> Int {
        let first = nodes[opener].next
        let last = closer >= 0 ? nodes[closer].previous : tail
        let container = nodes.count
        var node = Node(kind: kind, payload: payload, previous: opener, next: closer)
        if first != closer, first >= 0 {
            node.firstChild = first
            node.lastChild = last
            nodes[first].previous = -1
            nodes[last].next = -1
        }
        nodes.append(node)
        nodes[opener].next = container
        if closer >= 0 { nodes[closer].previous = container } else { tail = container }
        return container
    }
}
