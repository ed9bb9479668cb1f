/// Turns an inline tree into styled spans for the wrapper, with untrusted text made safe, and
/// remembers which spans are footnote markers and links so their anchors can be placed.
struct InlineFlattener {
    /// Whether a footnote label has a definition.
    var isDefined: (String) -> Bool = { _ in false }

    /// Spans ready for the wrapper, with what the anchors need.
    struct Flat {
        var spans: [StyledSpan] = []
        /// Span index of each footnote marker, with its label and whether it is defined.
        var markers: [Int: (label: String, isDefined: Bool)] = [:]
        /// Span index of each link's first span, with its destination (made safe).
        var links: [(span: Int, url: String)] = []
    }

    func flatten(_ inlines: [Inline], style: TextStyle = []) -> Flat {
        var flat = Flat()
        append(inlines, style: style, to: &flat)
        return flat
    }

    private func append(_ inlines: [Inline], style: TextStyle, to flat: inout Flat) {
        for inline in inlines {
            switch inline {
            case .text(let text):
                flat.spans.append(StyledSpan(TerminalText.sanitize(text), style: style))
            case .softBreak:
                flat.spans.append(StyledSpan(" ", style: style))
            case .hardBreak:
                flat.spans.append(StyledSpan("\n", style: style))
            case .code(let text):
                flat.spans.append(StyledSpan(TerminalText.sanitize(text), style: style.union(.code)))
            case .emphasis(let inner):
                append(inner, style: style.union(.italic), to: &flat)
            case .strong(let inner):
                append(inner, style: style.union(.bold), to: &flat)
            case .strikethrough(let inner):
                append(inner, style: style.union(.strikethrough), to: &flat)
            case .link(let destination, _, let content):
                flat.links.append((flat.spans.count, destination))
                append(content, style: style.union(.link), to: &flat)
            case .image(let source, _, let alt):
                // FORMAT.md: images are shown as a placeholder with their path, never drawn.
                let altText = TerminalText.sanitize(alt.plainText)
                flat.spans.append(StyledSpan("[图片: \(altText)] \(TerminalText.sanitize(source))", style: style.union(.dim)))
            case .autolink(let destination, let text):
                flat.links.append((flat.spans.count, destination))
                flat.spans.append(StyledSpan(TerminalText.sanitize(text), style: style.union(.link)))
            case .html(let html):
                flat.spans.append(StyledSpan(TerminalText.sanitize(html), style: style.union(.dim)))
            case .footnoteReference(let label):
                let defined = isDefined(label)
                let safe = TerminalText.sanitize(label)
                // An undefined reference keeps its place but says it leads nowhere.
                let shown = defined ? "[\(safe)]" : "[\(safe)?]"
                flat.markers[flat.spans.count] = (label, defined)
                flat.spans.append(StyledSpan(shown, style: defined ? style.union(.marker) : style.union([.marker, .dim])))
            }
        }
    }
}
