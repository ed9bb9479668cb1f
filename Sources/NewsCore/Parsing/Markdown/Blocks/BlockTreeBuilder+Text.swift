/// Adding a line's text to its block, and closing blocks.
extension BlockTreeBuilder {
    /// Adds what is left of the line to `container`, or to the open paragraph as a lazy
    /// continuation line (CommonMark §5.1), after closing the blocks the line did not continue.
    mutating func addText(to container: Int, lastMatched: Int) {
        var container = container
        findFirstNonspace()
        if blank, let last = nodes[container].children.last { nodes[last].lastLineBlank = true }
        let kind = nodes[container].kind
        // Blank lines in block quotes, headings and fenced code, or right after an empty item's
        // marker, do not make a list loose.
        nodes[container].lastLineBlank = blank && kind != .blockQuote && kind != .heading && kind != .thematicBreak
            && !(kind == .codeBlock && nodes[container].fence.isFenced)
            && !(kind == .item && nodes[container].children.isEmpty && nodes[container].startLine == lineNumber)
        var ancestor = nodes[container].parent
        while ancestor >= 0 {
            nodes[ancestor].lastLineBlank = false
            ancestor = nodes[ancestor].parent
        }

        if current != lastMatched, container == lastMatched, !blank, nodes[current].kind == .paragraph {
            recordLazyFootnoteLine()
            appendParagraphLine(to: current)
            return
        }
        while current != lastMatched { current = finalize(current) }
        switch kind {
        case .codeBlock:
            // The opening fence line holds only the info string.
            if !(nodes[container].fence.isFenced && nodes[container].startLine == lineNumber) {
                appendRawLine(to: container)
            }
        case .htmlBlock:
            appendRawLine(to: container)
            if HTMLBlockSyntax.lineEndsBlock(kind: nodes[container].htmlKind, bytes, from: firstNonspace, to: lineEnd) {
                container = finalize(container)
            }
        case .table:
            if !blank, !appendTableRow(to: container) {
                container = addChild(finalize(container), .paragraph)
                appendParagraphLine(to: container)
            }
        case .paragraph:
            if !blank { appendParagraphLine(to: container) }
        case .heading:
            break
        default:
            if !blank {
                container = addChild(container, .paragraph)
                appendParagraphLine(to: container)
            }
        }
        current = container
    }

    /// Adds a child block, first closing blocks that cannot hold it (a list holds only items;
    /// leaf blocks hold nothing).
    mutating func addChild(_ parent: Int, _ kind: BlockNode.Kind) -> Int {
        var parent = parent
        while !Self.canContain(nodes[parent].kind, kind) { parent = finalize(parent) }
        let node = nodes.count
        nodes.append(BlockNode(kind: kind, parent: parent, startLine: lineNumber))
        nodes[parent].children.append(node)
        return node
    }

    private static func canContain(_ parent: BlockNode.Kind, _ child: BlockNode.Kind) -> Bool {
        switch parent {
        case .document, .blockQuote, .item, .footnote: return child != .item
        case .list: return child == .item
        default: return false
        }
    }

    /// Closes a block and returns its parent. Paragraphs give up their link reference
    /// definitions (and vanish if nothing else is left); lists learn whether they are tight.
    mutating func finalize(_ node: Int) -> Int {
        let parent = nodes[node].parent
        guard nodes[node].isOpen else { return parent }
        nodes[node].isOpen = false
        switch nodes[node].kind {
        case .paragraph:
            if !resolveLinkReferences(node), let index = nodes[parent].children.lastIndex(of: node) {
                nodes[parent].children.remove(at: index)
            }
        case .codeBlock where !nodes[node].fence.isFenced:
            removeTrailingBlankLines(node)
        case .list:
            nodes[node].list.isTight = isTight(node)
        default:
            break
        }
        return parent
    }

    /// Takes link reference definitions from the start of a paragraph; returns whether text remains.
    mutating func resolveLinkReferences(_ node: Int) -> Bool {
        let content = nodes[node].content
        // Only a paragraph starting with `[` can hold definitions; skipping the rest keeps this cheap.
        guard content.first == UInt8(ascii: "[") else { return !content.isEmpty }
        let result = LinkReferenceDefinitions.extract(from: String(decoding: content, as: UTF8.self))
        for definition in result.definitions {
            let key = LinkLabel.normalize(definition.label)
            if linkReferences[key] == nil { linkReferences[key] = definition.reference }
        }
        if !result.definitions.isEmpty {
            nodes[node].content = Array(result.remainder.utf8)
            nodes[node].contentSource = nil
        }
        return !BlockStartSyntax.isBlank(nodes[node].content, from: 0, to: nodes[node].content.count)
    }

    // MARK: - Lines

    private mutating func appendParagraphLine(to node: Int) {
        if nodes[node].content.isEmpty {
            nodes[node].contentSource = firstNonspace..<lineEnd
        } else {
            nodes[node].content.append(0x0A)
            // Still one stretch when this line starts right after the previous one's LF.
            let source = nodes[node].contentSource
            nodes[node].contentSource = source.flatMap { range in
                range.upperBound + 1 == firstNonspace && bytes[range.upperBound] == 0x0A ? range.lowerBound..<lineEnd : nil
            }
        }
        nodes[node].content.append(contentsOf: bytes[firstNonspace..<lineEnd])
    }

    /// Adds the line from the current offset, with the unconsumed part of a split tab as spaces.
    private mutating func appendRawLine(to node: Int) {
        if partiallyConsumedTab {
            offset += 1
            let spaces = 4 - (column % 4)
            nodes[node].content.append(contentsOf: repeatElement(UInt8(0x20), count: spaces))
        }
        nodes[node].content.append(contentsOf: bytes[offset..<lineEnd])
        nodes[node].content.append(0x0A)
    }

    /// Adds a body row, padded or cut to the header's width (GFM); returns false, leaving the row
    /// out, when the table has padded too many cells already: a wide header over many short rows
    /// would otherwise grow quadratically (cmark-gfm limits this the same way).
    private mutating func appendTableRow(to node: Int) -> Bool {
        guard var table = nodes[node].table else { return false }
        nodes[node].table = nil
        defer { nodes[node].table = table }
        var cells = TableSyntax.cells(bytes, from: firstNonspace, to: lineEnd)
        let width = table.alignments.count
        if cells.count > width { cells.removeSubrange(width...) }
        let padding = width - cells.count
        guard table.paddedCells + padding <= TableRows.maximumPaddedCells else { return false }
        table.paddedCells += padding
        cells.append(contentsOf: repeatElement("", count: padding))
        table.rows.append(cells)
        return true
    }

    /// Records a footnote definition's source line (once per line).
    mutating func recordFootnoteLine(_ node: Int, from start: Int) {
        guard nodes[node].footnote?.lastRecordedLine != lineNumber else { return }
        nodes[node].footnote?.lines.append(start..<lineEnd)
        nodes[node].footnote?.lastRecordedLine = lineNumber
    }

    /// A lazy paragraph line inside a footnote is part of the footnote's source too.
    private mutating func recordLazyFootnoteLine() {
        var node = current
        while node > 0 {
            if nodes[node].kind == .footnote { recordFootnoteLine(node, from: firstNonspace) }
            node = nodes[node].parent
        }
    }

    private mutating func removeTrailingBlankLines(_ node: Int) {
        var content = nodes[node].content
        // Drop whole trailing lines made only of spaces and tabs (§4.4).
        while !content.isEmpty {
            var start = content.count - 1
            while start > 0, content[start - 1] != 0x0A { start -= 1 }
            guard BlockStartSyntax.isBlank(content, from: start, to: content.count - 1) else { break }
            content.removeSubrange(start...)
        }
        nodes[node].content = content
        nodes[node].contentSource = nil
    }

    // MARK: - Tight lists (§5.3)

    private func isTight(_ list: Int) -> Bool {
        let items = nodes[list].children
        for (itemIndex, item) in items.enumerated() {
            let hasNextItem = itemIndex + 1 < items.count
            if nodes[item].lastLineBlank, hasNextItem { return false }
            let children = nodes[item].children
            for (childIndex, child) in children.enumerated()
            where (hasNextItem || childIndex + 1 < children.count) && endsWithBlankLine(child) {
                return false
            }
        }
        return true
    }

    private func endsWithBlankLine(_ start: Int) -> Bool {
        var node = start
        while true {
            if nodes[node].lastLineBlank { return true }
            let kind = nodes[node].kind
            guard kind == .list || kind == .item, let last = nodes[node].children.last else { return false }
            node = last
        }
    }
}
