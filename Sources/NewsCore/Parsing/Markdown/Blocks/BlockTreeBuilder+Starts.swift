/// Opening new blocks on a line, after the open blocks took their continuation markers.
extension BlockTreeBuilder {
    /// Opens every block that starts on the rest of the line (CommonMark §5 and §4, GFM tables and
    /// footnotes), leaving `container` at the deepest new block.
    mutating func openNewBlocks(_ container: inout Int, depth startDepth: Int) {
        var depth = startDepth
        var maybeLazy = nodes[current].kind == .paragraph
        while nodes[container].kind != .codeBlock, nodes[container].kind != .htmlBlock {
            findFirstNonspace()
            let indented = indent >= 4
            let first: UInt8 = blank ? 0 : bytes[firstNonspace]
            let kind = nodes[container].kind
            if !indented, first == UInt8(ascii: ">"), depth < Self.maximumDepth {
                advanceOffset(firstNonspace + 1 - offset, columns: false)
                if offset < lineEnd, BlockStartSyntax.isSpaceOrTab(bytes[offset]) { advanceOffset(1, columns: true) }
                container = addChild(container, .blockQuote)
                depth += 1
            } else if !indented, first == UInt8(ascii: "#"),
                      let heading = BlockStartSyntax.atxHeading(bytes, from: firstNonspace, to: lineEnd) {
                container = addChild(container, .heading)
                nodes[container].headingLevel = heading.level
                nodes[container].content = Array(bytes[heading.content])
                nodes[container].contentSource = heading.content
                offset = lineEnd
                break
            } else if !indented, first == UInt8(ascii: "`") || first == UInt8(ascii: "~"),
                      let fence = BlockStartSyntax.openingFence(bytes, from: firstNonspace, to: lineEnd) {
                container = addChild(container, .codeBlock)
                let info = String(decoding: bytes[fence.info], as: UTF8.self)
                nodes[container].fence = Fence(isFenced: true, character: fence.character, length: fence.length,
                                               indent: firstNonspace - offset, info: MarkdownText.unescape(info))
                offset = lineEnd
            } else if !indented, first == UInt8(ascii: "<"),
                      let htmlKind = HTMLBlockSyntax.startKind(bytes, from: firstNonspace, to: lineEnd,
                                                               allowKind7: kind != .paragraph && !maybeLazy) {
                // The tag is part of the block's text, so the offset stays.
                container = addChild(container, .htmlBlock)
                nodes[container].htmlKind = htmlKind
            } else if !indented, kind == .paragraph, first == UInt8(ascii: "=") || first == UInt8(ascii: "-"),
                      let level = BlockStartSyntax.setextLevel(bytes, from: firstNonspace, to: lineEnd) {
                // §4.3: definitions at the start of the paragraph are taken first; if nothing is
                // left, the underline is paragraph text.
                if resolveLinkReferences(container) {
                    nodes[container].kind = .heading
                    nodes[container].headingLevel = level
                    nodes[container].isSetextHeading = true
                    offset = lineEnd
                }
                break
            } else if !indented, first == UInt8(ascii: "*") || first == UInt8(ascii: "-") || first == UInt8(ascii: "_"),
                      BlockStartSyntax.isThematicBreak(bytes, from: firstNonspace, to: lineEnd) {
                container = addChild(container, .thematicBreak)
                offset = lineEnd
            } else if !indented, first == UInt8(ascii: "["), depth < Self.maximumDepth,
                      let definition = BlockStartSyntax.footnoteDefinition(bytes, from: firstNonspace, to: lineEnd) {
                let label = String(decoding: bytes[definition.label], as: UTF8.self)
                advanceOffset(firstNonspace + definition.length - offset, columns: false)
                container = addChild(container, .footnote)
                nodes[container].footnote = FootnoteSource(label: label)
                footnoteNodes.append(container)
                recordFootnoteLine(container, from: offset)
                depth += 1
            } else if indent < 4, !blank, depth < Self.maximumDepth,
                      let found = BlockStartSyntax.listMarker(bytes, from: firstNonspace, to: lineEnd,
                                                              interruptsParagraph: kind == .paragraph) {
                var marker = found.marker
                advanceOffset(firstNonspace + found.length - offset, columns: false)
                marker.padding = listItemPadding(markerLength: found.length)
                marker.markerOffset = indent
                if kind != .list || !nodes[container].list.continuesList(marker) {
                    container = addChild(container, .list)
                    nodes[container].list = marker
                }
                container = addChild(container, .item)
                nodes[container].list = marker
                depth += 1
            } else if indented, !maybeLazy, !blank, kind != .table {
                // Not in a table: an indented line is one of its rows (authors align the pipes, and
                // Hugo reads it so), as it goes on in a paragraph.
                advanceOffset(4, columns: true)
                container = addChild(container, .codeBlock)
            } else if !indented, kind == .paragraph, startTable(&container) {
                break
            } else {
                break
            }
            if nodes[container].kind == .heading { break }
            maybeLazy = false
        }
    }

    /// Consumes the spaces after a list marker and returns the item's padding (§5.2: 1–4 spaces
    /// belong to the marker; 5 or more mean indented code, so only one counts).
    private mutating func listItemPadding(markerLength: Int) -> Int {
        let savedOffset = offset
        let savedColumn = column
        let savedTab = partiallyConsumedTab
        while column - savedColumn <= 5, offset < lineEnd, BlockStartSyntax.isSpaceOrTab(bytes[offset]) {
            advanceOffset(1, columns: true)
        }
        let spaces = column - savedColumn
        if spaces >= 5 || spaces < 1 || offset == lineEnd {
            offset = savedOffset
            column = savedColumn
            partiallyConsumedTab = savedTab
            if spaces > 0 { advanceOffset(1, columns: true) }
            return markerLength + 1
        }
        return markerLength + spaces
    }

    /// Turns the paragraph's last line into a table header when this line is a matching GFM
    /// delimiter row; earlier lines stay a paragraph.
    private mutating func startTable(_ container: inout Int) -> Bool {
        guard let alignments = TableSyntax.alignments(bytes, from: firstNonspace, to: lineEnd) else { return false }
        let content = nodes[container].content
        let headerStart = (content.lastIndex(of: 0x0A) ?? -1) + 1
        guard TableSyntax.hasUnescapedPipe(bytes, from: firstNonspace, to: lineEnd)
            || TableSyntax.hasUnescapedPipe(content, from: headerStart, to: content.count) else { return false }
        let header = TableSyntax.cells(content, from: headerStart, to: content.count)
        guard header.count == alignments.count else { return false }
        let table = TableRows(alignments: alignments, header: header)
        if headerStart == 0 {
            nodes[container].kind = .table
            nodes[container].content = []
        } else {
            nodes[container].content.removeSubrange((headerStart - 1)...)
            nodes[container].contentSource = nil
            let parent = finalize(container)
            container = addChild(parent, .table)
            nodes[container].startLine = lineNumber - 1
        }
        nodes[container].table = table
        offset = lineEnd
        return true
    }
}
