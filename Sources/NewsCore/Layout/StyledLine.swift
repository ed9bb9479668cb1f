/// How a piece of rendered text should look; the terminal backend and `show --color` map these
/// roles to attributes and colours.
public struct TextStyle: OptionSet, Hashable, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    public static let bold = TextStyle(rawValue: 1 << 0)
    public static let italic = TextStyle(rawValue: 1 << 1)
    public static let underline = TextStyle(rawValue: 1 << 2)
    public static let dim = TextStyle(rawValue: 1 << 3)
    public static let code = TextStyle(rawValue: 1 << 4)
    /// A footnote reference marker such as `[1]`.
    public static let marker = TextStyle(rawValue: 1 << 5)
    public static let heading = TextStyle(rawValue: 1 << 6)
    public static let link = TextStyle(rawValue: 1 << 7)
    public static let strikethrough = TextStyle(rawValue: 1 << 8)
}

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
