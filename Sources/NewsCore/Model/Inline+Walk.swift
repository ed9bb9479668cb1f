extension Inline {
    /// The inlines nested directly inside this one (emphasis, a link's text, an image's alt).
    var children: [Inline]? {
        switch self {
        case .emphasis(let inner), .strong(let inner), .strikethrough(let inner), .styled(_, let inner):
            return inner
        case .link(_, _, let content):
            return content
        case .image(_, _, let alt):
            return alt
        case .text, .softBreak, .hardBreak, .code, .autolink, .html, .footnoteReference, .anchor:
            return nil
        }
    }

    /// This inline with `transform` applied to the inlines nested directly inside it.
    func replacingChildren(_ transform: ([Inline]) -> [Inline]) -> Inline {
        switch self {
        case .emphasis(let inner): return .emphasis(transform(inner))
        case .strong(let inner): return .strong(transform(inner))
        case .strikethrough(let inner): return .strikethrough(transform(inner))
        case .styled(let style, let inner): return .styled(style, transform(inner))
        case .link(let destination, let title, let content): return .link(destination: destination, title: title, content: transform(content))
        case .image(let source, let title, let alt): return .image(source: source, title: title, alt: transform(alt))
        case .text, .softBreak, .hardBreak, .code, .autolink, .html, .footnoteReference, .anchor: return self
        }
    }

    /// Calls `visit` with every inline of `inlines` and those nested in them, in reading order.
    /// An explicit stack rather than recursion: nesting from hostile input may be deep. Most
    /// blocks hold no nested inlines, so the stack is only made when needed.
    static func walk(_ inlines: [Inline], _ visit: (Inline) -> Void) {
        var stack: [(items: [Inline], index: Int)] = []
        var items = inlines
        var index = 0
        while true {
            guard index < items.count else {
                guard let next = stack.popLast() else { return }
                (items, index) = next
                continue
            }
            let inline = items[index]
            index += 1
            visit(inline)
            guard let nested = inline.children else { continue }
            stack.append((items, index))
            items = nested
            index = 0
        }
    }
}
