/// Phase 1 of parsing: reads the text line by line into a tree of ``BlockNode``s.
///
/// Follows the strategy of the CommonMark spec's appendix: for each line, walk the open blocks
/// and consume their continuation markers, then open new blocks, then add the rest of the line
/// to the deepest one. Inline content stays raw until ``DocumentAssembler`` parses it.
struct BlockTreeBuilder {
    /// Container blocks nest at most this deep; deeper markers are read as text, so hostile input
    /// (100,000 `>`) cannot overflow the stack of later recursive passes.
    static let maximumDepth = 64

    let bytes: [UInt8]
    var nodes: [BlockNode]
    /// Link reference definitions found so far, keyed by normalized label; the first one wins.
    var linkReferences: [String: LinkReference] = [:]
    /// Footnote definition nodes in source order.
    var footnoteNodes: [Int] = []

    // MARK: Line state (CommonMark §2.2: tabs count to the next multiple of 4 columns)
    var lineNumber = 0
    var lineEnd = 0
    var offset = 0
    var column = 0
    var partiallyConsumedTab = false
    var firstNonspace = 0
    var firstNonspaceColumn = 0
    var indent = 0
    var blank = false
    /// The deepest open block after the previous line.
    var current = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
        nodes = [BlockNode(kind: .document, parent: -1, startLine: 1)]
        nodes.reserveCapacity(bytes.count / 64 + 8)
    }

    /// Reads every line, then closes all blocks.
    mutating func build() {
        let count = bytes.count
        var start = 0
        if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        // Articles reach here with CRs already turned into LFs: then a line ends at the next LF,
        // found with memchr rather than a byte loop.
        let hasCR = ByteSearch.firstIndex(of: 0x0D, in: bytes, from: start, to: count) < count
        while start < count {
            var end = start
            if hasCR {
                while end < count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
            } else {
                end = ByteSearch.firstIndex(of: 0x0A, in: bytes, from: start, to: count)
            }
            lineNumber += 1
            processLine(from: start, to: end)
            start = end
            if start < count {
                start += (bytes[start] == 0x0D && start + 1 < count && bytes[start + 1] == 0x0A) ? 2 : 1
            }
        }
        while current != 0 { current = finalize(current) }
        _ = finalize(0)
    }

    // MARK: - One line

    private mutating func processLine(from start: Int, to end: Int) {
        lineEnd = end
        offset = start
        column = 0
        partiallyConsumedTab = false
        blank = false
        var depth = 0
        guard let lastMatched = matchOpenBlocks(depth: &depth) else { return }
        var container = lastMatched
        openNewBlocks(&container, depth: depth)
        addText(to: container, lastMatched: lastMatched)
    }

    /// Consumes the continuation markers of the open blocks; returns the last block that matched,
    /// or nil when the line closed a fenced code block and needs nothing more.
    private mutating func matchOpenBlocks(depth: inout Int) -> Int? {
        var container = 0
        while let last = nodes[container].children.last, nodes[last].isOpen {
            findFirstNonspace()
            let matched: Bool
            switch nodes[last].kind {
            case .blockQuote:
                matched = indent <= 3 && firstNonspace < lineEnd && bytes[firstNonspace] == UInt8(ascii: ">")
                if matched {
                    advanceOffset(indent + 1, columns: true)
                    if offset < lineEnd, BlockStartSyntax.isSpaceOrTab(bytes[offset]) { advanceOffset(1, columns: true) }
                    depth += 1
                }
            case .item:
                let contentIndent = nodes[last].list.markerOffset + nodes[last].list.padding
                if indent >= contentIndent {
                    advanceOffset(contentIndent, columns: true)
                    matched = true
                } else if blank, !nodes[last].children.isEmpty {
                    advanceOffset(firstNonspace - offset, columns: false)
                    matched = true
                } else {
                    matched = false
                }
                if matched { depth += 1 }
            case .footnote:
                // GFM: a footnote's continuation lines are indented by 4 columns.
                if indent >= 4 {
                    advanceOffset(4, columns: true)
                    matched = true
                } else {
                    matched = blank
                }
                if matched {
                    recordFootnoteLine(last, from: blank ? lineEnd : offset)
                    depth += 1
                }
            case .codeBlock:
                if nodes[last].fence.isFenced {
                    if indent <= 3, firstNonspace < lineEnd, bytes[firstNonspace] == nodes[last].fence.character,
                       BlockStartSyntax.closingFenceLength(bytes, from: firstNonspace, to: lineEnd,
                                                           character: nodes[last].fence.character) >= nodes[last].fence.length {
                        current = finalize(last)
                        return nil
                    }
                    var remaining = nodes[last].fence.indent
                    while remaining > 0, offset < lineEnd, BlockStartSyntax.isSpaceOrTab(bytes[offset]) {
                        advanceOffset(1, columns: true)
                        remaining -= 1
                    }
                    matched = true
                } else if indent >= 4 {
                    advanceOffset(4, columns: true)
                    matched = true
                } else if blank {
                    advanceOffset(firstNonspace - offset, columns: false)
                    matched = true
                } else {
                    matched = false
                }
            case .htmlBlock:
                matched = !(blank && nodes[last].htmlKind >= 6)
            case .paragraph, .table:
                matched = !blank
            case .heading, .thematicBreak, .document:
                matched = false
            case .list:
                matched = true
            }
            guard matched else { return container }
            container = last
        }
        return container
    }

    // MARK: - Columns and offsets

    /// Finds the first character that is not a space or tab, and the indentation before it.
    mutating func findFirstNonspace() {
        // A tab that a marker only partly consumed still counts for its remaining columns.
        var index = offset
        var columns = column
        while index < lineEnd {
            let byte = bytes[index]
            if byte == 0x20 {
                columns += 1
            } else if byte == 0x09 {
                columns += 4 - (columns % 4)
            } else {
                break
            }
            index += 1
        }
        firstNonspace = index
        firstNonspaceColumn = columns
        indent = columns - column
        blank = index == lineEnd
    }

    /// Moves `count` characters (or, with `columns`, `count` columns, splitting a tab) forward.
    mutating func advanceOffset(_ count: Int, columns: Bool) {
        var remaining = count
        while remaining > 0, offset < lineEnd {
            if bytes[offset] == 0x09 {
                let charsToTab = 4 - (column % 4)
                if columns {
                    partiallyConsumedTab = charsToTab > remaining
                    let advance = min(remaining, charsToTab)
                    column += advance
                    if !partiallyConsumedTab { offset += 1 }
                    remaining -= advance
                } else {
                    partiallyConsumedTab = false
                    column += charsToTab
                    offset += 1
                    remaining -= 1
                }
            } else {
                partiallyConsumedTab = false
                offset += 1
                column += 1
                remaining -= 1
            }
        }
    }
}
