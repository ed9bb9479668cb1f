/// Phase 2 of parsing: turns the block tree into ``Block``s, parsing inline content now that
/// every link reference definition is known, and gathers footnote definitions and references.
struct DocumentAssembler {
    private let nodes: [BlockNode]
    private let bytes: [UInt8]
    /// The text `bytes` were taken from, when they are exactly its UTF-8.
    private let source: String?
    private let footnoteNodes: [Int]
    private let inlineParser: InlineParser
    private var inlineBuffers = InlineParsingBuffers()
    /// Footnote references in reading order, with the line of the block that holds them.
    private var references: [FootnoteResolver.Reference] = []

    init(tree: BlockTreeBuilder, source: String?, hardBreaks: Bool = false) {
        nodes = tree.nodes
        bytes = tree.bytes
        self.source = source
        footnoteNodes = tree.footnoteNodes
        inlineParser = InlineParser(linkReferences: tree.linkReferences, hardBreaks: hardBreaks)
    }

    /// The finished document: blocks, footnotes numbered by first reference, and diagnostics.
    mutating func document() -> Document {
        let blocks = blocks(of: 0)
        var definitions: [FootnoteResolver.Definition] = []
        definitions.reserveCapacity(footnoteNodes.count)
        for node in footnoteNodes {
            guard let footnote = nodes[node].footnote else { continue }
            definitions.append(.init(label: footnote.label, line: nodes[node].startLine,
                                     source: source(of: footnote), blocks: self.blocks(of: node)))
        }
        let resolved = FootnoteResolver.resolve(definitions: definitions, references: references)
        return Document(blocks: blocks, footnotes: resolved.footnotes, diagnostics: resolved.diagnostics)
    }

    // MARK: - Blocks

    private mutating func blocks(of node: Int) -> [Block] {
        var result: [Block] = []
        result.reserveCapacity(nodes[node].children.count)
        for child in nodes[node].children {
            if let block = block(for: child) { result.append(block) }
        }
        return result
    }

    private mutating func block(for node: Int) -> Block? {
        let block = nodes[node]
        switch block.kind {
        case .paragraph:
            return .paragraph(inlines(trimmed(block, leading: false), line: block.startLine))
        case .heading:
            return .heading(level: block.headingLevel, content: inlines(trimmed(block, leading: true), line: block.startLine))
        case .blockQuote:
            return .blockQuote(blocks(of: node))
        case .list:
            let kind: ListBlock.Kind = block.list.isOrdered
                ? .ordered(start: block.list.start, delimiter: Character(Unicode.Scalar(block.list.delimiter)))
                : .bullet(marker: Character(Unicode.Scalar(block.list.delimiter)))
            var items: [[Block]] = []
            items.reserveCapacity(block.children.count)
            for item in block.children { items.append(blocks(of: item)) }
            return .list(ListBlock(kind: kind, isTight: block.list.isTight, items: items))
        case .codeBlock:
            return .codeBlock(CodeBlock(info: block.fence.info, text: String(decoding: block.content, as: UTF8.self),
                                        isFenced: block.fence.isFenced))
        case .htmlBlock:
            var content = block.content
            if content.last == 0x0A { content.removeLast() }
            return .htmlBlock(String(decoding: content, as: UTF8.self))
        case .table:
            guard let rows = block.table else { return nil }
            let header = rows.header.map { inlines($0[...], line: block.startLine) }
            let body = rows.rows.map { $0.map { inlines($0[...], line: block.startLine) } }
            return .table(Table(alignments: rows.alignments, header: header, rows: body))
        case .thematicBreak:
            return .thematicBreak
        case .footnote, .item, .document:
            // Footnote definitions leave the block flow (they go to `Document.footnotes`).
            return nil
        }
    }

    // MARK: - Inlines

    private mutating func inlines(_ text: Substring, line: Int) -> [Inline] {
        let result = inlineParser.parse(text, reusing: &inlineBuffers)
        FootnoteResolver.collectReferences(in: result, line: line, into: &references)
        return result
    }

    /// The block's text without trailing spaces and tabs (and leading ones for headings): a slice
    /// of the source when there is one (the inline parser copies what it keeps).
    private func trimmed(_ block: BlockNode, leading: Bool) -> Substring {
        let content = block.content
        var first = 0
        var last = content.count
        if leading {
            while first < last, BlockStartSyntax.isSpaceOrTab(content[first]) { first += 1 }
        }
        while last > first, BlockStartSyntax.isSpaceOrTab(content[last - 1]) { last -= 1 }
        if let source, let range = block.contentSource {
            // A slice of the source is neither copied nor validated again (`String(decoding:)`
            // below re-validated every paragraph: 5% of a parse; a `String` copy cost 2%).
            assert(bytes[range].elementsEqual(content), "contentSource out of step with content")
            let utf8 = source.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound + first)
            let end = utf8.index(start, offsetBy: last - first)
            return source[start..<end]
        }
        return String(decoding: content[first..<last], as: UTF8.self)[...]
    }

    /// The definition's source lines, without leading and trailing blank lines, joined by `\n`.
    private func source(of footnote: FootnoteSource) -> String {
        var lines = footnote.lines[...]
        while let last = lines.last, BlockStartSyntax.isBlank(bytes, from: last.lowerBound, to: last.upperBound) {
            lines.removeLast()
        }
        while let first = lines.first, BlockStartSyntax.isBlank(bytes, from: first.lowerBound, to: first.upperBound) {
            lines.removeFirst()
        }
        var result: [UInt8] = []
        for (index, range) in lines.enumerated() {
            if index > 0 { result.append(0x0A) }
            if !BlockStartSyntax.isBlank(bytes, from: range.lowerBound, to: range.upperBound) {
                result.append(contentsOf: bytes[range])
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
