/// The `链接 Links` list after an article in plain output: `n. URL` for every link and image the
/// body numbered, so a reader without colour or a mouse sees where each one goes.
struct LinkListRenderer {
    var width: Int
    var breaker: LineBreaker

    func render(_ entries: [(url: String, kind: ArticleLink.Kind)], nextBlock: Int, into output: inout RenderOutput) {
        output.appendDecoration(StyledLine())
        output.startBlock(nextBlock)
        let context = RenderContext(width: width, breaker: breaker)
        let headingLine = output.lines.count
        var heading = InlineFlattener.Flat()
        heading.spans = [StyledSpan("链接 Links", style: [.bold, .heading, .underline])]
        output.appendParagraph(heading, in: context)
        output.anchors.headings.append(HeadingAnchor(level: 2, title: "链接 Links", line: headingLine))
        output.appendDecoration(StyledLine())
        let widest = "\(entries.count). ".count
        for (index, entry) in entries.enumerated() {
            output.startBlock(nextBlock + 1 + index)
            let number = "\(index + 1). "
            let marker = String(repeating: " ", count: widest - number.count) + number
            let indent = [StyledSpan(String(repeating: " ", count: widest))]
            let item = context.nested(first: [StyledSpan(marker, style: .dim)], rest: indent) ?? context
            var flat = InlineFlattener.Flat()
            let safe = TerminalText.sanitize(entry.url)
            if entry.kind == .image { flat.spans.append(StyledSpan("[图片] ", style: .dim)) }
            flat.links = [(flat.spans.count, entry.url)]
            flat.spans.append(StyledSpan(safe, style: .link))
            output.appendParagraph(flat, in: item)
        }
    }
}
