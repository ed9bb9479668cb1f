/// Renders the references section: every footnote definition, referenced or not, as
/// `[1] Title — Outlet · Author · 2025-06-24 (检索 2025-06-25)` with its URL on a dim line below.
struct ReferencesRenderer {
    var width: Int
    var renderer: BlockRenderer
    var breaker = LineBreaker()

    /// Appends the section; each definition is a block of its own from `nextBlock` on.
    func render(_ article: Article, reusingHeading: Bool, nextBlock: Int, into output: inout RenderOutput) {
        guard !article.citations.isEmpty else { return }
        var block = nextBlock
        if !reusingHeading {
            output.appendDecoration(StyledLine())
            output.startBlock(block)
            block += 1
            let line = output.lines.count
            var flat = InlineFlattener.Flat()
            flat.spans = [StyledSpan("引用", style: [.bold, .heading, .underline])]
            output.appendParagraph(flat, in: RenderContext(width: width, breaker: breaker))
            output.anchors.headings.append(HeadingAnchor(level: 2, title: "引用", line: line))
        }
        output.appendDecoration(StyledLine())
        let footnotes = Dictionary(article.document.footnotes.map { (LinkLabel.normalize($0.label), $0) },
                                   uniquingKeysWith: { first, _ in first })
        for citation in article.citations {
            output.startBlock(block)
            block += 1
            render(citation, footnote: footnotes[LinkLabel.normalize(citation.label)], into: &output)
        }
    }

    private func render(_ citation: Citation, footnote: Footnote?, into output: inout RenderOutput) {
        let label = "[\(TerminalText.sanitize(citation.label))]"
        let indent = String(repeating: " ", count: DisplayWidth.of(label) + 1)
        let base = RenderContext(width: width, breaker: breaker)
        var context = base.nested(first: [StyledSpan(label, style: .marker), StyledSpan(" ")], rest: [StyledSpan(indent)])
            ?? RenderContext(width: width, first: [StyledSpan(label, style: .marker)], breaker: breaker)
        var labelLine: Int?
        if DisplayWidth.of(label) + 2 > width {
            // A prefix is never wrapped, so a label without room for one CJK character beside it
            // (a long `[^label]` on a narrow screen, found by fuzz-layout) would overflow the
            // width: it is wrapped as a line of its own, the text below it without indent.
            var labelFlat = InlineFlattener.Flat()
            labelFlat.spans = [StyledSpan(label, style: .marker)]
            labelLine = output.appendParagraph(labelFlat, in: base)
            context = base
        }
        let isCitation = citation.title != nil && footnote.map(CitationParser.opensWithLink) ?? true
        var flat = isCitation ? summary(citation) : prose(footnote, citation)
        if citation.referenceCount == 0 { flat.spans.append(StyledSpan(" (未引用)", style: .dim)) }
        let line = labelLine ?? output.appendParagraph(flat, in: context)
        if labelLine != nil { output.appendParagraph(flat, in: context) }
        output.anchors.footnoteDefinitions.append(
            FootnoteDefinitionAnchor(label: citation.label, line: line, referenceCount: citation.referenceCount))
        // A bare URL definition already shows its URL.
        guard let url = citation.url, !flat.spans.contains(where: { $0.text.contains(url) }) else { return }
        var link = InlineFlattener.Flat()
        link.spans = [StyledSpan(TerminalText.sanitize(url), style: .dim)]
        link.links = [(0, url)]
        output.appendParagraph(link, in: context.continuing)
    }

    /// The parts of a citation in their usual order, the title first (FORMAT.md, "Citations").
    private func summary(_ citation: Citation) -> InlineFlattener.Flat {
        var flat = InlineFlattener.Flat()
        flat.spans.append(StyledSpan(TerminalText.sanitize(citation.title ?? ""), style: .bold))
        let parts = [citation.outlet, citation.author, citation.published?.description].compactMap { $0 }
        if !parts.isEmpty { flat.spans.append(StyledSpan(" — " + TerminalText.sanitize(parts.joined(separator: " · ")))) }
        if let retrieved = citation.retrieved { flat.spans.append(StyledSpan(" (检索 \(retrieved))", style: .dim)) }
        return flat
    }

    /// A definition that is not a citation, shown as its text: paragraphs joined by spaces.
    private func prose(_ footnote: Footnote?, _ citation: Citation) -> InlineFlattener.Flat {
        guard let footnote, !footnote.blocks.isEmpty else {
            var flat = InlineFlattener.Flat()
            flat.spans = [StyledSpan(TerminalText.sanitize(citation.text))]
            return flat
        }
        var inlines: [Inline] = []
        for block in footnote.blocks {
            if !inlines.isEmpty { inlines.append(.softBreak) }
            switch block {
            case .paragraph(let content), .heading(_, let content): inlines += content
            default: inlines.append(.text(Self.plainText(of: block)))
            }
        }
        var flattener = renderer.flattener
        flattener.linkNumbers = nil  // a citation's URL is on its own line, not in the link list
        var flat = flattener.flatten(inlines)
        flat.links = []  // the URL gets its own line, and its anchor there
        return flat
    }

    private static func plainText(of block: Block) -> String {
        switch block {
        case .paragraph(let content), .heading(_, let content): return content.plainText
        case .blockQuote(let blocks): return blocks.map(plainText).joined(separator: " ")
        case .list(let list): return list.items.flatMap { $0.map(plainText) }.joined(separator: " ")
        case .codeBlock(let code): return code.text
        case .htmlBlock(let html): return html
        case .table(let table): return (table.header + table.rows.flatMap { $0 }).map(\.plainText).joined(separator: " ")
        case .thematicBreak: return ""
        }
    }
}
