/// A run of text in one style.
public struct StyledSpan: Equatable, Sendable {
    public var text: String
    public var style: TextStyle

    public init(_ text: String, style: TextStyle = []) {
        self.text = text
        self.style = style
    }
}

/// One rendered line: spans that together fit the width they were laid out for.
public struct StyledLine: Equatable, Sendable, CustomStringConvertible {
    public var spans: [StyledSpan]

    public init(_ spans: [StyledSpan] = []) {
        self.spans = spans
    }

    /// The line's text without styles.
    public var text: String { spans.map(\.text).joined() }

    public var description: String { text }

    /// Adds a span, merging it into the last one when the style is the same.
    public mutating func append(_ span: StyledSpan) {
        guard !span.text.isEmpty else { return }
        if let last = spans.last, last.style == span.style {
            spans[spans.count - 1].text += span.text
        } else {
            spans.append(span)
        }
    }
}
