/// Turns an inline tree into styled spans for the wrapper, with untrusted text made safe, and
/// remembers which spans are footnote markers and links so their anchors can be placed.
struct InlineFlattener {
    /// Whether a footnote label has a definition.
    var isDefined: (String) -> Bool = { _ in false }
    /// The path to show for an image's source (resolved against the library), or the source itself.
    var imagePath: (String) -> String = { $0 }
    /// Plain output: each link and image gets a `<n>` after it, numbered here in reading order.
    var linkNumbers: LinkNumbering?

    /// Spans ready for the wrapper, with what the anchors need.
    struct Flat {
        var spans: [StyledSpan] = []
        /// Span index of each footnote marker, with its label and whether it is defined.
        var markers: [Int: (label: String, isDefined: Bool)] = [:]
        /// Span index of each link's first span, with its destination (made safe).
        var links: [(span: Int, url: String)] = []
        /// Span index where each in-page target (`id`) sits, with the id.
        var targets: [(span: Int, id: String)] = []

        /// Puts `span` first; the markers, links and targets after it keep their text.
        mutating func prepend(_ span: StyledSpan) {
            spans.insert(span, at: 0)
            markers = Dictionary(uniqueKeysWithValues: markers.map { ($0.key + 1, $0.value) })
            links = links.map { ($0.span + 1, $0.url) }
            targets = targets.map { ($0.span == 0 ? 0 : $0.span + 1, $0.id) }
        }
    }

    /// `<n>` after a link or image in plain output, unless the link goes elsewhere in the page:
    /// angle brackets, so a link number is never taken for a footnote marker `[1]`.
    private func appendNumber(for url: String, kind: ArticleLink.Kind, style: TextStyle, to flat: inout Flat) {
        guard let linkNumbers, !url.hasPrefix("#") else { return }
        let number = linkNumbers.number(kind == .image ? imagePath(url) : url, kind: kind)
        flat.spans.append(StyledSpan("<\(number)>", style: style.subtracting([.link, .underline]).union(.dim)))
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
            case .styled(let textStyle, let inner):
                // A terminal has no highlighter pen: `<mark>` is bold.
                append(inner, style: style.union(textStyle == .underline ? .underline : .bold), to: &flat)
            case .anchor(let id):
                flat.targets.append((flat.spans.count, id))
            case .strong(let inner):
                append(inner, style: style.union(.bold), to: &flat)
            case .strikethrough(let inner):
                append(inner, style: style.union(.strikethrough), to: &flat)
            case .link(let destination, _, let content):
                flat.links.append((flat.spans.count, destination))
                append(content, style: style.union(.link), to: &flat)
                appendNumber(for: destination, kind: .link, style: style, to: &flat)
            case .image(let source, _, let alt):
                // FORMAT.md: images are shown as a placeholder with their path, never drawn.
                let altText = TerminalText.sanitize(String(alt.plainText.trimmedWhitespace))
                let label = altText.isEmpty ? "[图片]" : "[图片: \(altText)]"
                flat.spans.append(StyledSpan("\(label) \(TerminalText.sanitize(imagePath(source)))", style: style.union(.dim)))
                appendNumber(for: source, kind: .image, style: style, to: &flat)
            case .autolink(let destination, let text):
                flat.links.append((flat.spans.count, destination))
                flat.spans.append(StyledSpan(TerminalText.sanitize(text), style: style.union(.link)))
                appendNumber(for: destination, kind: .link, style: style, to: &flat)
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
