/// Renders an article at a given width: header, body, then every footnote definition as a
/// reference list. The result is what `newsreader show` prints and the reader scrolls.
///
/// ```swift
/// let rendered = DocumentRenderer(width: 80).render(article)
/// rendered.lines                         // styled lines, none wider than 80 columns
/// rendered.anchors.footnoteReferences    // where each `[1]` landed
/// rendered.line(for: position)           // a reading position → line, at this width
/// ```
public struct DocumentRenderer: Sendable {
    /// Columns of every line; at least 2, the width of one CJK character.
    public var width: Int
    /// The lead quote wraps at most this wide, to stand apart from the body on wide screens.
    public var leadQuoteWidth = 64
    /// How eagerly CJK text may break (the `line_break` setting). The kinsoku rules for closing
    /// and opening punctuation hold at every strictness; it changes what ICU allows besides.
    public var lineBreak: LineBreaker.Strictness
    /// Empty lines kept right after a rendered block's content, by block number, where the reader
    /// draws that block's pictures (all of them, one under another): block 0 is the header (under its `[图片]` line, above the rule).
    public var pictureRows: [Int: Int] = [:]
    /// Output without colour (`--color never`, `NO_COLOR`, a pipe): headings marked with `#`s,
    /// each link and image followed by `<n>`, and a `链接 Links` list of their URLs at the end,
    /// as `lynx -dump` does.
    public var plain = false
    /// With ``plain``: number the links and list their URLs after the article (off when the
    /// output makes links clickable, `--hyperlinks`).
    public var numbersLinks = true
    /// The path to show for an image's source (see ``ImagePathResolver``); the source as written when nil.
    public var imagePath: (@Sendable (String) -> String)?

    public init(width: Int, lineBreak: LineBreaker.Strictness = .strict) {
        self.width = max(2, width)
        self.lineBreak = lineBreak
    }

    public func render(_ article: Article) -> RenderedArticle {
        var output = RenderOutput()
        renderHeader(of: article, into: &output)
        let blocks = article.document.blocks
        let labels = Set(article.document.footnotes.map { LinkLabel.normalize($0.label) })
        var flattener = InlineFlattener(isDefined: { labels.contains(LinkLabel.normalize($0)) })
        if let imagePath { flattener.imagePath = imagePath }
        let numbering = plain && numbersLinks ? LinkNumbering() : nil
        flattener.linkNumbers = numbering
        var renderer = BlockRenderer(flattener: flattener)
        renderer.marksHeadings = plain
        for (index, block) in blocks.enumerated() {
            if index > 0 { output.appendDecoration(StyledLine()) }
            output.startBlock(index + 1)
            var context = RenderContext(width: width, breaker: LineBreaker(strictness: lineBreak))
            if index == 0, case .blockQuote = block { context.width = min(width, leadQuoteWidth) }
            renderer.render(block, in: context, into: &output)
            for _ in 0..<max(0, pictureRows[index + 1] ?? 0) { output.appendDecoration(StyledLine()) }
        }
        ReferencesRenderer(width: width, renderer: renderer, breaker: LineBreaker(strictness: lineBreak))
            .render(article, reusingHeading: Self.endsWithReferencesHeading(blocks), nextBlock: blocks.count + 1, into: &output)
        if let numbering, !numbering.entries.isEmpty {
            LinkListRenderer(width: width, breaker: LineBreaker(strictness: lineBreak))
                .render(numbering.entries, nextBlock: output.block + 1, into: &output)
        }
        return output.rendered(width: width)
    }

    // MARK: - Header

    /// Title, date, topics, tags, summary and featured image, then a rule (block 0).
    private func renderHeader(of article: Article, into output: inout RenderOutput) {
        let context = RenderContext(width: width, breaker: LineBreaker(strictness: lineBreak))
        func paragraph(_ spans: [StyledSpan]) {
            var flat = InlineFlattener.Flat()
            flat.spans = spans
            output.appendParagraph(flat, in: context)
        }
        paragraph([StyledSpan(TerminalText.sanitize(article.title), style: [.bold, .heading])])
        var facts = [StyledSpan(article.date.displayText, style: .dim)]
        if article.isDraft { facts.append(StyledSpan("  草稿 draft", style: .dim)) }
        paragraph(facts)
        let names: [(label: String, names: [String], separator: String, style: TextStyle)] = [
            ("主题 ", article.topics, " · ", .bold),
            ("标签 ", article.tags.map { "#" + $0 }, " ", []),
        ]
        for list in names where !list.names.isEmpty {
            let safe = list.names.map { TerminalText.sanitize($0) }
            NameListLayout.lines(label: list.label, names: safe, separator: list.separator, style: list.style, width: width)
                .forEach { output.appendDecoration($0) }
        }
        if let summary = article.frontMatter.summary, !summary.isEmpty {
            paragraph([StyledSpan(TerminalText.sanitize(summary), style: .italic)])
        }
        if let image = article.frontMatter.featuredImage, !image.isEmpty {
            paragraph([StyledSpan("[图片] " + TerminalText.sanitize(image), style: .dim)])
            for _ in 0..<max(0, pictureRows[0] ?? 0) { output.appendDecoration(StyledLine()) }
        }
        output.appendDecoration(StyledLine([StyledSpan(BoxDrawing.adapt(String(repeating: "─", count: width)), style: .dim)]))
    }

    /// Whether the body already ends with the citation heading (FORMAT.md, "Citations"), so the
    /// references list goes under it instead of under a heading of its own.
    static func endsWithReferencesHeading(_ blocks: [Block]) -> Bool {
        guard case .heading(_, let content)? = blocks.last else { return false }
        let names: Set<String> = ["引用", "references", "参考资料", "参考", "参考文献", "注释", "sources", "notes"]
        return names.contains(content.plainText.trimmingCharacters(in: .whitespaces).lowercased())
    }
}
