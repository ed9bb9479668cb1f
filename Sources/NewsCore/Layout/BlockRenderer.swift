/// Renders the body's blocks: paragraphs reflowed, headings styled by level, quotes behind a
/// bar, lists with hanging indents, code kept as written, tables drawn with box characters.
struct BlockRenderer {
    var flattener: InlineFlattener
    /// Plain output: headings start with `#`s, one per level, so levels show without colour.
    var marksHeadings = false

    /// Renders `blocks` one after another in `context`, a separator line between two of them
    /// unless the list they belong to is tight.
    func render(_ blocks: [Block], in context: RenderContext, tight: Bool = false, into output: inout RenderOutput) {
        var context = context
        for (index, block) in blocks.enumerated() {
            if index > 0 {
                context = context.continuing
                if !tight { output.appendDecoration(context.separatorLine) }
            }
            render(block, in: context, into: &output)
        }
    }

    func render(_ block: Block, in context: RenderContext, into output: inout RenderOutput) {
        switch block {
        case .heading(let level, let content):
            let style: TextStyle = level <= 2 ? [.bold, .heading, .underline] : [.bold, .heading]
            var flat = flattener.flatten(content, style: style)
            let title = flat.spans.map(\.text).joined()
            // Hugo's id for the heading, unless the author gave one (`{#id}`, an `<a id>` first).
            if case .anchor? = content.first {} else {
                flat.targets.insert((0, output.headingIDs.unique(HeadingID.slug(title))), at: 0)
            }
            if marksHeadings { flat.prepend(StyledSpan(String(repeating: "#", count: level) + " ", style: style)) }
            let line = output.appendParagraph(flat, in: context)
            output.anchors.headings.append(HeadingAnchor(level: level, title: title, line: line))
        case .paragraph(let content):
            output.appendParagraph(flattener.flatten(content), in: context)
        case .blockQuote(let inner):
            let bar = [StyledSpan(BoxDrawing.adapt("│ "), style: .dim)]
            render(inner, in: context.nested(first: bar, rest: bar) ?? context, into: &output)
        case .list(let list):
            renderList(list, in: context, into: &output)
        case .codeBlock(let code):
            let language = code.info.split(separator: " ").first.map(String.init) ?? ""
            if !language.isEmpty {
                // The language says what the code is, with or without colour.
                var label = StyledLine(codeContext(context).first)
                label.append(StyledSpan(DisplayWidth.truncate(TerminalText.sanitize("‹\(language)›"),
                                                              toWidth: codeContext(context).firstTextWidth), style: .dim))
                output.append(label, kind: .decoration, prefix: codeContext(context).first)
            }
            PreformattedRenderer(style: .code).render(code.text, in: codeContext(context).continuing, into: &output)
        case .htmlBlock(let html):
            PreformattedRenderer(style: .dim).render(html, in: codeContext(context), into: &output)
        case .table(let table):
            TableRenderer(flattener: flattener).render(table, in: context, into: &output)
        case .thematicBreak:
            var line = StyledLine(context.first)
            line.append(StyledSpan(BoxDrawing.adapt(String(repeating: "─", count: context.firstTextWidth)), style: .dim))
            output.append(line, kind: .decoration, prefix: context.first)
        }
    }

    /// Code sits two columns in, when there is room for that.
    private func codeContext(_ context: RenderContext) -> RenderContext {
        let indent = [StyledSpan("  ")]
        return context.nested(first: indent, rest: indent) ?? context
    }

    // MARK: - Lists

    private static let bullets = ["• ", "◦ ", "▪ "]

    /// Each item behind its marker; its continuation lines and later blocks hang under its text.
    private func renderList(_ list: ListBlock, in context: RenderContext, into output: inout RenderOutput) {
        let markers = markerTexts(list, depth: context.listDepth)
        for (index, item) in list.items.enumerated() {
            var itemContext = index == 0 ? context : context.continuing
            if index > 0 && !list.isTight { output.appendDecoration(itemContext.separatorLine) }
            let marker = markers[index]
            let indent = String(repeating: " ", count: DisplayWidth.of(marker))
            if let nested = itemContext.nested(first: [StyledSpan(marker, style: .bold)], rest: [StyledSpan(indent)]) {
                itemContext = nested
            }
            itemContext.listDepth += 1
            if item.isEmpty {
                output.append(StyledLine(itemContext.first), kind: .decoration, prefix: itemContext.first)
            } else {
                render(item, in: itemContext, tight: list.isTight, into: &output)
            }
        }
    }

    /// Bullets by depth; numbers right-aligned so that the items' texts line up (` 9.`, `10.`).
    private func markerTexts(_ list: ListBlock, depth: Int) -> [String] {
        switch list.kind {
        case .bullet:
            return Array(repeating: Self.bullets[min(depth, Self.bullets.count - 1)], count: list.items.count)
        case .ordered(let start, let delimiter):
            let numbers = list.items.indices.map { "\(start + $0)\(delimiter)" }
            let widest = numbers.map(\.count).max() ?? 0
            return numbers.map { String(repeating: " ", count: widest - $0.count) + $0 + " " }
        }
    }
}
