/// Turns an inline tree into styled spans for the wrapper, with untrusted text made safe.
struct InlineFlattener {
    /// Called for every link destination met, so the renderer can list links.
    var onLink: (String) -> Void = { _ in }
    /// The number to show for a footnote label, or nil when the label has no definition.
    var footnoteNumber: (String) -> String? = { _ in nil }

    func spans(of inlines: [Inline], style: TextStyle = []) -> [StyledSpan] {
        var output: [StyledSpan] = []
        append(inlines, style: style, to: &output)
        return output
    }

    private func append(_ inlines: [Inline], style: TextStyle, to output: inout [StyledSpan]) {
        for inline in inlines {
            switch inline {
            case .text(let text):
                output.append(StyledSpan(TerminalText.sanitize(text), style: style))
            case .softBreak:
                output.append(StyledSpan(" ", style: style))
            case .hardBreak:
                output.append(StyledSpan("\n", style: style))
            case .code(let text):
                output.append(StyledSpan(TerminalText.sanitize(text), style: style.union(.code)))
            case .emphasis(let inner):
                append(inner, style: style.union(.italic), to: &output)
            case .strong(let inner):
                append(inner, style: style.union(.bold), to: &output)
            case .strikethrough(let inner):
                append(inner, style: style.union(.strikethrough), to: &output)
            case .link(let destination, _, let content):
                onLink(destination)
                append(content, style: style.union(.link), to: &output)
            case .image(let source, _, let alt):
                let altText = TerminalText.sanitize(alt.plainText)
                output.append(StyledSpan("[图片: \(altText)] \(TerminalText.sanitize(source))", style: style.union(.dim)))
            case .autolink(let destination, let text):
                onLink(destination)
                output.append(StyledSpan(TerminalText.sanitize(text), style: style.union(.link)))
            case .html(let html):
                output.append(StyledSpan(TerminalText.sanitize(html), style: style.union(.dim)))
            case .footnoteReference(let label):
                let shown = footnoteNumber(label).map { "[\($0)]" } ?? "[^\(label)?]"
                output.append(StyledSpan(TerminalText.sanitize(shown), style: style.union(.marker)))
            }
        }
    }
}
